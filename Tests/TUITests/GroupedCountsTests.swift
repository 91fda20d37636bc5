import Foundation
import Testing
import Demo
@testable import Domain
@testable import TUI
@testable import Wording

/// Counts of a thousand or more are grouped in the language's way wherever the dashboard shows them, at national
/// scale: the overview's bars and titles, and a list's position on its frame.
@Suite struct GroupedCountsTests {
    static let national: (state: NetworkState, events: [Recorded]) = {
        let records = Recorded.numbered(try! SyntheticNetwork.events(schools: 4_000, today: fixedToday).map { ($0.at, $0.actor, $0.event) })
        return (NetworkState.replay(records), records)
    }()

    /// A year of casework on 2 000 schools: more than a thousand follow-ups are overdue.
    static let busy: (state: NetworkState, events: [Recorded]) = {
        let records = Recorded.numbered(try! SyntheticNetwork.events(schools: 2_000, total: 40_000, today: fixedToday).map { ($0.at, $0.actor, $0.event) })
        return (NetworkState.replay(records), records)
    }()

    func model(_ language: Language) -> Model {
        Model(state: Self.national.state, events: Self.national.events, today: fixedToday, width: 160, height: 48, user: "mfr",
              logPath: "/data/tavle.log", language: language)
    }

    @Test func theOverviewsBarsGroupTheirCountsInAColumnAsWideAsTheWidest() throws {
        for language in [Language.da, .en] {
            let m = model(language)
            let counts = m.derived.overview.participationCounts
            let largest = try #require(counts.values.max())
            #expect(largest >= 1000, "\(counts)")
            let lines = view(m).text.split(separator: "\n").map(String.init)
            for (status, n) in counts where n > 0 {
                let label = m.text.name(status)
                let line = try #require(lines.first { $0.contains(label + " ") && $0.contains(m.text.grouped(n)) }, "\(label) \(n)")
                // Right-aligned in a column as wide as the largest grouped count.
                let column = m.text.grouped(largest).count
                #expect(line.contains(String(repeating: " ", count: column - m.text.grouped(n).count + 1) + m.text.grouped(n) + " "), "\(line)")
            }
            #expect(!view(m).text.contains("\(largest)"), "ungrouped \(largest)")
        }
    }
}

extension GroupedCountsTests {
    /// No dialog of the dashboard lists a thousand things today (the palette shows at most 60), so the frame's
    /// position is held to grouping on a long list drawn directly.
    @Test func aListsPositionOnItsFrameIsGrouped() {
        for (language, of) in [(Language.da, " af "), (.en, " of ")] {
            let m = model(language)
            var g = Grid(width: 60, height: 12)
            var cursor = Cursor()
            cursor.selected = 1233
            DialogFrame.menu((1...12_345).map { "item \($0)" }, cursor, in: Rect(x: 0, y: 0, width: 60, height: 12), m, &g)
            let bottom = g.text.split(separator: "\n").map(String.init).last ?? ""
            #expect(bottom.contains(m.text.grouped(1234) + of + m.text.grouped(12_345)), "\(bottom)")
            #expect(m.text.grouped(12_345) != "12345")
        }
    }
}

extension GroupedCountsTests {
    /// A scrolled dialog's place on its frame ("↑↓ 1.234–1.245/12.345").
    @Test func aScrolledDialogsPlaceIsGrouped() {
        for language in [Language.da, .en] {
            let m = model(language)
            var g = Grid(width: 60, height: 12)
            DialogFrame.scrolled(from: 1233, fits: 10, of: 12_345, Rect(x: 0, y: 0, width: 60, height: 12), m, &g)
            let bottom = g.text.split(separator: "\n").map(String.init).last ?? ""
            #expect(bottom.contains(m.text.grouped(1234) + "–" + m.text.grouped(1243) + "/" + m.text.grouped(12_345)), "\(bottom)")
        }
    }

    /// On a short screen the overview says the overdue follow-ups in a line of the stalled panel: grouped too.
    @Test func theOverviewsShortOverdueLineIsGrouped() throws {
        for language in [Language.da, .en] {
            let m = Model(state: Self.busy.state, events: Self.busy.events, today: fixedToday, width: 80, height: 24,
                          user: "mfr", logPath: "/data/tavle.log", language: language)
            let n = m.derived.overview.overdueCount
            try #require(n >= 1000, "\(n) overdue")
            let text = view(m).text
            #expect(text.contains(m.text(.overdueTitle) + ": " + m.text.grouped(n)), "\(text)")
        }
    }
}
