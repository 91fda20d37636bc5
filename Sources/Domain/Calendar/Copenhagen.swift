/// Europe/Copenhagen local time: CET (UTC+1), and CEST (UTC+2) from the last Sunday
/// of March 01:00 UTC to the last Sunday of October 01:00 UTC.
public enum Copenhagen {
    public struct LocalTime: Sendable, Equatable {
        public let day: Day
        public let minutes: Int
    }

    public static func offsetMinutes(at t: Timestamp) -> Int {
        let year = t.utcDay.year
        let start = Timestamp(day: lastSunday(month: 3, year: year), minutes: 60)
        let end = Timestamp(day: lastSunday(month: 10, year: year), minutes: 60)
        return (t >= start && t < end) ? 120 : 60
    }

    public static func local(_ t: Timestamp) -> LocalTime {
        let shifted = t.milliseconds + Int64(offsetMinutes(at: t)) * 60_000
        let dayOrdinal = Int(shifted.floorDiv(86_400_000))
        let minutes = Int((shifted - Int64(dayOrdinal) * 86_400_000) / 60_000)
        return LocalTime(day: Day(ordinal: dayOrdinal), minutes: minutes)
    }

    /// The moment a Danish local time names. In the hour skipped in spring the earlier offset applies; in the
    /// hour repeated in autumn, the first of the two.
    public static func timestamp(_ day: Day, minutes: Int) -> Timestamp {
        let wall = Int64(day.ordinal) * 86_400_000 + Int64(minutes) * 60_000
        for offset in [120, 60] {
            let t = Timestamp(milliseconds: wall - Int64(offset) * 60_000)
            if offsetMinutes(at: t) == offset { return t }
        }
        return Timestamp(milliseconds: wall - 60 * 60_000)
    }

    static func lastSunday(month: Int, year: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        return last.adding(days: -(last.weekday % 7))
    }
}
