import Domain

/// Danish and English date forms: "torsdag d. 4. marts 2027", "4.3.2027", "uge 10", "kl. 9.30".
extension Catalogue {
    static let weekdaysDa = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    static let weekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthsDa = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
    static let monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    public func longDate(_ d: Day) -> String {
        let c = d.civil
        switch language {
        case .da: return "\(Catalogue.weekdaysDa[d.weekday - 1]) d. \(c.day). \(Catalogue.monthsDa[c.month - 1]) \(c.year)"
        case .en: return "\(Catalogue.weekdaysEn[d.weekday - 1]) \(c.day) \(Catalogue.monthsEn[c.month - 1]) \(c.year)"
        }
    }

    /// 4.3.2027 in Danish, 2027-03-04 in English.
    public func shortDate(_ d: Day) -> String {
        let c = d.civil
        return language == .da ? "\(c.day).\(c.month).\(c.year)" : d.iso
    }

    /// "tor 4.3." – compact, for lists; with the year ("tor 4.3.2027", "Thu 4/3/2027") when it is not the year of
    /// `today`.
    public func compactDate(_ d: Day, today: Day? = nil) -> String {
        let c = d.civil
        let wd = (language == .da ? Catalogue.weekdaysDa : Catalogue.weekdaysEn)[d.weekday - 1].prefix(3)
        let year = today.map { $0.civil.year != c.year } == true ? "\(c.year)" : ""
        return language == .da ? "\(wd) \(c.day).\(c.month).\(year)" : "\(wd) \(c.day)/\(c.month)" + (year.isEmpty ? "" : "/" + year)
    }

    public func week(_ d: Day) -> String { self(.weekShort, d.isoWeek.week) }

    /// "tirsdag d. 5. januar 2027 kl. 9.00–11.30".
    public func when(_ d: Day, _ start: Int, _ end: Int? = nil) -> String {
        longDate(d) + " " + self(.atTime, time(start) + (end.map { "–" + time($0) } ?? ""))
    }

    /// A length as a person types it: "2t30m" in Danish, "2h30m" in English, "45m", "3t".
    public func length(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h > 0 ? "\(h)" + self(.hourLetter) : "") + (m > 0 || h == 0 ? "\(m)m" : "")
    }

    public func time(_ minutes: Int) -> String {
        language == .da ? ClockTime.danish(minutes) : ClockTime.format(minutes)
    }
}
