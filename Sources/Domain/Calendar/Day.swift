/// A calendar date with no time zone: the days Danes plan in.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Returns nil for a date that does not exist, such as 30.2.2027.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        ordinal = Day.daysFromCivil(year, month, day)
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    public var civil: (year: Int, month: Int, day: Int) { Day.civilFromDays(ordinal) }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// ISO 8601 week number and its week-year.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let y = thursday.year
        let jan1 = Day(year: y, month: 1, day: 1)!
        return (y, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// yyyy-mm-dd
    public var iso: String {
        let c = civil
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public var description: String { iso }

    /// Parses yyyy-mm-dd and the Danish d.m.yyyy.
    /// Exactly `yyyy-mm-dd`, as the log writes it, read straight from the bytes.
    public static func parseISO(_ text: String) -> Day? {
        var t = text
        return t.withUTF8 { parseISO(bytes: $0) }
    }

    /// `yyyy-mm-dd` from its bytes, without making a string.
    public static func parseISO(bytes b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
        func digits(_ from: Int, _ to: Int) -> Int? {
            var v = 0
            for i in from..<to {
                let c = b[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = digits(0, 4), let m = digits(5, 7), let d = digits(8, 10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// A date as yyyy-mm-dd or d.m.yyyy; with `near`, also d.m or d.m. without the year, in the year that puts
    /// it nearest that day (so "25.3" in December is next March, and "18.12" in January last December).
    public static func parse(_ text: String, near: Day?) -> Day? {
        if let d = parse(text) { return d }
        guard let near else { return nil }
        var p = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        if p.count == 3, p[2].isEmpty { p.removeLast() }
        guard p.count == 2, (1...2).contains(p[0].count), (1...2).contains(p[1].count), let d = Int(p[0]), let m = Int(p[1]) else { return nil }
        let candidates = (near.year - 1...near.year + 1).compactMap { Day(year: $0, month: m, day: d) }
        return candidates.min { abs($0.ordinal - near.ordinal) < abs($1.ordinal - near.ordinal) }
    }

    public static func parse(_ text: String) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.contains("-") {
            let p = t.split(separator: "-", omittingEmptySubsequences: false)
            guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
            return Day(year: y, month: m, day: d)
        }
        let p = t.split(separator: ".", omittingEmptySubsequences: false)
        guard p.count == 3, p[2].count == 4, let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's algorithms.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// `n` with leading zeros to `width` digits: institution numbers, ids, dates.
public func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
