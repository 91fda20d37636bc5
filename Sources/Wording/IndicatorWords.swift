import Domain

/// Indicators, their values and periods as the language says them.
extension Catalogue {
    /// An indicator's name in this language: the one its programme gave in it, a built-in indicator's from the
    /// catalogue, else the name in the standard language or the first given; the id only when it has none.
    public func name(_ d: IndicatorDefinition) -> String {
        if let n = d.name(in: language.rawValue) { return n }
        if d.periodKind == .point, let b = BuiltinIndicator(rawValue: d.id) { return name(b) }
        return d.name(in: Language.standard.rawValue) ?? d.names.first?.text ?? d.id
    }

    /// An indicator of a programme by its name, given the state.
    public func indicatorName(_ programme: ProgrammeID, _ id: String, in state: NetworkState?) -> String {
        state?.indicator(programme, id).map { name($0) } ?? id
    }

    /// A value with the language's decimal mark and exactly `decimals` decimals: "12,5", "7,0".
    public func value(_ v: Fixed, decimals: Int) -> String {
        let r = v.rounded(to: decimals)
        let whole = abs(r.units) / Fixed.scale, frac = abs(r.units) % Fixed.scale
        var s = (r.units < 0 ? "-" : "") + grouped(whole)
        if decimals > 0 {
            var digits = pad(frac, Fixed.maxDecimals)
            digits.removeLast(Fixed.maxDecimals - decimals)
            s += decimalMark + digits
        }
        return s
    }

    /// A mean or a change, rounded to the indicator's decimals (at least one, so a mean of whole counts shows its
    /// fraction).
    public func value(_ v: Double, _ d: IndicatorDefinition, signed: Bool = false) -> String {
        let f = Fixed(rounding: v)
        let text = value(f, decimals: max(1, d.decimals))
        return signed && f.rounded(to: max(1, d.decimals)).units > 0 ? "+" + text : text
    }

    /// A value with its unit where the unit is a sign: "12,5 %", "7,2", "3,1 pr. 100".
    public func shown(_ v: Fixed, _ d: IndicatorDefinition) -> String {
        withUnit(value(v, decimals: d.decimals), d)
    }

    public func withUnit(_ text: String, _ d: IndicatorDefinition) -> String {
        switch d.unit {
        case .percent: return text + " %"
        case .per100Pupils: return self(.valuePerHundred, text)
        case .gradePoints, .count: return text
        }
    }

    /// A period: "2016/17", "2016", a short date, or a measuring point's name.
    public func period(_ p: Period) -> String {
        switch p {
        case .schoolYear, .year: return p.spelled
        case .day(let d): return shortDate(d)
        case .point(let m): return name(m)
        }
    }

    public func name(_ u: IndicatorUnit) -> String {
        switch u {
        case .percent: return self(.unitPercent)
        case .gradePoints: return self(.unitGradePoints)
        case .count: return self(.unitCount)
        case .per100Pupils: return self(.unitPer100Pupils)
        }
    }

    public func name(_ b: Better) -> String { b == .lower ? self(.betterLower) : self(.betterHigher) }

    public func name(_ k: PeriodKind) -> String {
        switch k {
        case .schoolYear: return self(.periodSchoolYear)
        case .year: return self(.periodYear)
        case .date: return self(.periodDate)
        case .point: return self(.periodPoint)
        }
    }

    public func name(_ k: TargetKind) -> String { k == .level ? self(.targetLevel) : self(.targetChange) }
}
