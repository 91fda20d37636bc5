import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

@Suite struct CaseloadUITests {
    func school(_ m: Model) -> String { m.currentSchool! }

    /// In English the form opens on "sparring visit", and that is what is saved: no refusal of the form it offered.
    @Test func theEnglishContactFormSavesTheFormItShows() {
        var m = demoModel(language: .en, user: "ahj")
        press(&m, .char("6"), .char("K"))
        guard case .form(let form)? = m.overlay else { Issue.record("no form"); return }
        #expect(form.values[1] == "sparring visit")
        press(&m, .tab, .tab, .tab)
        typeText(&m, "Status")
        press(&m, .enter)
        if case .form(let f)? = m.overlay { Issue.record("refused: \(f.error ?? "")"); return }
        guard case .confirm(let c)? = m.overlay, case .recordContact(let contact, _) = c.command else { Issue.record("\(String(describing: m.overlay))"); return }
        #expect(contact.form == .sparring)
        for f in ContactForm.allCases {
            for l in Language.allCases { #expect(Names.contactForm(Catalogue(l).name(f)) == f, "\(l) \(f)") }
        }
        for p in MeasuringPoint.allCases {
            for l in Language.allCases { #expect(Names.measuringPoint(Catalogue(l).name(p)) == p, "\(l) \(p)") }
        }
    }

    /// After a write re-ranks the caseload, the cursor is on the same school, not the same row.
    @Test func theCaseloadCursorFollowsTheSchoolWhenTheListReranks() throws {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"), .char("j"), .char("j"))
        let before = try #require(CaseloadView.school(m))
        let row = m.caseload.cursor.selected
        // A contact today at that school takes away its "no contact" and "unprepared" reasons: it ranks lower.
        var state = m.state
        let records = try decideBatch([.recordContact(Contact(programme: m.programme!, school: before, date: m.today, form: .phone, summary: "Status"))],
                                      on: &state, actor: "ahj", now: Copenhagen.timestamp(m.today, minutes: 12 * 60))
        update(&m, .stateChanged(state, m.events + records))
        #expect(CaseloadView.school(m) == before)
        let moved = m.derived.shownCaseload.firstIndex { $0.school == before }
        #expect(moved == m.caseload.cursor.selected && moved != nil)
        if moved != row { #expect(m.derived.shownCaseload[row].school != before) }
    }

    @Test func recordingAContactValidatesAsYouTypeAndAsksFirst() {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"), .char("K"))
        guard case .form(var form)? = m.overlay else { Issue.record("no form"); return }
        #expect(form.values[0] == "22.11.2026" && form.values[1] == "sparringsbesøg" && form.focus == 0)
        // The form is chosen, not typed: a first letter picks it, arrows step through the choices, text is not taken.
        press(&m, .tab, .char("t"))
        #expect(m.formValue(1) == "telefon")
        press(&m, .right, .char("x"))
        #expect(m.formValue(1) == "mail")
        press(&m, .right, .backspace)
        #expect(m.formValue(1) == "sparringsbesøg")
        press(&m, .char("v"))
        #expect(m.formValue(1) == "videosparring")
        press(&m, .left)
        #expect(m.formValue(1) == "sparringsbesøg")
        // On to the summary; an empty summary is named.
        press(&m, .tab, .tab, .enter)
        if case .form(let f)? = m.overlay { #expect(f.error == "Feltet \"Resumé\" må ikke være tomt.") } else { Issue.record("the form closed") }
        typeText(&m, "Status på turbo")
        press(&m, .tab)
        typeText(&m, "Sende data")
        guard case .form(let half)? = m.overlay else { Issue.record("form closed"); return }
        #expect(half.error == "Feltet \"Ansvarlig\" må ikke være tomt.")   // said while typing
        press(&m, .tab)
        typeText(&m, "skoleleder")
        press(&m, .tab)
        typeText(&m, "30.2.2027")
        guard case .form(let bad)? = m.overlay else { Issue.record("form closed"); return }
        #expect(bad.error == "\"30.2.2027\" er ikke en dato, der findes: skriv fx 4.3.2027, eller 4.3 for den nærmeste 4. marts.")
        for _ in 0..<9 { press(&m, .backspace) }
        typeText(&m, "1.11.2026")
        if case .form(let f)? = m.overlay { #expect(f.error == "Fristen 1.11.2026 ligger før kontakten 22.11.2026.") } else { Issue.record("the form closed") }
        for _ in 0..<9 { press(&m, .backspace) }
        typeText(&m, "4.12.2026")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no confirmation: \(String(describing: m.overlay))"); return }
        guard case .recordContact(let contact, let followUps) = c.command else { Issue.record("\(c.command)"); return }
        #expect(contact.summary == "Status på turbo" && contact.date == fixedToday && contact.form == .sparring)
        #expect(followUps.map(\.what) == ["Sende data"] && followUps[0].due == Day(year: 2026, month: 12, day: 4)!)
        press(&m, .char("j"))
        #expect(m.writes.outbox == [c.command])
        form = m.contactForm(for: "101001")
        #expect(form.fields.filter(\.optional).map(\.id) == [.participants, .followUp, .who, .due])
    }

    @Test func aRefusedSaveKeepsWhatWasTyped() {
        var m = demoModel()
        press(&m, .char("2"), .char("K"), .tab, .tab, .tab)
        typeText(&m, "Besøg")
        press(&m, .enter, .char("j"))
        #expect(m.writes.outbox.count == 1)
        m.writes.outbox = []
        // The loop could not write (another writer kept winning): the form comes back as typed, with the reason.
        update(&m, .writeFailed(.log(.busy)))
        guard case .form(let f)? = m.overlay else { Issue.record("form closed: \(String(describing: m.overlay))"); return }
        #expect(f.error?.hasPrefix("Afvist: ") == true, "\(String(describing: f.error))")
        #expect(f.values[3] == "Besøg")
    }

    @Test func changingAnInterventionStatusOffersOnlyAllowedSteps() {
        var m = demoModel()
        press(&m, .char("4"))
        // Find a started intervention in the first column.
        let kind = m.derived.kinds[0].id
        guard let row = m.matrixRows.firstIndex(where: {
            m.derived.status(m.derived.rows[$0].institution, kind) == .started && m.derived.rows[$0].participation == .accepted
        }) else {
            Issue.record("no started intervention"); return
        }
        for _ in 0..<row { press(&m, .down) }
        press(&m, .char("i"))
        guard case .pickStatus(let dialog1)? = m.overlay, case let key = dialog1.key else { Issue.record("no picker"); return }
        #expect(m.statusOptions(key) == [.anchored, .completed, .paused, .stopped])
        press(&m, .down, .down, .down, .enter)   // stopped needs a reason
        guard case .form(let f)? = m.overlay, case .stopIntervention(key) = f.purpose else { Issue.record("no reason form"); return }
        typeText(&m, "Nøglelærer stoppet")
        press(&m, .enter, .char("j"))
        #expect(m.writes.outbox == [.setInterventionStatus(key, status: .stopped, reason: "Nøglelærer stoppet")])
    }

    @Test func uSaysWhatItWillUndoAndAsks() throws {
        var m = demoModel()
        let last = try #require(demoState.lastWrite(of: "mfr").last)
        let shown = try #require(demoEvents.first { $0.seq == last })
        press(&m, .char("u"))
        guard case .confirm(let c)? = m.overlay else { Issue.record("u did not ask: \(String(describing: m.overlay))"); return }
        #expect(c.question == "Fortryd «\(m.text.sentence(shown.event, in: m.state))» (1 hændelse)?", "\(c.question)")
        #expect(m.writes.outbox.isEmpty)
        press(&m, .char("n"))
        #expect(m.overlay == nil && m.writes.outbox.isEmpty)
        press(&m, .char("u"), .char("j"))
        #expect(m.writes.outbox == [.undoLast(expecting: last)])
    }

    @Test func timeTravelStepsByDayAndWeekAndBackToNow() {
        var m = demoModel()
        let now = m.derived.participationCounts
        press(&m, .char(","))
        #expect(m.isHistorical && m.today == fixedToday.adding(days: -1))
        #expect(view(m).text.contains("skrivebeskyttet"))
        press(&m, .char("<"))
        #expect(m.today == fixedToday.adding(days: -8))
        #expect(m.state.lastAt.map { Copenhagen.local($0).day <= fixedToday.adding(days: -8) } ?? true)
        m.travel(toEndOf: Day(year: 2025, month: 3, day: 1)!)   // before the offers went out
        #expect((m.derived.participationCounts[.accepted] ?? 0) == 0)
        #expect(m.state.programmes["elevloeft"] != nil)
        press(&m, .char("="))
        #expect(!m.isHistorical && m.today == fixedToday && m.derived.participationCounts == now)
        press(&m, .char(">"))
        #expect(!m.isHistorical)   // the future is not a place
    }

    @Test func timeTravelToAChosenEvent() {
        var m = demoModel()
        press(&m, .char("7"), .down, .down, .down)
        let chosen = m.events[m.history.visible[m.history.cursor.selected]]
        press(&m, .char("T"))
        #expect(m.isHistorical && m.state.lastSeq == chosen.seq)
        #expect(m.state == NetworkState.replay(demoEvents.prefix(chosen.seq)))
    }

    @Test func schoolPageShowsContactsFollowUpsAndEvaluation() {
        var m = demoModel(width: 120, height: 80)
        let school = demoState.contacts.values.first!.school
        m.page = SchoolPageState(school)
        let text = view(m).text
        #expect(text.contains("Kontaktlog"))
        #expect(text.contains(demoState.contacts.values.first!.summary))
        #expect(text.contains("dansk-under-4"))
        #expect(text.contains("%"))
    }

    @Test func formsAndHistoricalViewRender() {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"), .char("K"))
        expectGolden(view(m), "contact-form-da-80x24")
        m = demoModel(width: 160, height: 48, language: .en)
        m.travel(toEndOf: Day(year: 2026, month: 1, day: 15)!)
        expectGolden(view(m), "historical-en-160x48")
    }
}


@Suite struct CaseloadFormTests {
    @Test func participationDecisionWithAReason() {
        var m = demoModel()
        press(&m, .char("2"))
        let school = m.selectedSchool!
        press(&m, .char("P"))
        guard case .pickParticipation? = m.overlay else { Issue.record("no picker"); return }
        #expect(m.participationOptions(school) == [.declined, .withdrawn])   // the school has accepted
        press(&m, .down, .enter)
        typeText(&m, "Lægges sammen")
        press(&m, .enter, .char("j"))
        #expect(m.writes.outbox == [.setParticipation(Enrolment("elevloeft", school), status: .withdrawn, reason: "Lægges sammen")])
    }

    @Test func evaluationValueChecksTheNumberAndRange() {
        var m = demoModel()
        press(&m, .char("2"), .char("E"))
        typeText(&m, "12,x")
        if case .form(let f)? = m.overlay { #expect(f.error == "\"12,x\" er ikke et tal.") } else { Issue.record("no form") }
        press(&m, .backspace)
        typeText(&m, "5")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .recordEvaluation(let v) = c.command else { Issue.record("no confirmation"); return }
        #expect(v.hundredths == 1250 && v.indicator == .danskUnder4 && v.date == fixedToday)
        // Esc on the question goes back to the form, as n does; a second Esc closes it.
        press(&m, .escape)
        guard case .form(let kept)? = m.overlay else { Issue.record("Esc did not go back to the form"); return }
        #expect(kept.values.contains("12,5"))
        press(&m, .escape, .char("E"))
        typeText(&m, "250")
        press(&m, .enter)
        if case .form(let f)? = m.overlay { #expect(f.error == "Værdien 250 % ligger uden for 0–100 %.") } else { Issue.record("form closed") }
    }

    @Test func ratingAMeetingFromTheCalendar() {
        var m = demoModel()
        press(&m, .char("5"), .char("v"), .char("v"))
        #expect(m.calendar.mode == .list)
        #expect(m.selectedMeeting.map { $0.day >= fixedToday } == true)   // the list opens on the coming week
        // Only a meeting that has taken place can be rated: go back to the last one held.
        while let s = m.selectedMeeting, s.day >= fixedToday || s.status != .held { press(&m, .up) }
        press(&m, .char("R"))
        // The rating is chosen from 1 to 5: a 7 is not taken, a 4 is.
        typeText(&m, "7")
        #expect(m.formValue(0) == "")
        if case .form(let f)? = m.overlay { #expect(f.error == "Feltet \"Værdi 1–5\" må ikke være tomt.") } else { Issue.record("no form") }
        typeText(&m, "4")
        #expect(m.formValue(0) == "4")
        press(&m, .right, .right, .left)
        #expect(m.formValue(0) == "5")
        press(&m, .char("4"))
        press(&m, .tab)
        typeText(&m, "Godt oplæg")
        press(&m, .enter, .char("j"))
        #expect(m.writes.outbox == [.giveFeedback(MeetingFeedback(meeting: m.selectedMeeting!.id, rating: 4, comment: "Godt oplæg"))])
    }

    @Test func movingAFollowUpFromThePalette() {
        var m = demoModel(user: "ahj")
        press(&m, .char(":"))
        typeText(&m, "flyt opf")
        press(&m, .enter)
        guard case .form(let f)? = m.overlay, case .moveFollowUp(let id) = f.purpose else { Issue.record("no move form"); return }
        press(&m, .tab)
        typeText(&m, "Terminsprøver")
        press(&m, .enter, .char("j"))
        guard case .moveFollowUp(id, _, "Terminsprøver")? = m.writes.outbox.first else { Issue.record("\(m.writes.outbox)"); return }
    }
}

@Suite struct CalendarTests {
    @Test func monthWeekAndListWithADayCursor() {
        var m = demoModel(width: 120, height: 40)
        press(&m, .char("5"))
        #expect(m.calendar.mode == .month && m.calendar.day == fixedToday)
        var text = view(m).text
        #expect(text.contains("Kalender · søndag d. 22. november 2026 · uge 47"))
        #expect(text.contains("48") && text.contains("49"))   // ISO week numbers down the side
        press(&m, .right, .down)
        #expect(m.calendar.day == fixedToday.adding(days: 8))
        press(&m, .pageDown)
        #expect(m.calendar.day.month == 12 && m.calendar.day.day == 30)
        press(&m, .char("t"))
        #expect(m.calendar.day == fixedToday)
        let day = demoState.upcomingMeetings("elevloeft", from: fixedToday).first!.day
        m.calendar.day = day
        text = view(m).text
        #expect(text.contains(m.text.longDate(day)))
        press(&m, .enter)
        guard case .meeting(let dialog2)? = m.overlay, case let id = dialog2.id else { Issue.record("no meeting details"); return }
        #expect(demoState.meetings[id]?.day == day)
        press(&m, .escape, .char("v"))
        #expect(m.calendar.mode == .week && view(m).text.contains(m.text.compactDate(day)))
        press(&m, .char("v"))
        #expect(m.calendar.mode == .list)
    }

    @Test func bookingACleanSuggestionTakesOneKeyAndASoftOneAsks() throws {
        var m = demoModel()
        press(&m, .char("3"), .char("b"))
        guard case .suggestions(let dialog3)? = m.overlay, case let list = dialog3.list else { Issue.record("no suggestions"); return }
        #expect(list == m.suggestionList(list.cluster))
        let best = try #require(list.suggestions.first)
        #expect(best.soft.isEmpty)
        press(&m, .enter)
        #expect(m.writes.outbox == [.scheduleMeeting(best.meeting, force: false)])
        #expect(m.overlay == nil)
        // A cluster whose window holds fewer clean times than asked: the soft time asks, and n goes back to the list.
        m = demoModel()
        press(&m, .char("3"))
        var soft: (row: Int, list: SuggestionList)?
        for row in 0..<m.derived.clusters.count where soft == nil {
            let l = m.suggestionList(m.derived.clusters[row].cluster.id)
            if l.onlySoftRemain { soft = (row, l) }
        }
        let (row, sl) = try #require(soft)
        for _ in 0..<row { press(&m, .down) }
        press(&m, .char("b"), .char("G"))
        guard case .suggestions(let dialog4)? = m.overlay, case let c = dialog4.cursor else { Issue.record("no suggestions"); return }
        #expect(c.selected == sl.suggestions.count - 1)
        press(&m, .enter)
        guard case .confirm(let q)? = m.overlay else { Issue.record("a soft time did not ask"); return }
        #expect(q.question.contains("Bemærk:"))
        press(&m, .char("n"))
        guard case .suggestions(let dialog5)? = m.overlay, case let back = dialog5.cursor else { Issue.record("n did not go back to the list"); return }
        #expect(back.selected == c.selected && m.writes.outbox.isEmpty)
        press(&m, .enter, .char("j"))
        #expect(m.writes.outbox == [.scheduleMeeting(sl.suggestions[c.selected].meeting, force: true)])
    }

    @Test func filtersByKindConsultantOrCluster() {
        var m = demoModel()
        press(&m, .char("5"), .char("f"), .down, .enter)
        #expect(m.calendar.scope == .kind(.cluster))
        #expect(m.calendarMeetings.allSatisfy { $0.kind == .cluster })
        m.calendar.scope = .consultant("ahj")
        #expect(m.calendarMeetings.allSatisfy { $0.consultants.contains("ahj") } && !m.calendarMeetings.isEmpty)
    }
}

@Suite struct NewMeetingTests {
    @Test func aNewMeetingFormChecksAndShowsSoftConflicts() {
        var m = demoModel()
        press(&m, .char("5"))
        m.calendar.day = Day(year: 2026, month: 12, day: 25)!   // juledag
        press(&m, .char("N"))
        guard case .form(let f)? = m.overlay else { Issue.record("no form"); return }
        #expect(f.values[0] == "klyngemøde" && f.values[2] == "25.12.2026")
        typeText(&m, "Nowhere")
        if case .form(let bad)? = m.overlay { #expect(bad.error == "\"Nowhere\" er hverken en klynge eller en skole.") } else { Issue.record("the form closed") }
        for _ in 0..<7 { press(&m, .backspace) }
        typeText(&m, "Sjælland 1")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .scheduleMeeting(let meeting, true) = c.command else { Issue.record("\(String(describing: m.overlay))"); return }
        #expect(c.question.contains("juledag er helligdag"))
        #expect(meeting.clusters.count == 1 && meeting.start == 540 && meeting.end == 690)
    }

    @Test func aWholeRoundIsReviewedScrolledThenBookedAsOneWrite() {
        var m = demoModel()
        press(&m, .char("Y"))
        guard case .plan(let dialog6)? = m.overlay, case let plan = dialog6.plan else { Issue.record("no plan"); return }
        #expect(plan == m.roundPlan(4) && plan.meetings.count >= 19)
        #expect(view(m).text.contains("klyngemøder"))
        #expect(view(m).text.contains("1–"), "the review says where it is")
        press(&m, .char("G"))
        guard case .plan(let dialog7)? = m.overlay, case let end = dialog7.cursor else { Issue.record("no plan"); return }
        #expect(end.selected == plan.meetings.count - 1)
        #expect(view(m).text.contains("af \(plan.meetings.count)"))
        press(&m, .pageUp, .char("g"))
        guard case .plan(let dialog8)? = m.overlay, case let top = dialog8.cursor else { Issue.record("no plan"); return }
        #expect(top.selected == 0)
        press(&m, .enter)
        #expect(m.writes.outbox == plan.meetings.map { .scheduleMeeting($0, force: false) })
    }
}

@Suite struct CompositionTests {
    @Test func suggestedClustersCoverEveryAcceptedSchoolOnceAndAdoptingAsksFirst() {
        let list = demoState.compositions("elevloeft")
        let members = list.flatMap(\.members)
        #expect(Set(members).count == members.count)
        #expect(Set(members) == Set(demoState.participation.filter { $0.key.programme == "elevloeft" && $0.value.status == .accepted }.map(\.key.school)))
        #expect(list.allSatisfy { (3...9).contains($0.members.count) && $0.spanKm < 250 })
        var m = demoModel()
        press(&m, .char("3"), .char("O"))
        guard case .compositions? = m.overlay else { Issue.record("no suggestions"); return }
        let index = list.firstIndex { !$0.moves.isEmpty && $0.cluster != nil }!
        for _ in 0..<index { press(&m, .down) }
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no confirmation"); return }
        #expect(c.commands == list[index].moves.map { .placeSchool(cluster: list[index].cluster!, school: $0) })
        press(&m, .char("j"))
        #expect(m.writes.outbox == c.commands)
    }

    @Test func eachExistingClusterIsOfferedToOneGroupAtMost() {
        for programme in ["elevloeft", "fastholdelse"] {
            let list = demoState.compositions(programme, size: 4)
            let targets = list.compactMap(\.cluster)
            #expect(Set(targets).count == targets.count, "\(programme): \(targets)")
            #expect(!targets.isEmpty)
            // A group keeps the cluster most of its schools are in unless a group with more of them claims it.
            for c in list { if let t = c.cluster { #expect(c.members.contains { demoState.clusterOf[Enrolment(programme, $0)] == t }) } }
        }
        // A group left without a cluster says what to do instead of adopting nothing.
        let list = demoState.compositions("elevloeft", size: 4)
        guard let orphan = list.firstIndex(where: { $0.cluster == nil && !$0.moves.isEmpty }) else { Issue.record("no group without a cluster at size 4"); return }
        var m = demoModel(width: 160, height: 48)
        m.overlay = .compositions(CompositionsDialog(list: list))
        for _ in 0..<orphan { press(&m, .down) }
        #expect(view(m).text.contains("Ny klynge: "))
        press(&m, .enter)
        #expect(m.notice == .compositionNeedsCluster && m.writes.outbox.isEmpty)
        #expect(view(m).text.contains("opret en ny klynge"))
    }
}
