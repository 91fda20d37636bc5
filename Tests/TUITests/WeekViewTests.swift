import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Kalender's week view at 80 columns: a working week where the weekend holds nothing, the days' headings whole.
@Suite struct WeekViewTests {
    @Test func aWeekWithAnEmptyWeekendShowsItsFiveDaysWideAndTheWeekendWhenChosen() throws {
        for language in [Language.da, .en] {
            var m = demoModel(width: 80, height: 24, language: language)
            // A meeting of one cluster on a weekday of a week whose Saturday and Sunday hold no meeting.
            let meetings = m.derived.calendar.meetings.filter { $0.status != .cancelled }
            func weekendFree(_ d: Day) -> Bool {
                let saturday = d.adding(days: 6 - d.weekday)
                return !meetings.contains { $0.day == saturday || $0.day == saturday.adding(days: 1) }
            }
            let meeting = try #require(meetings.filter { $0.clusters.count == 1 && $0.day.weekday <= 5 && weekendFree($0.day) }
                .min { ($0.day, $0.id) < ($1.day, $1.id) })
            let name = try #require(demoState.clusters[meeting.clusters[0]]?.name)
            press(&m, .char("5"), .char("v"))
            m.calendar.day = meeting.day
            var lines = view(m).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let saturday = m.text.weekday(6, short: true), sunday = m.text.weekday(7, short: true)
            #expect(!lines[2].contains(saturday) && !lines[2].contains(sunday), "an empty weekend takes no columns:\n\(lines[2])")
            #expect(lines.contains { $0.contains(name) }, "«\(name)» is broken over two lines in a seven-day week:\n\(lines.joined(separator: "\n"))")
            #expect(!lines[2].contains("…"), "a day's heading is cut: \(lines[2])")
            // Choosing the Saturday brings the weekend back, every heading whole (the weekday and day where the
            // month does not fit), the same form for all seven.
            m.calendar.day = meeting.day.adding(days: 6 - meeting.day.weekday)
            lines = view(m).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines[2].contains(saturday) && lines[2].contains(sunday), "\(lines[2])")
            #expect(!lines[2].contains("…"), "a day's heading is cut: \(lines[2])")
            let headings = (0..<7).map { m.calendar.day.adding(days: $0 - 5) }
            let whole = headings.allSatisfy { lines[2].contains(m.text.compactDate($0)) }
            let short = headings.allSatisfy { lines[2].contains(m.text.weekday($0.weekday, short: true) + " " + String($0.day) + " ") }
            #expect(whole || short, "the headings mix their forms: \(lines[2])")
        }
    }
}
