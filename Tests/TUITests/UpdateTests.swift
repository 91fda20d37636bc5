import Testing
@testable import Domain
@testable import TUI
@testable import Wording

@Suite struct UpdateTests {
    @Test func numberKeysSwitchViewsAndQQuits() {
        var m = demoModel()
        for id in ViewID.allCases {
            press(&m, .char(Character(String(id.rawValue + 1))))
            #expect(m.view == id)
        }
        press(&m, .char("]"))
        #expect(m.view == .overview)
        press(&m, .char("["))
        #expect(m.view == ViewID.allCases.last)
        press(&m, .char("q"))
        #expect(m.quitting)
    }

    @Test func arrowsAndVimKeysMoveAndScroll() {
        var m = demoModel()
        press(&m, .char("2"), .down, .char("j"))
        #expect(m.schools.cursor.selected == 2)
        press(&m, .up)
        #expect(m.schools.cursor.selected == 1)
        press(&m, .char("G"))
        #expect(m.schools.cursor.selected == 119)
        #expect(m.schools.cursor.scroll == 120 - m.listHeight)
        press(&m, .char("g"))
        #expect(m.schools.cursor == Cursor())
        press(&m, .pageDown)
        #expect(m.schools.cursor.selected == m.listHeight)
    }

    @Test func slashFindsAeroWithoutDanishLetters() {
        var m = demoModel()
        press(&m, .char("/"))
        typeText(&m, "aero")
        #expect(m.derived.schools.visible.count == 1)
        #expect(m.selectedRow?.municipality == "Ærø")
        press(&m, .enter)
        #expect(m.overlay == nil && m.schools.filter == "aero")
        press(&m, .enter)
        #expect(m.page?.school == m.selectedSchool)
        press(&m, .escape)
        #expect(m.page == nil && m.view == .schools)
        press(&m, .char("/"), .escape)
        #expect(m.schools.filter.isEmpty && m.derived.schools.visible.count == 120)
    }

    @Test func sortCyclesColumnsAndReversesInDanishOrder() {
        var m = demoModel()
        press(&m, .char("2"))
        let danish: (String, String) -> Bool = { Collation.key($0) < Collation.key($1) }
        let names = m.derived.schools.visible.map { m.derived.schools.rows[$0].name }
        #expect(names == names.sorted(by: danish))
        #expect(names.firstIndex(of: "Østerskolen")! < names.firstIndex(of: "Åskolen")!)   // æ, ø, å after z
        press(&m, .char("S"))
        #expect(m.derived.schools.visible.map { m.derived.schools.rows[$0].name } == names.reversed())
        press(&m, .char("s"))
        #expect(m.schools.sort == .municipality)
        let munis = m.derived.schools.visible.map { m.derived.schools.rows[$0].municipality }
        #expect(munis == munis.sorted(by: danish).reversed())
        #expect(munis.first == "Ærø")
    }

    @Test func facetsNarrowTheSchools() {
        var m = demoModel()
        press(&m, .char("2"), .char("f"), .down, .enter)   // participation
        #expect(m.overlay == .facetValues(FacetValuesDialog(kind: .participation)))
        press(&m, .down, .down, .down, .enter)             // declined
        #expect(m.schools.facets.participation == .declined)
        press(&m, .escape)
        #expect(m.derived.schools.visible.allSatisfy { m.derived.schools.rows[$0].participation == .declined })
        #expect(!m.derived.schools.visible.isEmpty)
        press(&m, .char("x"))
        #expect(m.derived.schools.visible.count == 120)
    }

