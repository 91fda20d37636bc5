import Domain

/// Danish and English date forms: "torsdag d. 4. marts 2027", "4.3.2027", "uge 10", "kl. 9.30".
extension Catalogue {
    /// The language's name of a weekday (1 Monday … 7 Sunday), full or short ("man", "Mon").
    public func weekday(_ n: Int, short: Bool = false) -> String { (short ? pack.weekdaysShort : pack.weekdays)[(n - 1 + 7) % 7] }

    /// The language's name of a month (1 … 12).
    public func month(_ n: Int) -> String { pack.months[(n - 1 + 12) % 12] }

    /// A date's slots for the language's forms.
    private func dateSlot(_ d: Day, _ c: (year: Int, month: Int, day: Int), _ name: String) -> String {
        switch name {
        case "weekday": return weekday(d.weekday)
        case "wd": return weekday(d.weekday, short: true)
        case "day": return String(c.day)
        case "month": return String(c.month)
        case "monthName": return month(c.month)
        case "year": return String(c.year)
        case "dd": return pad2(c.day)
        case "mm": return pad2(c.month)
        default: return "{" + name + "}"
        }
    }

    private func dateForm(_ key: String, _ d: Day) -> String {
        let c = d.civil
        return pack.format(key) { dateSlot(d, (c.year, c.month, c.day), $0) }
    }

    private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "torsdag d. 4. marts 2027", "Thursday 4 March 2027".
    public func longDate(_ d: Day) -> String { dateForm("longDate", d) }

    /// 4.3.2027 in Danish, 2027-03-04 in English.
    public func shortDate(_ d: Day) -> String { dateForm("shortDate", d) }

    /// "tor 4.3." – compact, for lists; with the year ("tor 4.3.2027", "Thu 4/3/2027") when it is more than half a
    /// year from `today`, as `ls -l` does: in December a meeting on 14 January is «tor 14.1.», one in June of last or
    /// next year carries its year, and no day and month without a year can be read as two dates.
    public func compactDate(_ d: Day, today: Day? = nil) -> String {
        let withYear = today.map { abs(d.ordinal - $0.ordinal) > 182 } == true
        return dateForm(withYear ? "compactDateWithYear" : "compactDate", d)
    }

    public func week(_ d: Day) -> String { self(.weekShort, d.isoWeek.week) }

    /// A date as a person types it: what `Day.parse(_:near:)` reads (4.3.2027, 2027-03-04, 4.3 for the nearest),
    /// or counted from `today`: «+14» or «-3» days, «+2u» weeks («+2w» in English), «i dag», «i morgen», «i går»
    /// («today», «tomorrow», «yesterday»). The dashboard's forms and the command line read dates through this.
    public func day(_ text: String, today: Day) -> Day? {
        if let d = Day.parse(text, near: today) { return d }
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let words: [(SharedText, Int)] = [(.dayToday, 0), (.dayTomorrow, 1), (.dayYesterday, -1)]
        if let (_, n) = words.first(where: { self($0.0).lowercased() == t }) { return today.adding(days: n) }
        guard let sign = t.first, sign == "+" || sign == "-" else { return nil }
        var digits = Substring(t.dropFirst()), unit = 1
        let week = self(.weekLetter).lowercased()
        if !week.isEmpty, digits.hasSuffix(week) { digits = digits.dropLast(week.count); unit = 7 }
        guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
        return today.adding(days: (sign == "+" ? n : -n) * unit)
    }

    /// "tirsdag d. 5. januar 2027 kl. 9.00–11.30".
    public func when(_ d: Day, _ start: Int, _ end: Int? = nil) -> String {
        longDate(d) + " " + self(.atTime, time(start) + (end.map { "–" + time($0) } ?? ""))
    }

    /// A length as a person types it: "2t30m" in Danish, "2h30m" in English, "45m", "3t".
    public func length(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h > 0 ? "\(h)" + self(.hourLetter) : "") + (m > 0 || h == 0 ? "\(m)m" : "")
    }

    /// "9.30" in Danish, "09:30" in English.
    public func time(_ minutes: Int) -> String {
        let h = minutes / 60
        return pack.format("time") { slot in
            switch slot {
            case "h": return String(h)
            case "hh": return pad2(h)
            case "min": return pad2(minutes % 60)
            default: return "{" + slot + "}"
            }
        }
    }

    /// The language's decimal mark and thousands separator.
    public var decimalMark: String { pack.formats["decimalMark"] ?? "." }
    public var thousandsMark: String { pack.formats["thousandsMark"] ?? "," }
}
