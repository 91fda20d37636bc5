import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Dialogs say everything: what does not fit on the screen scrolls, and says where it is.
@Suite struct DialogTests {
    @Test func aLongQuestionScrollsToItsLastLineAndStillAnswers() {
        var m = demoModel()
        let question = (1...40).map { "Punkt \($0) af listen over bløde konflikter." }.joined(separator: " ")
        m.overlay = .confirm(Confirmation(question: question, command: .undoLast()))
        let top = view(m).text
        #expect(top.contains("Punkt 1 ") && !top.contains("Punkt 40 ") && top.contains("↑↓ 1–"))
        for _ in 0..<3 { press(&m, .pageDown) }
        for _ in 0..<30 { press(&m, .down) }
        let bottom = view(m).text
        #expect(bottom.contains("Punkt 40 af listen") && !bottom.contains("Punkt 1 af"), "\(bottom)")
        // At the end, more ↓ changes nothing; one ↑ moves back a line.
        let end = questionScroll(m) ?? -1
        press(&m, .down)
        #expect(questionScroll(m) == end)
        press(&m, .up)
        #expect(questionScroll(m) == end - 1)
        press(&m, .char("j"))
        #expect(m.writes.outbox == [.undoLast()] && m.overlay == nil && questionScroll(m) == nil)
    }

    @Test func aShortQuestionDoesNotScroll() {
        var m = demoModel()
        m.overlay = .confirm(Confirmation(question: "Gem?", command: .undoLast()))
        press(&m, .down)
        #expect(questionScroll(m) == 0 && !view(m).text.contains("↑↓"))
    }

    @Test func aMeetingWithManySchoolsScrollsOnASmallScreen() {
        var m = demoModel()
        let big = m.state.meetings.values.max { (m.state.participants($0).count, $1.id) < (m.state.participants($1).count, $0.id) }!
        #expect(m.state.participants(big).count > 30)
        m.overlay = .meeting(MeetingDialog(big.id))
        let last = m.state.participants(big).sorted().compactMap { m.state.schools[$0]?.name }.last!
        #expect(!view(m).text.contains(last))
        for _ in 0..<20 { press(&m, .pageDown) }
        #expect(view(m).text.contains(last), "the last school can be reached")
        press(&m, .escape)
        #expect(m.overlay == nil)
    }

    /// A dialog never leaves a single column of the screen beneath beside it, where that screen's frames would stand
    /// against its own (the help at 80 columns began «┌┌ Taster»): it takes the whole width then.
    @Test(arguments: [(80, 24), (160, 48)]) func aDialogLeavesNoSingleColumnBesideIt(size: (Int, Int)) throws {
        for (key, title) in [(Key.char("?"), "┌ Taster "), (.char("u"), "┌ ? ")] {
            var m = demoModel(width: size.0, height: size.1)
            press(&m, .char("3"), key)
            let rows = screenLines(m).map { Array($0) }
            let top = try #require(rows.firstIndex { String($0).contains(title) }, "\(screenLines(m).joined(separator: "\n"))")
            let left = String(rows[top]).components(separatedBy: title)[0].count
            let right = try #require(rows[top].indices.first { $0 > left && rows[top][$0] == "┐" })
            #expect(left == 0 || left >= 2, "\(key) at \(size): \(String(rows[top]))")
            #expect(right == rows[top].count - 1 || right <= rows[top].count - 3, "\(key) at \(size): \(String(rows[top]))")
        }
    }
}

/// How far the open question is scrolled (nil: no question open).
func questionScroll(_ m: Model) -> Int? {
    if case .confirm(let c)? = m.overlay { return c.scroll }
    return nil
}