    @Test func paletteGoesToASchoolByNameOrNumber() {
        var m = demoModel()
        press(&m, .char(":"))
        typeText(&m, "340001")
        press(&m, .enter)
        #expect(m.page?.school == "340001" && m.view == .schools)
        press(&m, .char(":"))
        typeText(&m, "histor")
        press(&m, .enter)
        #expect(m.view == .history && m.page == nil)
        press(&m, .char(":"))
        typeText(&m, "fasth")
        press(&m, .tab)
        if case .palette(let input)? = m.overlay { #expect(input.input.text.contains("FastholdelsesTaskforce")) } else { Issue.record("palette closed") }
        press(&m, .enter)
        #expect(m.programme == "fastholdelse")
    }

    @Test func helpIsSearchable() {
        var m = demoModel()
        press(&m, .char("?"))
        typeText(&m, "klynge")
        let text = view(m).text
        #expect(text.contains("Opret klynge"))
        #expect(!text.contains("Vis overblik"))
        press(&m, .escape)
        #expect(m.overlay == nil)
    }

    @Test func creatingAClusterValidatesAsYouTypeAndAsksFirst() {
        var m = demoModel()
        press(&m, .char("3"), .char("n"))
        // The offered id taken away, the empty field is named.
        for _ in 0..<10 { press(&m, .backspace) }
        press(&m, .enter)
        guard case .form(let empty)? = m.overlay else { Issue.record("no form"); return }
        #expect(empty.error?.contains("Id") == true)
        typeText(&m, "EL-K01")
        press(&m, .tab)
        typeText(&m, "Fyn 9")
        press(&m, .enter)
        guard case .form(let refused)? = m.overlay else { Issue.record("form closed"); return }
        #expect(refused.error == "Klyngen \"EL-K01\" findes allerede.")
        #expect(refused.values == ["EL-K01", "Fyn 9"])   // what was typed is kept
        press(&m, .backTab, .backspace, .backspace)
        typeText(&m, "99")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no confirmation"); return }
        #expect(c.command == .formCluster(id: "EL-K99", programme: "elevloeft", name: "Fyn 9", track: nil))
        // No returns to the form with everything kept; Esc there closes it without writing.
        press(&m, .char("n"))
        guard case .form(let back)? = m.overlay else { Issue.record("n did not return to the form"); return }
        #expect(back.values == ["EL-K99", "Fyn 9"])
        press(&m, .escape)
        #expect(m.writes.outbox.isEmpty && m.overlay == nil)
    }

    @Test func movingASchoolAsksThenQueuesTheCommand() {
        var m = demoModel()
        press(&m, .char("3"), .tab)
        let school = m.selectedMember!
        press(&m, .char("m"), .down, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no confirmation"); return }
        guard case .placeSchool(let cluster, let s) = c.command else { Issue.record("\(c.command)"); return }
        #expect(s == school && cluster != m.selectedCluster?.id)
        press(&m, .char("j"))
        #expect(m.writes.outbox == [c.command])
    }

    @Test func mouseClicksSelectAndSwitchTabs() {
        var m = demoModel()
        let tab = TabBar.ranges(m).first { $0.view == .schools }!
        update(&m, .mouse(MouseEvent(.click, x: tab.range.lowerBound + 1, y: 0)))
        #expect(m.view == .schools)
        update(&m, .mouse(MouseEvent(.click, x: 5, y: Model.listTop + 4)))
        #expect(m.schools.cursor.selected == 4)
        update(&m, .mouse(MouseEvent(.wheelDown, x: 5, y: 10)))
        #expect(m.schools.cursor.selected == 7)
        m.session.mouse = false
        update(&m, .mouse(MouseEvent(.click, x: 5, y: Model.listTop)))
        #expect(m.schools.cursor.selected == 7)
    }

    @Test func historyFiltersByActorAndSchool() {
        var m = demoModel()
        press(&m, .char("7"))
        #expect(m.history.visible.count == demoEvents.count)
        #expect(m.history.visible.first == demoEvents.count - 1)   // newest first
        press(&m, .char("a"))
        let actor = m.history.actor!
        #expect(m.history.visible.allSatisfy { m.events[$0].actor == actor })
        press(&m, .char("a"), .char("f"))
        let type = m.history.type!
        #expect(m.history.visible.allSatisfy { m.events[$0].event.type == type })
    }

    @Test func matrixMovesByCellAndFiltersByKind() {
        var m = demoModel()
        press(&m, .char("4"), .right, .right, .left)
        #expect(m.matrix.column == 1)
        let all = m.matrixRows.count
        press(&m, .char("f"))
        #expect(m.matrix.kind == m.derived.matrix.kinds[0].id)
        #expect(m.matrixRows.count < all && !m.matrixRows.isEmpty)
        for _ in 1..<m.derived.matrix.kinds.count { press(&m, .char("f")) }
        press(&m, .char("f"))
        #expect(m.matrix.kind == nil && m.matrix.status == .planned)
        #expect(m.matrixRows.allSatisfy { i in m.derived.matrix.kinds.contains { m.derived.schools.status(m.derived.schools.rows[i].institution, $0.id) == .planned } })
        for _ in InterventionStatus.allCases { press(&m, .char("f")) }
        #expect(m.matrix.kind == nil && m.matrix.status == nil && m.matrixRows.count == all)
    }

    @Test func newStateKeepsViewSelectionAndFilter() {
        var m = demoModel()
        press(&m, .char("/"))
        typeText(&m, "skolen")
        press(&m, .enter, .down, .down, .down)
        let chosen = m.selectedSchool!
        var s = demoState
        let first = m.derived.schools.rows[m.derived.schools.visible[0]].institution
        s.schools[first]?.name = "Aaa-skolen"
        update(&m, .stateChanged(s, demoEvents))
        #expect(m.selectedSchool == chosen)
        #expect(m.view == .schools && m.schools.filter == "skolen")
    }

    @Test func resizeDuringADialogKeepsIt() {
        var m = demoModel()
        press(&m, .char("3"), .char("n"))
        guard case .form(let offered)? = m.overlay else { Issue.record("no form"); return }
        typeText(&m, "X")
        update(&m, .resize(width: 100, height: 30))
        update(&m, .resize(width: 50, height: 10))
        #expect(view(m).text.contains("for lille"))
        update(&m, .resize(width: 120, height: 40))
        #expect(view(m).text.contains("Opret klynge"))
        if case .form(let f)? = m.overlay { #expect(f.values[0] == offered.values[0] + "X") } else { Issue.record("form lost") }
    }

    @Test func everyKeyInTheTableIsUniqueAndNamed() {
        let keys = KeyMap.defaults.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        #expect(Set(KeyMap.defaults.bindings.map(\.action)) == Set(Action.allCases))
        for k in keys { #expect(Key(name: k.name) == k) }
    }

    @Test func caseloadRanksOverdueFollowUpsFirstAndSaysWhy() {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"))
        let items = m.derived.caseload.all
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { m.state.caseload[Enrolment("elevloeft", $0.school)] == "ahj" })
        #expect(zip(items, items.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        if case .overdueFollowUp? = items.first?.reasons.first {} else { Issue.record("first is not overdue: \(String(describing: items.first))") }
        let text = view(m).text
        #expect(text.contains("opfølgning over tid"))
        press(&m, .enter)
        #expect(m.page?.school == items[0].school)
    }
}
