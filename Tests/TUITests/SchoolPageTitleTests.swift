import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A school's page scrolled past a section's heading says in its title where its top is: the section, and the
/// indicator where the top is among one's values.
@Suite struct SchoolPageTitleTests {
    @Test(arguments: [Language.da, .en])
    func theTitleSaysWhichSectionTheTopIsIn(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("2"), .enter)
        let school = try #require(m.page?.school), name = try #require(m.state.schools[school]?.name)
        let title = { (m: Model) in screenLines(m)[1] }
        #expect(title(m).hasPrefix("┌ \(name) · \(school) ─"), "at the top, the page says only the school: \(title(m))")
        let indicators = m.text(.pageIndicators), history = m.text(.pageHistory)
        let p = try #require(m.programme)
        let names = m.state.indicatorDefinitions(p).map { m.text.name($0) }
        var sawIndicator = false, sawHistory = false
        for _ in 0..<200 {
            press(&m, .down)
            let top = screenLines(m)[2], t = title(m)
            // The top line a section's own heading: the title does not repeat it.
            if top.hasPrefix("│ " + indicators + " ") { #expect(!t.contains(" · " + indicators), "\(t)") }
            // Among an indicator's values (indented under its name): the section and the indicator.
            if top.hasPrefix("│     "), t.contains(" · " + indicators + " · ") {
                #expect(names.contains { t.contains(" · " + indicators + " · " + $0) }, "\(t)")
                sawIndicator = true
            }
            if t.contains(" · " + history) { sawHistory = true }
        }
        #expect(sawIndicator && sawHistory)
    }
}
