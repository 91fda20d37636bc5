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
