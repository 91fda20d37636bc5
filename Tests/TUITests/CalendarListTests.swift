import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Kalender's list by week: it opens on what comes, and its top row always says the week.
@Suite struct CalendarListTests {
    @Test(arguments: [(80, 24, Language.en), (160, 48, .da)])
    func theListOpensOnTodaysWeekAndItsTopRowSaysTheWeek(size: (Int, Int, Language)) throws {
        var m = demoModel(width: size.0, height: size.1, language: size.2)
        press(&m, .char("5"), .char("v"), .char("v"))
        #expect(m.calendar.mode == .list)
        let list = m.calendarMeetings
        let next = try #require(list.firstIndex { $0.day >= m.today })
        #expect(m.calendar.cursor.selected == next)
        // Near the top, the rest below it: the week's first meeting heads the list (was: on its last row).
        let lines: [String] = screenLines(m), rows = Array(lines[3..<min(lines.count, 3 + m.listHeight)])
        let date = m.text.compactDate(list[next].day, today: m.today) + " "
        let shown = try #require(rows.firstIndex { $0.contains(date) })
        #expect(shown <= m.listHeight / 3, "\(rows.joined(separator: "\n"))")
        #expect(rows.count - shown > m.listHeight / 2, "what comes is in view")
        let week = "│ " + m.text.week(list[m.calendar.cursor.scroll].day)
        #expect(rows[0].hasPrefix(week), "\(rows[0])")
        // Scrolled back into another week's middle, the top row still names its week.
        for _ in 0..<(m.listHeight + 3) { press(&m, .up) }
        let top = screenLines(m)[3], scrolledWeek = "│ " + m.text.week(list[m.calendar.cursor.scroll].day) + " "
        #expect(top.hasPrefix(scrolledWeek), "\(top)")
    }
}
