/// Danish public holidays (helligdage).
public enum Holiday: String, CaseIterable, Sendable {
    case nytaarsdag, skaertorsdag, langfredag, paaskedag, andenPaaskedag, storeBededag
    case kristiHimmelfartsdag, pinsedag, andenPinsedag, juledag, andenJuledag

    /// The holidays of a year, in date order.
    public static func all(in year: Int) -> [(day: Day, holiday: Holiday)] {
        let easter = easterSunday(year)
        var list: [(Day, Holiday)] = [
            (Day(year: year, month: 1, day: 1)!, .nytaarsdag),
            (easter.adding(days: -3), .skaertorsdag),
            (easter.adding(days: -2), .langfredag),
            (easter, .paaskedag),
            (easter.adding(days: 1), .andenPaaskedag),
        ]
        if year <= 2023 { list.append((easter.adding(days: 26), .storeBededag)) }
        list += [
            (easter.adding(days: 39), .kristiHimmelfartsdag),
            (easter.adding(days: 49), .pinsedag),
            (easter.adding(days: 50), .andenPinsedag),
            (Day(year: year, month: 12, day: 25)!, .juledag),
            (Day(year: year, month: 12, day: 26)!, .andenJuledag),
        ]
        return list.map { (day: $0.0, holiday: $0.1) }
    }

    public static func on(_ day: Day) -> Holiday? {
        all(in: day.year).first { $0.day == day }?.holiday
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ y: Int) -> Day {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: y, month: month, day: day)!
    }
}
