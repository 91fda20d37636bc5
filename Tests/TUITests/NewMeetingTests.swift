import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

@Suite struct NewMeetingTests {
    @Test func aNewMeetingFormChecksAndShowsSoftConflicts() {
        var m = demoModel()
        press(&m, .char("5"))
        m.calendar.day = Day(year: 2026, month: 12, day: 25)!   // juledag
        press(&m, .char("N"))
        guard case .form(let f)? = m.overlay else { Issue.record("no form"); return }
        #expect(f.values[0] == "klyngemøde" && f.values[2] == "25.12.2026")
        typeText(&m, "Nowhere")
        if case .form(let bad)? = m.overlay { #expect(bad.error == m.text(.formBadWho, "Nowhere")) } else { Issue.record("the form closed") }
        for _ in 0..<7 { press(&m, .backspace) }
        typeText(&m, "Sjælland 1")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .scheduleMeeting(let meeting, true) = c.command else { Issue.record("\(String(describing: m.overlay))"); return }
        #expect(c.question.contains(m.text(.cfHoliday, m.text.name(Holiday.juledag))))
        #expect(meeting.clusters.count == 1 && meeting.start == 540 && meeting.end == 690)
    }

    @Test func aWholeRoundIsReviewedScrolledThenBookedAsOneWrite() {
        var m = demoModel()
        press(&m, .char("Y"))
        guard case .plan(let dialog6)? = m.overlay, case let plan = dialog6.plan else { Issue.record("no plan"); return }
        #expect(plan == m.roundPlan(4) && plan.meetings.count >= 19)
        #expect(view(m).text.contains(m.text(.planTitle, plan.meetings.count)))
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
