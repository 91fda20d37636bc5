import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// `/` in the pickers whose lists are long at national scale (the cluster to move a school to, whose caseload, a
/// facet's values): typing narrows the rows, Enter ends the typing and then chooses the row under the cursor, Esc
/// clears the search before it closes the dialog.
@Suite struct MenuSearchTests {
    @Test(arguments: [Language.da, .en])
    func searchingTheClustersToMoveASchoolTo(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("3"), .tab)
        let school = try #require(m.selectedMember)
        press(&m, .char("m"))
        let targets = m.moveTargets(for: school)
        // The second of the matches of a word in some clusters' names, typed in capitals and without its å/ø.
        let word = try #require(["Sjælland", "Nordjylland", "Syddanmark"].first { w in targets.filter { $0.name.contains(w) }.count >= 2 })
        let matching = targets.filter { $0.name.contains(word) }
        let typed = word.uppercased().replacingOccurrences(of: "Æ", with: "AE")
        press(&m, .char("/"))
        typeText(&m, typed)
        guard case .pickCluster(let d)? = m.overlay else { Issue.record("\(String(describing: m.overlay))"); return }
        #expect(d.search.typing && d.count(m) == matching.count)
        let screen = screenLines(m)
        #expect(screen.contains { $0.contains("/" + typed + "▏") }, "\(screen)")
        for other in targets where !other.name.contains(word) { #expect(!screen.contains { $0.contains("│ " + other.name + " (") }, "\(other.name)") }
        // j types while searching; ↓ moves; Enter ends the search, Enter again asks about that cluster.
        press(&m, .down, .enter)
        guard case .pickCluster(let still)? = m.overlay else { Issue.record("closed"); return }
        #expect(!still.search.typing && still.search.text == typed && still.cursor.selected == 1)
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .placeSchool(let cluster, let s) = c.command else { Issue.record("\(String(describing: m.overlay))"); return }
        #expect(s == school && cluster == matching[1].id)
        // No from the question comes back to the whole list, on that cluster.
        press(&m, .char("n"))
        guard case .pickCluster(let back)? = m.overlay else { Issue.record("\(String(describing: m.overlay))"); return }
        #expect(back.search == MenuSearch() && targets[back.cursor.selected].id == matching[1].id)
    }

    @Test func escapeClearsTheSearchThenCloses() {
        var m = demoModel(user: "mfr")
        press(&m, .char("6"), .char("a"), .char("/"))
        typeText(&m, "zzzz")
        guard case .pickCaseload(let d)? = m.overlay else { Issue.record("no picker"); return }
        #expect(d.count(m) == 0)
        #expect(screenLines(m).contains { $0.contains(m.text(.menuNoMatches, "zzzz")) })
        // Enter on nothing chooses nothing.
        press(&m, .enter, .enter)
        #expect(m.caseload.person == nil)
        press(&m, .escape)
        guard case .pickCaseload(let cleared)? = m.overlay else { Issue.record("closed at the first Esc"); return }
        #expect(cleared.search == MenuSearch() && cleared.count(m) == cleared.choices.count)
        press(&m, .char("/"), .backspace, .char("s"), .char("o"), .char("r"), .backspace, .backspace)
        guard case .pickCaseload(let typed)? = m.overlay else { Issue.record("closed"); return }
        #expect(typed.search.text == "s" && typed.search.typing)
        press(&m, .escape, .escape)
        #expect(m.overlay == nil && m.caseload.person == nil)
    }

    /// A facet's values searched: the consultant facet by a part of a name, with the Danish letters folded.
    @Test func searchingAFacetsValues() throws {
        var m = demoModel()
        press(&m, .char("2"), .char("f"))
        let consultant = FacetKind.consultant.rawValue
        for _ in 0..<consultant { press(&m, .char("j")) }
        press(&m, .enter)
        guard case .facetValues(let d)? = m.overlay, d.kind == .consultant else { Issue.record("\(String(describing: m.overlay))"); return }
        press(&m, .char("/"))
        typeText(&m, "agard")
        press(&m, .enter, .enter)
        #expect(m.schools.facets.consultant == "kao")
    }

    /// A search made before the list shrank (a write while the picker was open) draws what is left, and Enter on a row
    /// the list no longer has chooses nothing.
    @Test func aSearchOlderThanTheListIsDrawnWithoutItsMissingRows() {
        var m = demoModel(user: "mfr")
        press(&m, .char("6"), .char("a"))
        guard case .pickCaseload(var d)? = m.overlay else { Issue.record("no picker"); return }
        d.search = MenuSearch(text: "x", typing: false, shown: [0, d.choices.count + 5])
        d.cursor.selected = 1
        m.overlay = d.overlay
        let screen = view(m).text
        #expect(screen.contains(d.labels[0]))
        press(&m, .enter)
        #expect(m.caseload.person == nil)
    }

    /// The search reads a cluster's name, not the count beside it: «5» finds the clusters with a 5 in their names
    /// only, not every «(5 skoler)».
    @Test func aNumberFindsNamesNotCounts() throws {
        var m = demoModel()
        press(&m, .char("3"), .tab)
        let school = try #require(m.selectedMember)
        press(&m, .char("m"), .char("/"), .char("5"))
        guard case .pickCluster(let d)? = m.overlay else { Issue.record("\(String(describing: m.overlay))"); return }
        let targets = m.moveTargets(for: school)
        let named = targets.filter { $0.name.contains("5") }
        #expect(!named.isEmpty && named.count < targets.count && targets.indices.contains { !targets[$0].name.contains("5") && d.rows(m)[$0].contains("5") })
        #expect(d.count(m) == named.count)
    }
}
