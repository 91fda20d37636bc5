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
}

/// How far the open question is scrolled (nil: no question open).
func questionScroll(_ m: Model) -> Int? {
    if case .confirm(let c)? = m.overlay { return c.scroll }
    return nil
}
