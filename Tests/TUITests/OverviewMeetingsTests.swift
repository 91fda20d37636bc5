import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// The overview's next meetings at 80 columns: each meeting's cluster or schools whole (the week gives way, as the
/// date says the day), and its kind only where it fits whole, never a cut «· kl…»; at 160 the week and kind stay.
@Suite struct OverviewMeetingsTests {
    static func rows(_ m: Model) -> [String] {
        let lines = screenLines(m)
        guard let top = lines.firstIndex(where: { $0.contains("┌ " + m.text(.panelMeetings) + " ") }) else { return [] }
        let x = lines[top].range(of: "┌ " + m.text(.panelMeetings))!.lowerBound
        let column = lines[top].distance(from: lines[top].startIndex, to: x)
        return lines[(top + 1)...].prefix { !$0.dropFirst(column).hasPrefix("└") }.map { String($0.dropFirst(column + 1).prefix { $0 != "│" }) }
    }

    @Test(arguments: [Language.da, .en])
    func eachMeetingsClusterIsWholeAt80Columns(language: Language) throws {
        for (width, height) in [(80, 24), (160, 48)] {
            let m = demoModel(width: width, height: height, language: language)
            let rows = Self.rows(m), upcoming = m.derived.overview.upcoming
            var seen = 0
            for (meeting, row) in zip(upcoming, rows.filter { !$0.hasPrefix(" !") }) {
                let who = OverviewView.participants(meeting, m)
                #expect(row.contains(" " + who + " ") || row.hasSuffix(" " + who), "\(width): \(row) lacks \(who)")
                #expect(!row.contains("…"), "\(width): \(row)")
                if width == 160 { #expect(row.contains(m.text.week(meeting.day)) && row.contains(m.text.name(meeting.kind)), "\(row)") }
                seen += 1
            }
            #expect(seen >= 5, "\(rows)")
        }
    }
}
