import Testing
@testable import Domain
@testable import TUI
import Wording

/// A coordinator defines and changes the programme's indicators from the results screen.
@Suite struct IndicatorFormTests {
    @Test func aNewIndicatorIsDefinedWithItsNamesInEachLanguage() {
        var m = demoModel()
        press(&m, .char("8"), .char("D"))
        typeText(&m, "trivsel")
        press(&m, .tab)
        typeText(&m, "Trivsel")
        press(&m, .tab)
        typeText(&m, "en=Wellbeing")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .defineIndicator(let d) = c.command else { Issue.record("no question: \(String(describing: m.overlay))"); return }
        #expect(d.id == "trivsel" && d.names == [LocalName("da", "Trivsel"), LocalName("en", "Wellbeing")] && d.programme == "elevloeft")
        #expect(d.unit == .percent && d.better == .lower && d.periodKind == .schoolYear && d.target == nil)
        #expect(view(m).text.contains("Definér indikatoren Trivsel?"))
    }

    @Test func theIndicatorShownIsChangedAndAWrongFieldIsNamed() {
        var m = demoModel()
        press(&m, .char("8"), .right, .char("e"))
        guard case .form(let f)? = m.overlay else { Issue.record("no form"); return }
        #expect(view(m).text.contains("Ret indikatoren Andel under 4 i matematik"))
        #expect(f.values[0] == "Andel under 4 i matematik" && f.values[1] == "en=Share below grade 4 in maths")
        // The baseline: a period of another kind is refused in words.
        press(&m, .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab)
        for _ in 0..<30 { press(&m, .backspace) }
        typeText(&m, "2023")
        if case .form(let g)? = m.overlay { #expect(g.error?.contains("er ikke en periode af slagsen skoleår") == true, "\(g.error ?? "")") }
        press(&m, .backspace, .backspace, .backspace, .backspace)
        typeText(&m, "2023/24, 2024/25")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .changeIndicator(let d) = c.command else { Issue.record("no question"); return }
        #expect(d.id == "matematik-under-4" && d.baseline == [.schoolYear(2023), .schoolYear(2024)])
        #expect(d.names == m.state.indicator("elevloeft", "matematik-under-4")?.names, "the names as they were, in their order")
        // Elsewhere than the results screen there is no indicator shown to change.
        var other = demoModel()
        press(&other, .char("2"), .char("e"))
        #expect(other.overlay == nil && other.notice == .noIndicatorShown)
        // A consultant may not define one.
        var consultant = demoModel(user: "ahj")
        press(&consultant, .char("8"), .char("D"))
        if case .form? = consultant.overlay { Issue.record("a consultant got the form") }
    }

    /// The results screen shows the schools the facets leave, whatever the schools list's own `/` filter says.
    @Test func theResultsScreenFollowsTheFacetsButNotTheSchoolsListsOwnFilter() {
        var m = demoModel()
        let all = m.derived.scorecard.visible.count
        #expect(all == 103)
        press(&m, .char("2"), .char("/"))
        typeText(&m, "skovskolen")
        press(&m, .enter)
        #expect(m.derived.scorecard.visible.count == all)
        let cluster = m.state.clusters.values.first { $0.programme == "elevloeft" }!
        m.setFacet(.cluster, cluster.name)
        #expect(m.derived.scorecard.visible.count == m.state.activeMembers(cluster).count)
        m.setFacet(.cluster, nil)
        #expect(m.derived.scorecard.visible.count == all)
        press(&m, .char("8"), .char("s"))
        #expect(m.scorecard.sort == .target && m.derived.scorecard.visible.count == all)
    }
}
