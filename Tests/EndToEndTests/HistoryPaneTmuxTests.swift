import Foundation
import Testing

/// What a consultant does after writing a long contact, in the real dashboard in tmux at 80×24: Historik's row for it
/// is cut at the edge, the pane below says it whole with who wrote it; Enter opens the school, whose page wraps the
/// summary under itself instead of cutting it.
@Suite(.serialized) struct HistoryPaneTmuxTests {
    @Test func aLongContactIsReadWholeInHistorikAndOnTheSchoolsPage() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let summary = "Samtale med skoleleder om læsebånd, trivselsmåling i 7. klasse og plan for forældremøder i foråret"
        let t = try Tmux(width: 80, height: 24, command: "\(Harness.binary) --log \(log) --as ahj")
        try t.waitFor("Deltagelse")
        try t.keys("6", "K", "Tab", "Tab", "Tab")
        try t.type(summary)
        try t.keys("Enter", "j")
        try t.waitFor("Gemt:")
        try t.keys("7")
        let screen = try t.waitFor("Hændelse · ")
        let lines = screen.split(separator: "\n").map(String.init)
        // The list's row is cut; the pane's lines, joined, hold the whole summary, and its title the writer in full.
        let top = try #require(lines.lastIndex { $0.hasPrefix("┌ Hændelse · ") })
        #expect(lines[top].contains("Anne Holm Jensen"), "\(lines[top])")
        #expect(lines[3].contains("Kontakt med skolen") && lines[3].contains("…"), "\(lines[3])")
        let pane = lines[(top + 1)...].prefix { !$0.hasPrefix("└") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
        #expect(pane.joined(separator: " ").contains(summary), "\(pane)")
        // The record's school: its page wraps the summary under itself at the contact log.
        try t.keys("Enter")
        try t.waitFor("esc tilbage")
        let page = try t.waitFor("Kontaktlog").split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│┃ ")) }
        let first = try #require(page.firstIndex { $0.hasSuffix(summary.prefix(20)) || $0.contains("Samtale med skoleleder") })
        let said = page[first...].prefix(3).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(said.contains(summary.split(separator: " ").prefix(12).joined(separator: " ")), "\(page[first...].prefix(3))")
        #expect(!page[first].hasSuffix("…"), "\(page[first])")
        try t.keys("q")
    }
}
