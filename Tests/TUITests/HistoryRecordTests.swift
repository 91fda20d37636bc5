import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Historik's pane below the list says the selected record in full: a row the list cuts (every longer one at 80
/// columns) is read whole there, with when and by whom, and a meeting for many clusters names them all.
@Suite struct HistoryRecordTests {
    /// The words of the lines from the pane's title to its bottom frame, frames and ellipses aside.
    static func pane(_ lines: [String]) -> (title: String, words: [String]) {
        guard let top = lines.lastIndex(where: { $0.hasPrefix("┌") }) else { return ("", []) }
        let body = lines[(top + 1)...].prefix { !$0.hasPrefix("└") }
        let words = body.joined(separator: " ").split { " │┃".contains($0) }.map(String.init)
        return (lines[top], words)
    }

    @Test(arguments: [Language.da, .en])
    func aRowTheListCutsIsReadWholeBelowIt(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("7"))
        // The first record whose row the list cuts, moved to with the keys.
        let rows = screenLines(m)
        let cut = try #require(rows.firstIndex { $0.hasPrefix("│ ") && $0.contains("… ") })
        let firstRow = try #require(rows.firstIndex { $0.hasPrefix("│ ") && $0.contains(m.text.shortDate(Copenhagen.local(m.events.last!.at).day)) })
        for _ in 0..<(cut - firstRow) { press(&m, .down) }
        let record = m.events[m.history.visible[m.history.cursor.selected]]
        let sentence = m.text.sentence(record.event, in: m.state, history: m.events)
        let (title, words) = Self.pane(screenLines(m))
        #expect(words == sentence.split(separator: " ").map(String.init), "\(words) against \(sentence)")
        #expect(title.contains(m.state.fullName(record.actor)) && title.contains(m.text.longDate(Copenhagen.local(record.at).day)), "\(title)")
        // Far down the list the selected row stays above the pane.
        for _ in 0..<40 { press(&m, .down) }
        let lines = screenLines(m), selected = m.events[m.history.visible[m.history.cursor.selected]]
        let paneTop = try #require(lines.lastIndex { $0.hasPrefix("┌") })
        let time = m.text.shortDate(Copenhagen.local(selected.at).day) + " " + m.text.time(Copenhagen.local(selected.at).minutes)
        let start = m.history.cursor.selected - m.history.cursor.scroll
        #expect(start >= 0 && 3 + start < paneTop - 1 && lines[3 + start].contains(time), "\(start) \(paneTop)\n\(lines.joined(separator: "\n"))")
    }

    @Test(arguments: [Language.da, .en])
    func aMeetingForManyClustersNamesThemAll(language: Language) throws {
        var m = demoModel(width: 160, height: 48, language: language)
        press(&m, .char("7"))
        let index = try #require(m.history.visible.firstIndex {
            if case .meetingScheduled(let meeting) = m.events[$0].event { return meeting.clusters.count > 3 }
            return false
        })
        for _ in 0..<index { press(&m, .down) }
        guard case .meetingScheduled(let meeting) = m.events[m.history.visible[m.history.cursor.selected]].event else { Issue.record("not a meeting"); return }
        let text = Self.pane(screenLines(m)).words.joined(separator: " ")
        for cluster in meeting.clusters {
            let name = try #require(m.state.clusters[cluster]?.name)
            #expect(text.contains(name + ",") || text.contains(name + " ") || text.hasSuffix(name), "\(name) in \(text)")
        }
        #expect(text.contains(m.text(.meetingWho) + ":"), "\(text)")
    }

    @Test func aShortScreenKeepsEveryRowForTheList() {
        var m = demoModel(width: 80, height: 16)
        press(&m, .char("7"))
        #expect(!screenLines(m).contains { $0.contains(m.text(.colEvent) + " · ") })
    }
}

/// A click in the pane below a list selects nothing: it selected the row that would have stood there, off the list's
/// visible end. (Portefølje's reasons pane is guarded the same way; the demo's caseloads are all on screen at 80×24,
/// so there it could not be shown to fail.)
@Suite struct PaneClickTests {
    @Test func aClickOnThePaneBelowAListLeavesTheSelection() {
        var m = demoModel()
        press(&m, .char("7"))
        update(&m, .mouse(MouseEvent(.click, x: 10, y: Model.listTop + 2)))
        #expect(m.history.cursor.selected == 2, "a row of the list is selected by a click")
        update(&m, .mouse(MouseEvent(.click, x: 10, y: m.height - 3)))
        #expect(m.history.cursor.selected == 2 && m.history.cursor.scroll == 0)
    }

    /// Resultater's groups and the matrix's legend lie below their lists: a click there selects no school.
    @Test func aClickBelowTheScorecardOrTheMatrixLeavesTheSelection() {
        for key in ["8", "4"] {
            var m = demoModel()
            press(&m, .char(Character(key)))
            settleAside(&m)
            let cursor = { (m: Model) in key == "8" ? m.scorecard.cursor : m.matrix.cursor }
            update(&m, .mouse(MouseEvent(.click, x: 10, y: Model.listTop + (key == "8" ? 3 : 2))))
            let picked = cursor(m).selected
            #expect(picked > 0, "a row of the \(key) list is selected by a click")
            update(&m, .mouse(MouseEvent(.click, x: 10, y: m.height - 3)))
            #expect(cursor(m).selected == picked && cursor(m).scroll == 0, "\(key): \(cursor(m))")
        }
    }

    /// Klynger: a click on the members pane selects that school there, not the cluster on the list's row.
    @Test(arguments: [80, 160])
    func aClickOnKlyngersMembersSelectsTheSchool(width: Int) throws {
        var m = demoModel(width: width, height: width == 80 ? 24 : 48)
        press(&m, .char("3"))
        let cluster = try #require(m.selectedCluster)
        update(&m, .mouse(MouseEvent(.click, x: m.width - 5, y: Model.listTop + 2)))
        #expect(m.selectedCluster?.id == cluster.id && m.clusters.membersFocused && m.clusters.members.selected == 2)
        #expect(m.selectedMember == cluster.members[2])
        // Below the members, nothing; on the list, the cluster, its members from the top.
        update(&m, .mouse(MouseEvent(.click, x: m.width - 5, y: Model.listTop + cluster.members.count + 1)))
        #expect(m.clusters.members.selected == 2)
        update(&m, .mouse(MouseEvent(.click, x: 3, y: Model.listTop + 3)))
        #expect(m.clusters.cursor.selected == 3 && !m.clusters.membersFocused && m.clusters.members.selected == 0)
    }
}
