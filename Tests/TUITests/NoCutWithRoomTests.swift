import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Text is cut only where the line has no room: no screen or dialog, at 80×24 or 160×48, in either language, shows
/// a word cut with "…" in a part of a line (between frame lines) that also holds a stretch of empty space the cut
/// column could have grown into.
@Suite struct NoCutWithRoomTests {
    /// Stretches of a line between frame lines that hold a cut word and, elsewhere, eight or more blanks.
    static func cutsWithRoom(in text: String) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for part in line.split(whereSeparator: { "│┃║┌┐└┘├┤─".contains($0) }) {
                let s = String(part)
                guard s.contains(/[\p{L}\p{N}.,)]…/) else { continue }
                // Room: eight blanks or more after a cut that ends the part, sixteen after anything else, or twelve
                // inside it (a right-aligned number's padding is not room); the part's own indentation does not count.
                // A column of "–" (no value) has room of its own, not the cut column's.
                let inner = s.drop { $0 == " " }
                let trimmed = inner.trimmingCharacters(in: .whitespaces)
                let trailing = inner.count - inner.reversed().prefix { $0 == " " }.count
                let blanks = inner.count - trailing
                let cutLast = (trimmed.hasSuffix("…") && blanks >= 8) || (!trimmed.hasSuffix("–") && blanks >= 16)
                if cutLast || inner.contains(/[^–]\ {12,}[^ 0-9]/) { out.append(s.trimmingCharacters(in: .whitespaces)) }
            }
        }
        return out
    }

    @Test(arguments: ViewID.allCases, [Language.da, .en])
    func noWordCutWhileTheLineHasRoom(view id: ViewID, language: Language) {
        var found: [String: String] = [:]
        walkScreens(id, language: language) { m, what in
            // Left out, and said so in the README: the calendar's month grid, whose day cells are as narrow as the
            // week allows (a label runs on into the empty days after it, but not past a day with its own), and the
            // intervention matrix's one-line heading of kind names over columns of marks, used where two lines would
            // not hold them whole either (the selected column's name is then said in full on the legend line).
            if m.view == .calendar, m.calendar.mode == .month { return }
            let matrixHeading = m.view == .interventions ? 2 : -1
            let lines = view(m).text.split(separator: "\n", omittingEmptySubsequences: false)
            let text = lines.enumerated().filter { $0.offset != matrixHeading }.map { String($0.element) }.joined(separator: "\n")
            for part in Self.cutsWithRoom(in: text) where found[part] == nil { found[part] = what }
        }
        #expect(found.isEmpty, "\(language) \(found.count):\n\(found.sorted { $0.key < $1.key }.map { "\($0.value): \($0.key.prefix(150))" }.joined(separator: "\n"))")
    }

    @Test func theCheckFindsACutBesideRoom() {
        #expect(Self.cutsWithRoom(in: "│ Nordjylland 1     5 eth,bkl,…                      man 30.11. │").count == 1)
        #expect(Self.cutsWithRoom(in: "│ Faaborg-Midt…                │").count == 1, "a cut with empty room after it")
        #expect(Self.cutsWithRoom(in: "│ Intervention st…all                            │").count == 1, "a cut label beside room")
        #expect(Self.cutsWithRoom(in: "│ Motivationsp…      5 Dorthe P. –             │").isEmpty, "an empty column is not room")
        #expect(Self.cutsWithRoom(in: "│ Nordjylland 1     5 Erik H., Bo L., Hell… man 30.11. │").isEmpty)
        #expect(Self.cutsWithRoom(in: "│ Gemmer …                   │").isEmpty, "an ellipsis that is not a cut")
    }
}

/// The schools list's title says its sort only where the frame holds it whole: at 80 columns with a filter typed,
/// the count and the filter are whole and the sort is left to the column's arrow.
@Suite struct SchoolsTitleTests {
    @Test(arguments: [Language.da, .en])
    func theSortGivesWayToTheFilterInTheTitle(language: Language) {
        var m = demoModel(language: language)
        press(&m, .char("2"), .char("/"))
        typeText(&m, "skolen")
        press(&m, .enter)
        let title = view(m).text.split(separator: "\n").map(String.init)[1]
        let table = title.prefix { $0 != "┐" }
        #expect(table.contains("/skolen ") && !table.contains("…"), "\(title)")
        #expect(!table.contains(m.text(.sortedBy, "")) , "\(title)")
        var wide = demoModel(width: 160, height: 48, language: language)
        press(&wide, .char("2"))
        let full = view(wide).text.split(separator: "\n").map(String.init)[1]
        #expect(full.contains(wide.text(.sortedBy, wide.text(SchoolColumn.name.title).lowercased() + "↑")), "\(full)")
    }
}

/// The calendar's month gives the day's panel what its seven equal columns leave, so at 80 columns the day is said in
/// full there; where even that is too narrow, as the lists say it, never cut.
@Suite struct CalendarDayPanelTests {
    @Test(arguments: [Language.da, .en])
    func theDayIsSaidWholeBesideTheMonth(language: Language) {
        var m = demoModel(language: language)
        press(&m, .char("5"))
        let line = view(m).text.split(separator: "\n").map(String.init)[2]
        #expect(line.contains(m.text.longDate(m.calendar.day) + " ") && !line.contains("…"), "\(line)")
    }
}
