import Testing
@testable import Domain

/// The one clock, local times across DST, and the school year's planning window.
@Suite struct ClockTests {
    @Test func aPinnedClockKeepsTheRealTimeOfDayOnItsDay() {
        let real = Timestamp.parse("2026-12-02T13:45:12.345Z")!   // 14.45 in Denmark
        let clock = Clock(pinnedDay: Day.parse("2027-07-15")!, system: { real })
        #expect(clock.today == Day.parse("2027-07-15"))
        #expect(Copenhagen.local(clock.now()).minutes == 14 * 60 + 45)
        #expect(clock.now().milliseconds % 60_000 == 12_345)
        #expect(Clock(system: { real }).now() == real)
        #expect(Clock.fixed(real).today == Day.parse("2026-12-02"))
    }

    @Test func everyLocalMinuteOfBothDSTDaysLandsOnItsDay() {
        for iso in ["2027-03-28", "2027-10-31", "2026-03-29", "2026-10-25"] {
            let day = Day.parseISO(iso)!
            for minute in 0..<1440 {
                let t = Copenhagen.timestamp(day, minutes: minute)
                let local = Copenhagen.local(t)
                #expect(local.day == day, "\(iso) \(minute)")
                // Only the hour skipped in spring moves (to the hour after).
                if !(iso.hasSuffix("03-28") || iso.hasSuffix("03-29")) || !(120..<180).contains(minute) {
                    #expect(local.minutes == minute, "\(iso) \(minute)")
                }
            }
        }
        // Summer time: 9.00 is 7.00 UTC; winter time: 8.00 UTC.
        #expect(Copenhagen.timestamp(Day.parseISO("2027-03-30")!, minutes: 540).iso == "2027-03-30T07:00:00.000Z")
        #expect(Copenhagen.timestamp(Day.parseISO("2027-11-01")!, minutes: 540).iso == "2027-11-01T08:00:00.000Z")
    }

    @Test func thePlanningWindowRollsOverToTheNextSchoolYear() {
        func window(_ iso: String) -> String {
            let w = SchoolYear.planningWindow(after: Day.parseISO(iso)!)
            return w.lowerBound.iso + "…" + w.upperBound.iso
        }
        #expect(window("2026-12-02") == "2026-12-03…2027-06-25")
        #expect(window("2027-05-20") == "2027-05-21…2027-06-25")
        // Less than four weeks left, the summer holiday, and the school year's first day: the next school year.
        #expect(window("2027-06-01") == "2027-08-11…2028-06-23")
        #expect(window("2027-07-31") == "2027-08-11…2028-06-23")
        #expect(window("2027-08-01") == "2027-08-11…2028-06-23")
        #expect(window("2027-08-20") == "2027-08-21…2028-06-23")
        #expect(SchoolYear(containing: Day.parseISO("2027-07-31")!).startYear == 2026)
        #expect(SchoolYear(containing: Day.parseISO("2027-08-01")!).startYear == 2027)
        #expect(SchoolYear(startYear: 2028).firstTeachingDay.iso == "2028-08-11")
        #expect(SchoolYear(startYear: 2029).firstTeachingDay.iso == "2029-08-13")   // 11.8.2029 is a Saturday
    }
}
