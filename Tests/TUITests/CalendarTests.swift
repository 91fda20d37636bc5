import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

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
        for row in 0..<m.derived.clusters.all.count where soft == nil {
            let l = m.suggestionList(m.derived.clusters.all[row].cluster.id)
            if l.onlySoftRemain { soft = (row, l) }
        }
        let (row, sl) = try #require(soft)
        for _ in 0..<row { press(&m, .down) }
        press(&m, .char("b"), .char("G"))
        guard case .suggestions(let dialog4)? = m.overlay, case let c = dialog4.cursor else { Issue.record("no suggestions"); return }
        #expect(c.selected == sl.suggestions.count - 1)
        press(&m, .enter)
        guard case .confirm(let q)? = m.overlay else { Issue.record("a soft time did not ask"); return }
        #expect(q.question.contains(m.text(.confirmSoft, "").trimmingCharacters(in: .whitespaces)))
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
