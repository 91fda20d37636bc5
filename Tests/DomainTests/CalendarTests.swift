import Testing
@testable import Domain

@Suite struct CalendarTests {
    @Test func impossibleDatesAreRefused() {
        #expect(Day(year: 2027, month: 2, day: 30) == nil)
        #expect(Day.parse("30.2.2027") == nil)
        #expect(Day.parse("2027-13-01") == nil)
        #expect(Day.parse("29.2.2028") == Day(year: 2028, month: 2, day: 29))
        #expect(Day.parse("4.3.2027")?.iso == "2027-03-04")
    }

    @Test func aDateWithoutItsYearIsTheNearestOne() {
        let december = Day(year: 2026, month: 12, day: 4)!, january = Day(year: 2027, month: 1, day: 10)!
        #expect(Day.parse("18.12", near: december)?.iso == "2026-12-18")
        #expect(Day.parse("25.3", near: december)?.iso == "2027-03-25")
        #expect(Day.parse("18.12.", near: january)?.iso == "2026-12-18")
        #expect(Day.parse("1.6", near: december)?.iso == "2027-06-01" || Day.parse("1.6", near: december)?.iso == "2026-06-01")
        // 29.2 is the nearest year that has one; a day no year has is refused, as is a date without a year when
        // nothing says which year is near.
        #expect(Day.parse("29.2", near: Day(year: 2027, month: 12, day: 1)!)?.iso == "2028-02-29")
        #expect(Day.parse("30.2", near: december) == nil && Day.parse("18.12", near: nil) == nil && Day.parse("18", near: december) == nil)
        #expect(Day.parse("4.3.2027", near: december)?.iso == "2027-03-04")
    }

    @Test func isoWeeksFollowTheFirstThursday() {
        #expect(Day(year: 2027, month: 3, day: 4)!.isoWeek.week == 9)
        #expect(Day(year: 2026, month: 11, day: 22)!.isoWeek.week == 47)
        #expect(Day(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(Day(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
        #expect(Day(year: 2026, month: 11, day: 22)!.weekday == 7)
    }

    @Test func civilRoundTrip() {
        for ordinal in stride(from: -1000, to: 40000, by: 37) {
            let d = Day(ordinal: ordinal)
            #expect(Day(year: d.year, month: d.month, day: d.day) == d)
        }
    }

    @Test func easterAndStoreBededag() {
        #expect(Holiday.easterSunday(2024).iso == "2024-03-31")
        #expect(Holiday.easterSunday(2025).iso == "2025-04-20")
        #expect(Holiday.easterSunday(2027).iso == "2027-03-28")
        #expect(Holiday.on(Day(year: 2023, month: 5, day: 5)!) == .storeBededag)
        #expect(Holiday.on(Day(year: 2024, month: 4, day: 26)!) == nil)
        #expect(Holiday.on(Day(year: 2026, month: 5, day: 14)!) == .kristiHimmelfartsdag)
    }

    @Test func timestampsRoundTripAndDanishDays() {
        let t = Timestamp.parse("2026-11-22T23:30:00.250Z")!
        #expect(t.iso == "2026-11-22T23:30:00.250Z")
        #expect(t.danishDay.iso == "2026-11-23")          // CET, UTC+1
        let summer = Timestamp.parse("2026-06-30T22:30:00Z")!
        #expect(summer.danishDay.iso == "2026-07-01")     // CEST, UTC+2
        #expect(Copenhagen.local(Timestamp.parse("2026-06-30T21:30:00Z")!).minutes == 23 * 60 + 30)
        #expect(Timestamp.parse("2026-02-30T00:00:00Z") == nil)
    }

    @Test func clockTimes() {
        #expect(ClockTime.parse("9.30") == 570)
        #expect(ClockTime.parse("09:30") == 570)
        #expect(ClockTime.parse("24.00") == 1440)
        #expect(ClockTime.parse("9.3") == nil)
        #expect(ClockTime.parse("25") == nil)
        #expect(ClockTime.danish(570) == "9.30")
    }
}

@Suite struct QuantityTests {
    @Test func lengthsAndShares() {
        #expect(Quantities.minutes("+2t30m") == 150 && Quantities.minutes("2t") == 120 && Quantities.minutes("45m") == 45)
        #expect(Quantities.minutes("1:30") == 90 && Quantities.minutes("90") == 90)
        #expect(Quantities.minutes("2x") == nil && Quantities.minutes("0") == nil && Quantities.minutes("t") == nil)
        #expect(Quantities.hundredths("12,5") == 1250 && Quantities.hundredths("12.55 %") == 1255 && Quantities.hundredths("100") == 10_000)
        #expect(Quantities.hundredths("-1") == -100 && Quantities.hundredths("12,x") == nil && Quantities.hundredths("1,234") == nil)
    }
}
