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

extension Catalogue {
    /// A scorecard group by name: the programme's, a cluster's or region's, or "Sammenligningsskoler".
    public func groupName(_ g: ScoreGroup, in state: NetworkState) -> String {
        switch g.kind {
        case .programme: return state.programmes[g.id]?.name ?? g.id
        case .cluster: return state.clusters[g.id]?.name ?? g.id
        case .region: return Int(g.id).flatMap { Region.byCode[$0]?.name } ?? g.id
        case .comparison: return self(.groupComparison)
        }
    }
}

/// A scorecard's cells as text, the same in the dashboard, on the command line and in the report.
extension Catalogue {
    /// ✓ met, ✗ not met, – no target or nothing to judge by: a mark, never colour alone.
    public func targetMark(_ met: Bool?) -> String { met.map { $0 ? "✓" : "✗" } ?? "–" }

    /// The latest value with its unit.
    public func latest(_ c: ScoreCell, _ d: IndicatorDefinition) -> String { c.latest.map { shown($0.value, d) } ?? "–" }

    /// The baseline mean with how many periods it rests on when more than one: "18,3 (3)".
    public func baseline(_ c: ScoreCell, _ d: IndicatorDefinition, unit: Bool = false) -> String {
        guard let b = c.baseline else { return "–" }
        return (unit ? withUnit(value(b, d), d) : value(b, d)) + (c.baselineValues > 1 ? " (\(c.baselineValues))" : "")
    }

    /// The change from the baseline in the better direction, signed: "+5,8", "-2,0".
    public func improvement(_ c: ScoreCell, _ d: IndicatorDefinition) -> String { c.gain.map { value($0, d, signed: true) } ?? "–" }

    /// The latest year-to-year change against the school's band: "inden for ±6,1".
    public func variation(_ c: ScoreCell, _ d: IndicatorDefinition) -> String {
        guard let band = c.band, let inside = band.inside else { return "–" }
        let half = value(2 * band.sd, d)
        return inside ? self(.scoreInside, half) : self(.scoreOutside, half)
    }

    /// A group's name with its n: "Elevløft (n 103 af 110)".
    public func groupWithN(_ g: ScoreGroup, in state: NetworkState) -> String {
        self(.scoreGroupN, groupName(g, in: state), grouped(g.score.measured), grouped(g.score.schools))
    }

    /// How many of a group's schools meet their target: "61 af 98 ✓", or – when none can be judged.
    public func targetCount(_ g: GroupScore) -> String {
        g.targetKnown == 0 ? "–" : self(.scoreTargetCount, grouped(g.targetMet), grouped(g.targetKnown))
    }

    /// An indicator's heading: its name, unit, direction and baseline periods.
    public func scoreHeading(_ d: IndicatorDefinition) -> String {
        self(.scoreHeading, name(d), name(d.unit), name(d.better), d.baseline.isEmpty ? "–" : d.baseline.map(period).joined(separator: ", "))
    }
}
