import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

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
        var m = legacyDemoModel()
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

    /// Where the programme has defined its indicators, `E` records a value of one of them for a period, by name.
    @Test func aMeasurementIsRecordedForAnIndicatorByName() {
        var m = demoModel()
        press(&m, .char("2"))
        let school = m.selectedSchool!
        press(&m, .char("E"))
        guard case .form(let f)? = m.overlay else { Issue.record("no form"); return }
        #expect(f.values[0] == "Andel under 4 i dansk" && f.values[1] == "2025/26")
        // The demo has a value for the last school year already: refused, in words, before anything is written.
        typeText(&m, "12,5")
        press(&m, .enter)
        #expect(m.writes.outbox.isEmpty)
        if case .form(let e)? = m.overlay { #expect(e.error?.contains("har allerede værdien") == true, "\(e.error ?? "")") } else { Issue.record("the form closed") }
        // Another indicator, chosen among the names, and a school year not yet recorded.
        m.overlay = nil
        press(&m, .char("E"), .backTab, .backTab, .right)
        guard case .form(let g)? = m.overlay else { Issue.record("no form"); return }
        #expect(g.values[0] == "Andel under 4 i matematik")
        press(&m, .tab)
        for _ in 0..<7 { press(&m, .backspace) }
        typeText(&m, "2027/28")
        press(&m, .tab)
        typeText(&m, "9,5")
        press(&m, .enter)
        if case .form(let e)? = m.overlay { #expect(e.error == "Perioden 2027/28 er ikke begyndt endnu.", "\(e.error ?? "")") } else { Issue.record("the form closed") }
        m.overlay = nil
        press(&m, .char("E"), .backTab, .backTab, .right, .tab)
        for _ in 0..<7 { press(&m, .backspace) }
        typeText(&m, "2017/18")
        press(&m, .tab)
        typeText(&m, "9,5")
        press(&m, .tab)
        typeText(&m, "31")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .recordMeasurement(let v) = c.command else { Issue.record("no confirmation: \(String(describing: m.overlay))"); return }
        #expect(v == Measurement(programme: "elevloeft", indicator: "matematik-under-4", school: school, period: .schoolYear(2017), value: Fixed.parse("9.5")!, pupils: 31))
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
        press(&m, .enter)
        // The question says the rating and the meeting (it said «Gem: Vurdér klyngemøde …?»).
        if case .confirm(let c)? = m.overlay, let meeting = m.selectedMeeting {
            #expect(c.question == "Gem vurderingen 4 af 5 for klyngemøde \(m.text.compactDate(meeting.day, today: m.today))?", "\(c.question)")
        } else { Issue.record("no question") }
        press(&m, .char("j"))
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
