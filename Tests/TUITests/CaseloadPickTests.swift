import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// `a` on Portefølje: a coordinator (or anyone) sees another person's caseload, ranked as that person sees it.
@Suite struct CaseloadPickTests {
    @Test(arguments: [Language.da, .en])
    func aCoordinatorPicksAConsultantsCaseloadAndGoesBack(language: Language) throws {
        var m = demoModel(language: language, user: "mfr")
        press(&m, .char("6"))
        // The coordinator's own is empty, and says how to see someone else's.
        #expect(m.derived.caseload.all.isEmpty)
        #expect(screenLines(m).contains { $0.contains(m.text(.caseloadEmptyOthers, "Maja Fogh Riis", "a")) }, "\(screenLines(m))")
        press(&m, .char("a"))
        guard case .pickCaseload(let dialog)? = m.overlay else { Issue.record("no picker: \(String(describing: m.overlay))"); return }
        // The user first (with none), then everyone with schools, by full name, each with how many take part.
        let p = try #require(m.programme)
        let sizes = m.state.caseloadSizes(p)
        #expect(dialog.choices.first == CaseloadChoice(person: "mfr", schools: 0))
        let names = dialog.choices.dropFirst().map { m.state.fullName($0.person) }
        #expect(names == names.sorted { Collation.key($0) < Collation.key($1) } && names.count == sizes.count)
        let rows = dialog.rows(m)
        #expect(rows.contains("Anne Holm Jensen (" + m.text(.schoolsCount, String(sizes["ahj"]!)) + ")"), "\(rows)")
        // Enter on Anne Holm Jensen: her caseload as she sees it, titled with her name, not as the user's own.
        let anne = try #require(dialog.choices.firstIndex { $0.person == "ahj" })
        for _ in 0..<anne { press(&m, .char("j")) }
        press(&m, .enter)
        #expect(m.overlay == nil && m.caseload.person == "ahj")
        let hers = m.state.caseloadItems(p, consultant: "ahj", today: m.today, contactWeeks: m.session.contactWeeks)
        #expect(!hers.isEmpty && m.derived.caseload.shown.map(\.school) == hers.map(\.school))
        let title = screenLines(m)[1]
        #expect(title.contains(m.text(.caseloadOfTitle, "Anne Holm Jensen")) && !title.contains(m.text(.caseloadTitle, "Anne Holm Jensen")), "\(title)")
        let first = try #require(m.state.schools[hers[0].school]?.name)
        #expect(screenLines(m)[3].contains(first), "\(screenLines(m)[3])")
        // A write elsewhere re-ranks her list, still hers.
        var state = m.state
        let records = try decideBatch([.recordContact(Contact(programme: p, school: hers[0].school, date: m.today, form: .phone, summary: "Status"))],
                                      on: &state, actor: "mfr", now: Copenhagen.timestamp(m.today, minutes: 12 * 60))
        update(&m, .stateChanged(state, m.events + records))
        #expect(m.caseload.person == "ahj" && m.derived.caseload.all.map(\.school).sorted() == hers.map(\.school).sorted())
        // `a` opens on her row; `g` and Enter go back to the user's own.
        press(&m, .char("a"))
        guard case .pickCaseload(let again)? = m.overlay else { Issue.record("no picker"); return }
        #expect(again.cursor.selected == anne)
        press(&m, .char("g"), .enter)
        #expect(m.caseload.person == nil && m.derived.caseload.all.isEmpty)
        #expect(screenLines(m)[1].contains(m.text(.caseloadTitle, "Maja Fogh Riis")))
    }

    /// A consultant's own caseload comes first in the picker by name only when they have schools; Esc changes nothing.
    @Test func escapeKeepsTheCaseloadShown() {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"))
        let before = m.derived.caseload.shown.map(\.school)
        press(&m, .char("a"))
        guard case .pickCaseload(let d)? = m.overlay else { Issue.record("no picker"); return }
        #expect(!d.choices.contains { $0.person == "mfr" } && d.choices[d.cursor.selected].person == "ahj")
        press(&m, .char("j"), .escape)
        #expect(m.overlay == nil && m.caseload.person == nil && m.derived.caseload.shown.map(\.school) == before)
    }

    /// The schools list's consultant facet lists the consultants by full name in the language's order, and says the
    /// one chosen by name.
    @Test func theConsultantFacetIsInNameOrder() {
        let m = demoModel()
        let labels = m.facetValues(.consultant).map(\.label)
        #expect(labels == labels.sorted { Collation.key($0) < Collation.key($1) } && labels.contains("Anne Holm Jensen"), "\(labels)")
        var chosen = m
        chosen.setFacet(.consultant, "ahj")
        #expect(chosen.facetValue(.consultant) == "Anne Holm Jensen")
    }

    /// A school with several overdue follow-ups says them in its row as their count and the oldest, and the pane
    /// below says each; one overdue follow-up is said as before.
    @Test(arguments: [Language.da, .en])
    func severalOverdueFollowUpsAreCountedInTheRow(language: Language) throws {
        var m = demoModel(width: 160, height: 48, language: language, user: "ahj")
        press(&m, .char("6"))
        let p = try #require(m.programme)
        let school = try #require(m.derived.caseload.all.first { item in !item.reasons.contains { if case .overdueFollowUp = $0 { return true }; return false } }?.school)
        var state = m.state
        let contact = Contact(programme: p, school: school, date: m.today.adding(days: -40), form: .phone, summary: "Status")
        let ups = [("Sende plan", -30), ("Ringe til lederen", -20), ("Dele materiale", -10)].map {
            FollowUp(programme: p, school: school, what: $0.0, who: "ahj", due: m.today.adding(days: $0.1))
        }
        let records = try decideBatch([.recordContact(contact, followUps: ups)], on: &state, actor: "ahj", now: Copenhagen.timestamp(m.today, minutes: 12 * 60))
        update(&m, .stateChanged(state, m.events + records))
        let name = try #require(m.state.schools[school]?.name)
        let lines = view(m).text.split(separator: "\n").map(String.init)
        let row = try #require(lines.first { $0.contains("│ " + name + " ") })
        #expect(row.contains(m.text(.whyOverdueMany, 3, "Sende plan", m.text.shortDate(m.today.adding(days: -30)))), "\(row)")
        #expect(!row.contains("Ringe til lederen"))
        // Its reasons in full in the pane below once it is selected.
        press(&m, .char("g"))
        for _ in 0..<m.derived.caseload.shown.count where CaseloadView.school(m) != school { press(&m, .char("j")) }
        #expect(CaseloadView.school(m) == school)
        let pane = view(m).text
        for f in ups { #expect(pane.contains(m.text(.whyOverdue, f.what, m.text.shortDate(f.due))), "\(f.what)") }
    }

    /// The status bar offers a school's keys only where a school is selected: not on a coordinator's empty caseload,
    /// and again on a consultant's caseload picked by `a`.
    @Test(arguments: [Language.da, .en])
    func aSchoolsKeysAreOfferedOnlyWithASchool(language: Language) throws {
        var m = demoModel(width: 160, height: 48, language: language, user: "mfr")
        press(&m, .char("6"))
        let contact = "K " + m.text(.hintContact), done = "d " + m.text(.hintDone)
        let empty = try #require(screenLines(m).last)
        #expect(!empty.contains(contact) && !empty.contains(done) && empty.contains("a " + m.text(.hintActor)), "\(empty)")
        press(&m, .char("a"), .char("j"), .enter)
        let hers = try #require(screenLines(m).last)
        #expect(m.caseload.person != nil && hers.contains(contact) && hers.contains(done), "\(hers)")
    }
}
