import Testing
@testable import Domain
@testable import TUI

@Suite struct UpdateTests {
    @Test func numberKeysSwitchViewsAndQQuits() {
        var m = demoModel()
        press(&m, .char("2"))
        #expect(m.view == .schools)
        press(&m, .char("1"))
        #expect(m.view == .overview)
        press(&m, .char("]"))
        #expect(m.view == .schools)
        press(&m, .char("q"))
        #expect(m.quitting)
    }

    @Test func arrowsAndVimKeysMoveAndScroll() {
        var m = demoModel()
        press(&m, .char("2"), .down, .char("j"))
        #expect(m.selected == 2)
        press(&m, .up)
        #expect(m.selected == 1)
        press(&m, .char("G"))
        #expect(m.selected == m.rows.count - 1)
        #expect(m.scroll == m.rows.count - m.tableHeight)
        press(&m, .char("g"))
        #expect(m.selected == 0 && m.scroll == 0)
        press(&m, .pageDown)
        #expect(m.selected == m.tableHeight)
    }

    @Test func enterOpensAndEscGoesBack() {
        var m = demoModel()
        press(&m, .enter)
        #expect(m.view == .schools)
        press(&m, .enter)
        #expect(m.detailFocused)
        press(&m, .escape)
        #expect(!m.detailFocused && m.view == .schools)
        press(&m, .escape)
        #expect(m.view == .overview)
    }

    @Test func helpSwallowsKeysUntilClosed() {
        var m = demoModel()
        press(&m, .char("?"), .char("2"))
        #expect(m.showHelp && m.view == .overview)
        press(&m, .escape)
        #expect(!m.showHelp)
    }

    @Test func programmeSwitchAndResizeKeepState() {
        var m = demoModel()
        #expect(m.programme == "elevloeft")
        press(&m, .char("p"))
        #expect(m.programme == "fastholdelse")
        #expect(m.rows.count == 49)
        press(&m, .char("2"), .char("G"))
        update(&m, .resize(width: 200, height: 60))
        #expect(m.selected == 48 && m.view == .schools)
    }

    @Test func newStateKeepsTheSelectedSchool() {
        var m = demoModel()
        press(&m, .char("2"), .down, .down, .down)
        let chosen = m.selectedRow!.institution
        var s = demoState
        s.schools.removeValue(forKey: m.rows[0].institution)
        update(&m, .stateChanged(s))
        #expect(m.selectedRow?.institution == chosen)
    }

    @Test func everyKeyInTheTableIsUnique() {
        let keys = KeyMap.defaults.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for b in KeyMap.defaults.bindings { #expect(!b.keys.isEmpty) }
        for k in keys { #expect(Key(name: k.name) == k) }
    }
}
