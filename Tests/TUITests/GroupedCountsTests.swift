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
    /// The overview's schools per region says each region's counts whole and grouped, taking the room from its bars
    /// (at national scale a count of four digits each side was cut: «994/11…»).
    @Test func theRegionsPanelSaysItsCountsWholeAndGrouped() throws {
        for language in [Language.da, .en] {
            let m = model(language)
            let rows = m.derived.overview.regions
            #expect(rows.contains { $0.offered >= 1000 }, "\(rows.map(\.offered))")
            let lines = view(m).text.split(separator: "\n").map(String.init)
            for row in rows {
                let name = row.region.name.replacingOccurrences(of: "Region ", with: "")
                let said = m.text.grouped(row.accepted) + "/" + m.text.grouped(row.offered)
                let line = try #require(lines.first { $0.contains("│ " + name + " ") }, "\(name)")
                #expect(line.contains(" " + said + " "), "\(language): \(line)")
                #expect(line.contains("█") || row.accepted == 0, "\(language): no bar left: \(line)")
            }
        }
    }

    /// Every status's label in the overview's bars is followed by a space before its count, also the longest label
    /// beside the widest count («S sat på pause» ran into «2.924» at 80×24): every intervention of the national
    /// network paused, then every one stopped.
    @Test func theOverviewsLabelsNeverRunIntoTheirCounts() throws {
        for status in [InterventionStatus.paused, .stopped] {
            var state = Self.national.state
            var seq = state.lastSeq
            for key in Array(state.interventions.keys) {
                seq += 1
                state.apply(Recorded(seq: seq, at: Timestamp(milliseconds: 0), actor: "mfr",
                                     event: .interventionStatusSet(key, status: status, date: fixedToday, reason: "pause")))
            }
            for language in [Language.da, .en] {
                for (width, height) in [(80, 24), (160, 48)] {
                    let m = Model(state: state, events: [], today: fixedToday, width: width, height: height, user: "mfr",
                                  logPath: "/data/tavle.log", language: language)
                    let counts = m.derived.overview.interventionCounts
                    #expect((counts[status] ?? 0) >= 1000, "\(counts)")
                    let lines = view(m).text.split(separator: "\n").map(String.init)
                    let rows = InterventionStatus.allCases.map { (Glyphs.letter($0) + " " + m.text.name($0), counts[$0] ?? 0) }
                        + ParticipationStatus.allCases.map { (m.text.name($0), m.derived.overview.participationCounts[$0] ?? 0) }
                    for (label, n) in rows {
                        let line = try #require(lines.first { $0.contains("│ " + label) }, "\(language) \(width): \(label)")
                        #expect(line.contains("│ " + label + " ") && line.contains(" " + m.text.grouped(n) + " "), "\(language) \(width): \(line)")
                    }
                }
            }
        }
    }

    /// The intervention matrix's totals line groups a column's count of a thousand or more (it said «1467»): a kind
    /// begun at 1 200 schools of the national network.
    @Test func theMatrixsTotalsAreGrouped() throws {
        var state = Self.national.state
        let p = try #require(state.defaultProgramme)
        let kind = try #require(state.interventionKinds.values.first { $0.programme == p })
        var seq = state.lastSeq
        for school in state.scorecardSchools(p).prefix(1200) {
            seq += 1
            state.apply(Recorded(seq: seq, at: Timestamp(milliseconds: 0), actor: "mfr",
                                 event: .interventionStatusSet(InterventionKey(p, school, kind.id), status: .started, date: fixedToday, reason: nil)))
        }
        for language in [Language.da, .en] {
            for (width, height) in [(80, 24), (160, 48)] {
                var m = Model(state: state, events: [], today: fixedToday, width: width, height: height, user: "mfr",
                              logPath: "/data/tavle.log", language: language)
                press(&m, .char("4"))
                let counts = m.derived.matrix.counts
                let column = try #require(m.derived.matrix.kinds.firstIndex { $0.id == kind.id })
                #expect(counts[column] >= 1000, "\(counts)")
                let total = try #require(view(m).text.split(separator: "\n").map(String.init).first { $0.contains("│ " + m.text(.colTotal) + " ") })
                for n in counts { #expect(total.contains(" " + m.text.grouped(n) + " "), "\(language) \(width): \(total)") }
            }
        }
    }

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
