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
        let moved = m.derived.caseload.shown.firstIndex { $0.school == before }
        #expect(moved == m.caseload.cursor.selected && moved != nil)
        if moved != row { #expect(m.derived.caseload.shown[row].school != before) }
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
        // Said while typing: a follow-up needs its due date; who may stay empty (then it is the writer's).
        #expect(half.error == "Feltet \"Frist\" må ikke være tomt.")
        press(&m, .tab)
        typeText(&m, "skoleleder")
        press(&m, .tab)
        typeText(&m, "30.2.2027")
        guard case .form(let bad)? = m.overlay else { Issue.record("form closed"); return }
        #expect(bad.error == "\"30.2.2027\" er ikke en dato, der findes: skriv fx 4.3.2027, 4.3 for den nærmeste 4. marts, eller +14 for om 14 dage.")
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
        #expect(followUps[0].who == "skoleleder" && c.question.hasSuffix(" og 1 opfølgning (skoleleder, frist fre 4.12.)?"),
                "\(c.question)")
        press(&m, .char("j"))
        #expect(m.writes.outbox == [c.command])
        form = m.contactForm(for: "101001")
        #expect(form.fields.filter(\.optional).map(\.id) == [.participants, .followUp, .who, .due])
    }

    /// A follow-up whose «Ansvarlig» is left empty is the writer's, as `tavle contact add --follow-up "WHAT;DUE"`
    /// makes it (the form refused it: «Feltet "Ansvarlig" må ikke være tomt»); the question says so before saving.
    @Test(arguments: [Language.da, .en]) func aFollowUpWithNoOneNamedIsTheWriters(language: Language) {
        var m = demoModel(language: language, user: "ahj")
        press(&m, .char("6"), .char("K"), .tab, .tab, .tab)
        typeText(&m, "Status")
        press(&m, .tab)
        typeText(&m, "Sende planen")
        press(&m, .tab, .tab)
        typeText(&m, "+5")   // counted from today
        // The empty «Ansvarlig» says whose the follow-up will be.
        #expect(view(m).text.contains(m.text(.formWhoDefault, "Anne J.")), "\(view(m).text)")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .recordContact(_, let followUps) = c.command else {
            Issue.record("no confirmation: \(String(describing: m.overlay))"); return
        }
        #expect(followUps.map(\.who) == ["ahj"])
        let due = m.text.compactDate(fixedToday.adding(days: 5), today: fixedToday)
        #expect(c.question.contains(m.text(.confirmFollowUps, "Anne J.", due)), "\(c.question)")
        #expect(!c.question.contains("ahj"), "names, not handles: \(c.question)")
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
        let kind = m.derived.matrix.kinds[0].id
        guard let row = m.matrixRows.firstIndex(where: {
            m.derived.schools.status(m.derived.schools.rows[$0].institution, kind) == .started && m.derived.schools.rows[$0].participation == .accepted
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
        let now = m.derived.overview.participationCounts
        press(&m, .char(","))
        #expect(m.isHistorical && m.today == fixedToday.adding(days: -1))
        #expect(view(m).text.contains(m.text(.historical, m.text.longDate(m.today))))
        press(&m, .char("<"))
        #expect(m.today == fixedToday.adding(days: -8))
        #expect(m.state.lastAt.map { Copenhagen.local($0).day <= fixedToday.adding(days: -8) } ?? true)
        m.travel(toEndOf: Day(year: 2025, month: 3, day: 1)!)   // before the offers went out
        #expect((m.derived.overview.participationCounts[.accepted] ?? 0) == 0)
        #expect(m.state.programmes["elevloeft"] != nil)
        press(&m, .char("="))
        #expect(!m.isHistorical && m.today == fixedToday && m.derived.overview.participationCounts == now)
        press(&m, .char(">"))
        #expect(!m.isHistorical)   // the future is not a place
    }

    @Test func timeTravelToAChosenEvent() {
        var m = demoModel()
        press(&m, .char("7"), .down, .down, .down)
        let chosen = m.events[m.history.visible[m.history.cursor.selected]]
        press(&m, .char("T"))
        #expect(m.isHistorical && m.state.lastSeq == chosen.seq)
        #expect(m.state.shown == NetworkState.replayForLookingBack(demoEvents.prefix(chosen.seq), undone: NetworkState.undoneSeqs(in: demoEvents)).shown)
    }

    /// A step forward in the past applies only the events in between; the screen is the one travelling straight
    /// there shows, and news from the log (the same history and more) leaves the past shown as it is.
    @Test func steppingForwardInThePastShowsWhatTravellingThereShows() {
        var m = demoModel()
        press(&m, .char("<"), .char("<"), .char(","), .char("."))
        #expect(m.today == fixedToday.adding(days: -14))
        var direct = demoModel()
        direct.travel(toEndOf: m.today)
        #expect(m.state == direct.state && m.state.lastSeq < demoState.lastSeq)
        for key in "123456789" {
            press(&m, .char(key)); press(&direct, .char(key))
            #expect(view(m).text == view(direct).text, "screen \(key)")
        }
        m.setState(demoState, events: demoEvents)
        #expect(m.state == direct.state && m.isHistorical)
    }

    /// While looking at the past, someone undoes a record from before it; travelling on to that undo shows it undone.
    @Test func anUndoArrivingWhileInThePastIsShownWhenTravelledTo() throws {
        let (actor, stack) = try #require(demoState.undoStacks.filter { !$0.value.isEmpty }.min { $0.value.last!.seq < $1.value.last!.seq })
        let undone = stack.last!.seq
        var m = demoModel()
        m.travel(to: undone)
        let last = demoEvents.last!
        let undo = Recorded(seq: last.seq + 1, at: last.at, actor: actor, event: .undone(seq: undone))
        let events = demoEvents + [undo]
        m.setState(evolve(demoState, undo), events: events)
        m.travel(to: undo.seq)
        #expect(m.state.shown == NetworkState.replayForLookingBack(events, undone: NetworkState.undoneSeqs(in: events)).shown)
        #expect(m.state.lastSeq == undo.seq && NetworkState.undoneSeqs(in: events).contains(undone))
    }

    @Test func schoolPageShowsContactsFollowUpsAndEvaluation() {
        var m = demoModel(width: 120, height: 80)
        let school = demoState.contacts.values.first!.school
        m.page = SchoolPageState(school)
        let text = view(m).text
        #expect(text.contains(m.text(.pageContacts)))
        #expect(text.contains(demoState.contacts.values.first!.summary))
        // Each indicator by its name, never its id, with its values, baseline, improvement and normal variation.
        #expect(text.contains(m.text(.pageIndicators)) && text.contains("Andel under 4 i dansk") && !text.contains("dansk-under-4"))
        #expect(text.contains(" %") && text.contains("Baseline ") && text.contains("Normal variation før programmet"))
    }

    /// The page is worked out once, not per key, and again when what it shows changes: a record written while it is
    /// open, a wider screen, the other language.
    @Test func schoolPageIsWorkedOutAgainWhenWhatItShowsChanges() throws {
        var m = demoModel(width: 120, height: 80)
        let school = demoState.contacts.values.first!.school
        press(&m, .char("2"))
        m.page = SchoolPageState(school)
        update(&m, .tick(m.clock.now))
        let before = try #require(m.page?.cache)
        press(&m, .char("j"))
        #expect(m.page?.cache?.key == before.key && m.page?.scroll == 1)
        var state = m.state
        let contact = Contact(programme: m.programme!, school: school, date: m.today, form: .phone, summary: "Ringede om læseplanen", by: "mfr")
        let records = try decideBatch([.recordContact(contact, followUps: [])], on: &state, actor: "mfr", now: m.clock.now)
        update(&m, .stateChanged(state, m.events + records))
        #expect(m.page?.cache?.key != before.key && view(m).text.contains("Ringede om læseplanen"))
        update(&m, .resize(width: 160, height: 80))
        #expect(m.page?.cache?.key.width == 156 && view(m).text.contains("Ringede om læseplanen"))
        var english = m
        english.text = Catalogue(.en)
        update(&english, .tick(m.clock.now))
        #expect(english.page?.cache?.key.language == .en && view(english).text.contains(english.text(.pageContacts)))
    }

    @Test func formsAndHistoricalViewRender() {
        var m = demoModel(user: "ahj")
        press(&m, .char("6"), .char("K"))
        expectGolden(view(m), "contact-form-da-80x24")
        m = demoModel(width: 160, height: 48, language: .en)
        m.travel(toEndOf: Day(year: 2026, month: 1, day: 15)!)
        settleAside(&m)
        expectGolden(view(m), "historical-en-160x48")
    }
}

