/// The Danish school year: from 1 August to 31 July, taught from after the summer holiday until the
/// Friday before it begins again (the last Saturday of June).
public struct SchoolYear: Sendable, Equatable {
    /// The calendar year the school year begins in: 2026 for 2026/27.
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The school year a day belongs to.
    public init(containing d: Day) { startYear = d.month >= 8 ? d.year : d.year - 1 }

    public var first: Day { Day(year: startYear, month: 8, day: 1)! }
    public var last: Day { Day(year: startYear + 1, month: 7, day: 31)! }
    public var next: SchoolYear { SchoolYear(startYear: startYear + 1) }

    /// The first weekday after the summer holiday (which ends on 10 August).
    public var firstTeachingDay: Day {
        var d = Day(year: startYear, month: 8, day: 11)!
        while d.weekday > 5 { d = d.adding(days: 1) }
        return d
    }

    /// The Friday before the summer holiday, which begins on the last Saturday of June.
    public var lastTeachingDay: Day {
        let june30 = Day(year: startYear + 1, month: 6, day: 30)!
        return june30.adding(days: -((june30.weekday + 1) % 7) - 1)
    }

    /// Where "the rest of the school year" lies, seen from `today`: from tomorrow to the last teaching day;
    /// with less than four weeks of teaching left (or in the summer holiday), the whole next school year.
    public static func planningWindow(after today: Day) -> ClosedRange<Day> {
        let tomorrow = today.adding(days: 1)
        let year = SchoolYear(containing: tomorrow)
        if tomorrow.adding(days: 28) <= year.lastTeachingDay { return max(tomorrow, year.firstTeachingDay)...year.lastTeachingDay }
        let next = year.next
        return next.firstTeachingDay...next.lastTeachingDay
    }
}
