import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Time reaches the model as a message: midnight passing moves "today" on the next tick.
@Suite struct ClockTickTests {
    @Test func midnightMovesTodayOnTheNextTick() {
        var m = demoModel()
        #expect(m.today == fixedToday && m.calendar.day == fixedToday)
        let before = view(m).text
        update(&m, .tick(Copenhagen.timestamp(fixedToday, minutes: 23 * 60 + 59)))
        #expect(m.today == fixedToday)
        let tomorrow = fixedToday.adding(days: 1)
        update(&m, .tick(Copenhagen.timestamp(tomorrow, minutes: 0)))
        #expect(m.today == tomorrow && m.clock.today == tomorrow && m.calendar.day == tomorrow)
        let after = view(m).text
        #expect(before.contains("uge 47") && after.contains("uge 48"))
    }

    @Test func whileTravellingTheShownDayStays() {
        var m = demoModel()
        press(&m, .char(","))
        let shown = m.today
        #expect(m.isHistorical && shown == fixedToday.adding(days: -1))
        update(&m, .tick(Copenhagen.timestamp(fixedToday.adding(days: 1), minutes: 1)))
        #expect(m.today == shown && m.clock.today == fixedToday.adding(days: 1))
        press(&m, .char("="))
        #expect(m.today == fixedToday.adding(days: 1) && !m.isHistorical)
    }

    @Test func aRefusalIsDecidedAtTheTickedTime() {
        var m = demoModel()
        // A contact dated tomorrow is in the future now, and fine once tomorrow has come.
        let school = demoState.caseload.first { $0.value == "ahj" }!.key
        let command = Command.recordContact(Contact(programme: school.programme, school: school.school, date: fixedToday.adding(days: 1),
                                                    form: .phone, summary: "x"))
        #expect(m.refusal(command) != nil)
        update(&m, .tick(Copenhagen.timestamp(fixedToday.adding(days: 1), minutes: 600)))
        #expect(m.refusal(command) == nil)
    }
}
