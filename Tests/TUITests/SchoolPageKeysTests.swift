import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A school's page says its own keys (back, contact, status, done), not those of the list under it, and a list's
/// keys do not change that list unseen while the page covers it.
@Suite struct SchoolPageKeysTests {
    @Test(arguments: [Language.da, .en])
    func aPageFromHistorikOffersItsOwnKeys(language: Language) throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var m = demoModel(width: width, height: height, language: language)
            press(&m, .char("7"))
            // The newest record that names a school.
            for _ in 0..<2000 where HistoryView.selected(m)?.event.schools.isEmpty != false { press(&m, .char("j")) }
            press(&m, .enter)
            let school = try #require(m.page?.school)
            let bar = view(m).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[height - 1]
            #expect(bar.hasPrefix(" esc " + m.text(.hintBack) + "  K " + m.text(.hintContact)), "\(width): \(bar)")
            #expect(!bar.contains("a " + m.text(.hintActor)), "\(width): \(bar)")
            // `a` and `o` (Historik's person and school filters) do nothing to the history behind the page.
            press(&m, .char("a"), .char("o"))
            #expect(m.history.actor == nil && m.history.school == nil && m.page?.school == school)
            // K records a contact for the page's school.
            press(&m, .char("K"))
            guard case .form? = m.overlay else { Issue.record("no contact form"); return }
            press(&m, .escape, .escape)
            #expect(m.page == nil && m.view == .history)
        }
    }

    /// `s` on a page opened from Skoler does not re-sort the list under it.
    @Test func aListsKeysWaitUnderThePage() throws {
        var m = demoModel()
        press(&m, .char("2"), .enter)
        #expect(m.page != nil)
        let sort = m.schools.sort
        press(&m, .char("s"), .char("S"))
        #expect(m.schools.sort == sort && m.schools.descending == false)
    }
}
