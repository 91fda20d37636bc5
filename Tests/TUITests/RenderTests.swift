import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

let sizes = [(80, 24), (160, 48)]

@Suite struct RenderTests {
    @Test(arguments: ViewID.allCases, [Language.da, .en])
    func everyViewAtBothSizes(view id: ViewID, language: Language) {
        for (w, h) in sizes {
            var m = demoModel(width: w, height: h, language: language, user: "ahj")
            press(&m, .char(Character(String(id.rawValue + 1))))
            press(&m, .down, .down)
            expectGolden(view(m), "\(id)-\(language.rawValue)-\(w)x\(h)")
        }
    }

    @Test(arguments: [Language.da, .en])
    func schoolPage(language: Language) {
        for (w, h) in sizes {
            var m = demoModel(width: w, height: h, language: language)
            press(&m, .char("2"), .down, .down, .enter)
            expectGolden(view(m), "page-\(language.rawValue)-\(w)x\(h)")
        }
    }

    @Test func overlays() {
        var m = demoModel()
        press(&m, .char("?"))
        expectGolden(view(m), "help-da-80x24")
        m = demoModel(language: .en)
        press(&m, .char(":"))
        typeText(&m, "aero")
        expectGolden(view(m), "palette-en-80x24")
        m = demoModel()
        press(&m, .char("3"), .char("n"))
        for _ in 0..<6 { press(&m, .backspace) }   // the offered id («EL-K20») away: one that is taken
        typeText(&m, "EL-K01")
        press(&m, .tab)
        typeText(&m, "Ny")
        press(&m, .enter)
        expectGolden(view(m), "form-refused-da-80x24")
        m = demoModel()
        press(&m, .char("2"), .char("f"))
        expectGolden(view(m), "facets-da-80x24")
    }

    @Test func emptyLogInEveryView() {
        for id in ViewID.allCases {
            var m = Model(state: NetworkState(), today: fixedToday, width: 80, height: 24, user: "anne", logPath: "/home/anne/.local/share/tavle/tavle.log")
            press(&m, .char(Character(String(id.rawValue + 1))), .down, .enter, .char("/"))
            typeText(&m, "x")
            #expect(view(m).text.contains("Loggen er tom"))
        }
        let m = Model(state: NetworkState(), today: fixedToday, width: 80, height: 24, user: "anne", logPath: "/home/anne/.local/share/tavle/tavle.log")
        expectGolden(view(m), "empty-da-80x24")
    }

    @Test func tooSmall() {
        let m = demoModel(width: 60, height: 20)
        let text = view(m).text
        #expect(text.contains("Terminalen er for lille: 60×20"))
        #expect(!text.contains("Overblik"))
        for (w, h) in [(1, 1), (0, 0), (79, 24), (80, 23), (3, 40)] {
            var small = demoModel(width: w, height: h)
            press(&small, .char("?"))
            let g = view(small)
            #expect(g.width == w && g.height == h)
        }
    }

    @Test func everyViewFitsEverySize() {
        for id in ViewID.allCases {
            for (w, h) in [(80, 24), (81, 25), (100, 30), (132, 43), (250, 80)] {
                var m = demoModel(width: w, height: h)
                press(&m, .char(Character(String(id.rawValue + 1))), .char("G"))
                let lines = view(m).text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == h)
                #expect(lines.allSatisfy { String($0).displayWidth == w }, "\(id) at \(w)x\(h)")
            }
        }
    }

    @Test func schoolDetailShowsTheSelectedSchool() {
        var m = demoModel(width: 120, height: 40)
        press(&m, .char("/"))
        typeText(&m, "aero")
        press(&m, .enter)
        let text = view(m).text
        #expect(text.contains("Ærø (492)"))
        #expect(text.contains("Region Syddanmark"))
    }

    @Test func mapUsesBrailleAndGrowsWithTheTerminal() {
        func dots(_ g: Grid) -> Int {
            g.cells.filter { $0.text.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false }.count
        }
        let small = dots(view(demoModel(width: 80, height: 24)))
        let large = dots(view(demoModel(width: 200, height: 60)))
        #expect(small > 40)
        #expect(large > small)
    }
}

@Suite struct StyleTests {
    @Test func selectedRowIsHighlightedAcrossTheTable() {
        var m = demoModel()
        press(&m, .char("2"), .down)
        let g = view(m)
        let y = Model.listTop + 1
        #expect((1..<40).allSatisfy { g[$0, y].style.role == .selection })
        #expect(g[1, y + 1].style.role != .selection)
    }

    @Test func statusesCarryTheirRolesAndLetters() {
        var m = demoModel()
        press(&m, .char("4"))
        let g = view(m)
        #expect(g.cells.contains { $0.style.role == .anchored })
        #expect(g.text.contains("●F"))
    }
}
