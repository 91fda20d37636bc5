/// Typical Danish school holidays. Each municipality decides its own; these are the defaults from the
/// ministry's calendar conventions, with the municipalities that differ listed in `winterWeek`.
public enum SchoolHoliday: String, CaseIterable, Sendable {
    case vinterferie, paaskeferie, sommerferie, efteraarsferie, juleferie
    /// Days schools are closed although they are no public holiday: Grundlovsdag (5 June) and the Friday
    /// after Kristi himmelfartsdag.
    case grundlovsdag, fredagEfterKristiHimmelfart

    /// Municipalities that hold vinterferie in week 8 instead of week 7.
    public static let winterWeek8: Set<Int> = [751, 561, 461, 615, 630, 621, 510, 530, 550, 607]

    /// The school holiday that `day` falls in for a municipality, if any.
    public static func on(_ day: Day, municipality: Int) -> SchoolHoliday? {
        let week = day.isoWeek
        let winter = winterWeek8.contains(municipality) ? 8 : 7
        if week.week == winter, day.weekday <= 5 { return .vinterferie }
        if week.week == 42, day.weekday <= 5 { return .efteraarsferie }
        let (y, m, d) = day.civil
        if (m == 12 && d >= 21) || (m == 1 && d <= 1) { return .juleferie }
        let easter = Holiday.easterSunday(y)
        if day >= easter.adding(days: -8), day <= easter.adding(days: 1) { return .paaskeferie }
        if day == easter.adding(days: 40) { return .fredagEfterKristiHimmelfart }
        if m == 6 && d == 5 { return .grundlovsdag }
        let summerStart = Day(year: y, month: 6, day: 30)!.adding(days: -((Day(year: y, month: 6, day: 30)!.weekday + 1) % 7))
        let summerEnd = Day(year: y, month: 8, day: 10)!
        if day >= summerStart, day <= summerEnd { return .sommerferie }
        return nil
    }
}