/// A day or a week back, the dashboard rewinds the present instead of replaying the log; what it shows is what
/// the replay shows, on every screen.
@Suite struct RewoundTravelTests {
    @Test func aDayAndAWeekBackShowWhatTheReplayShows() throws {
        var rewinds = 0
        for days in [1, 3, 7] {
            var m = demoModel(width: 160, height: 48)
            m.travel(days: -days)
            let seq = try #require(m.asOfSeq)
            let replayed = NetworkState.replayForLookingBack(demoEvents[..<demoEvents.end(of: seq)], undone: NetworkState.undoneSeqs(in: demoEvents))
            let shown = m.state.shown == replayed.shown
            #expect(shown, "\(days) days back")
            #expect(m.state.lastSeq == replayed.lastSeq && m.state.lastAt == replayed.lastAt)
            // Rewound, not replayed: the present's undo records came along.
            if m.state.undoStacks == demoState.undoStacks { rewinds += 1 }
            // The same past replayed: a present without undo records cannot be rewound.
            var present = demoState
            present.undoStacks = [:]
            var direct = Model(state: present, events: demoEvents, today: fixedToday, width: 160, height: 48, user: "mfr",
                               logPath: "/data/tavle.log", language: .da)
            direct.travel(days: -days)
            let same = direct.state.shown == replayed.shown
            #expect(same)
            for key in "123456789" {
                press(&m, .char(key)); press(&direct, .char(key))
                #expect(view(m).text == view(direct).text, "\(days) days back, screen \(key)")
            }
        }
        #expect(rewinds >= 2, "the demo's last days were replayed, not rewound")
    }
}
