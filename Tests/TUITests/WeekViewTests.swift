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
            // Too narrow for the name now: it is broken with a hyphen («Hovedsta-» over «den 4»), not inside a word unmarked.
            if !lines.contains(where: { $0.contains(name) }) {
                let head = lines.first { l in (3...name.count - 2).contains { l.contains(" " + name.prefix($0) + "-") } }
                #expect(head != nil, "«\(name)» broken without a hyphen:\n\(lines.joined(separator: "\n"))")
            }
        }
    }

    /// A block too short for its wrapped lines says the rest on its last row as written, a hyphen-broken name whole.
    @Test func aBlocksLastRowJoinsABrokenNameAgain() {
        let lines = "12.30 Hovedstaden 4".wrapped(to: 9, hyphens: true)
        #expect(lines == ["12.30", "Hovedsta-", "den 4"])
        #expect(WeekGrid.rejoined(lines[0...]) == "12.30 Hovedstaden 4")
        #expect(WeekGrid.rejoined(lines[1...]) == "Hovedstaden 4")
    }

    /// A click on a day in the month selects it; in the week, a click on a meeting's block selects its day and it.
    @Test(arguments: [(80, 24), (160, 48)])
    func aClickOnADayOrAMeetingSelectsIt(size: (Int, Int)) throws {
        var m = demoModel(width: size.0, height: size.1)
        press(&m, .char("5"))
        // The 17th as the month shows it: its number where the grid's rows start, left of the day's panel.
        var lines = screenLines(m)
        let target = Day(year: fixedToday.year, month: fixedToday.month, day: 17)!
        let (y, x) = try #require(lines.enumerated().lazy.compactMap { y, line -> (Int, Int)? in
            guard y > 2, let r = line.range(of: " 17 ") else { return nil }
            return (y, line.distance(from: line.startIndex, to: r.lowerBound) + 1)
        }.first)
        update(&m, .mouse(MouseEvent(.click, x: x, y: y)))
        #expect(m.calendar.day == target, "\(m.calendar.day)")
        // The week of a meeting of one cluster: a click on its name in the block picks it.
        let meeting = try #require(m.derived.calendar.meetings.filter { $0.status != .cancelled && $0.clusters.count == 1 && $0.day.weekday <= 5 }
            .filter { d in m.derived.calendar.meetings.filter { $0.day == d.day }.count > 1 }.min { ($0.day, $0.id) < ($1.day, $1.id) })
        let name = try #require(m.state.clusters[meeting.clusters[0]]?.name)
        m.calendar.day = meeting.day.adding(days: meeting.day.weekday == 1 ? 1 : -1)
        press(&m, .char("v"))
        #expect(m.calendar.mode == .week)
        lines = screenLines(m)
        let (by, bx) = try #require(lines.enumerated().lazy.compactMap { y, line -> (Int, Int)? in
            line.range(of: name).map { (y, line.distance(from: line.startIndex, to: $0.lowerBound) + 1) }
        }.first { y, x in
            var probe = m
            probe.calendar.day = meeting.day
            return WeekGrid(probe, inner: Rect(x: 0, y: 1, width: m.width, height: m.height - 2).inset(1)).day(x: x) == meeting.day
        })
        update(&m, .mouse(MouseEvent(.click, x: bx, y: by)))
        #expect(m.calendar.day == meeting.day && m.selectedMeeting?.id == meeting.id, "\(m.calendar.day) \(String(describing: m.selectedMeeting?.id)) \(meeting.id)")
    }
}
