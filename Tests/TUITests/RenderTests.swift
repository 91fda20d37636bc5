import Testing
@testable import Domain
@testable import TUI

@Suite struct RenderTests {
    @Test(arguments: [(80, 24), (160, 48)], [Language.da, .en])
    func overview(size: (Int, Int), language: Language) {
        let m = demoModel(width: size.0, height: size.1, language: language)
        expectGolden(view(m), "overview-\(language.rawValue)-\(size.0)x\(size.1)")
    }

    @Test(arguments: [(80, 24), (160, 48)], [Language.da, .en])
    func schools(size: (Int, Int), language: Language) {
        var m = demoModel(width: size.0, height: size.1, language: language)
        press(&m, .char("2"), .down, .down)
        expectGolden(view(m), "schools-\(language.rawValue)-\(size.0)x\(size.1)")
    }

    @Test func help() {
        var m = demoModel()
        press(&m, .char("?"))
        expectGolden(view(m), "help-da-80x24")
    }

    @Test func emptyLog() {
        let m = Model(state: NetworkState(), today: fixedToday, width: 80, height: 24, user: "anne", logPath: "/home/anne/.local/share/tavle/tavle.log")
        expectGolden(view(m), "empty-da-80x24")
    }

    @Test func tooSmall() {
        let m = demoModel(width: 60, height: 20)
        let text = view(m).text
        #expect(text.contains("Terminalen er for lille: 60×20"))
        #expect(!text.contains("Overblik"))
        for (w, h) in [(1, 1), (0, 0), (79, 24), (80, 23)] {
            let g = view(demoModel(width: w, height: h))
            #expect(g.width == w && g.height == h)
        }
    }

    @Test func danishLettersKeepColumnsAligned() {
        var m = demoModel()
        press(&m, .char("2"))
        let lines = view(m).text.split(separator: "\n")
        // Every row of the screen is exactly 80 columns, æøå included.
        #expect(lines.allSatisfy { String($0).displayWidth == 80 })
        #expect(lines.contains { $0.contains("Bøgedalskolen") })
    }

    @Test func schoolDetailShowsTheSelectedSchool() {
        var m = demoModel(width: 120, height: 40)
        press(&m, .char("2"))
        let row = m.rows.firstIndex { $0.municipality == "Ærø" }!
        press(&m, .char("g"))
        for _ in 0..<row { press(&m, .char("j")) }
        let text = view(m).text
        #expect(text.contains("Ærø (492)"))
        #expect(text.contains("Region Syddanmark"))
        #expect(text.contains(m.rows[row].name))
    }
}

@Suite struct StyleTests {
    @Test func selectedRowIsHighlightedAcrossTheTable() {
        var m = demoModel()
        press(&m, .char("2"), .down)
        let g = view(m)
        let y = (0..<g.height).first { row in (0..<g.width).map { g[$0, row].text }.joined().contains(m.selectedRow!.name) && g[1, row].style.role == .selection }
        #expect(y != nil)
        if let y { #expect((1..<44).allSatisfy { g[$0, y].style.role == .selection }) }
    }

    @Test func statusesCarryTheirRoles() {
        var m = demoModel()
        press(&m, .char("2"))
        let g = view(m)
        let cells = (0..<g.height).flatMap { y in (0..<g.width).map { g[$0, y] } }
        #expect(cells.contains { $0.style.role == .withdrawn })
        #expect(cells.contains { $0.style.role == .accepted })
    }
}
