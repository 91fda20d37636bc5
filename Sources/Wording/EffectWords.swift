import Domain
import Effects

/// How effect estimates are worded: always as a difference in development with its interval, in the indicator's
/// direction, never as "effect" alone.
extension Catalogue {
    public func verdict(_ v: EffectVerdict) -> String {
        switch v {
        case .better: return self(.effectBetter)
        case .worse: return self(.effectWorse)
        case .cannotTell: return self(.effectCannotTell)
        }
    }

    /// "-8,2 (-12,1 til -4,3)": an estimate and its interval, in the indicator's decimals (one at least).
    public func effectFigure(_ att: Double, low: Double, high: Double, _ d: IndicatorDefinition) -> String {
        guard att.isFinite else { return "–" }
        guard low.isFinite, high.isFinite else { return value(att, d, signed: true) }
        return self(.effectFigure, value(att, d, signed: true), value(low, d, signed: true), value(high, d, signed: true))
    }

    public func effectFigure(_ a: Aggregate, critical: Double = Normal.z975, _ d: IndicatorDefinition) -> String {
        effectFigure(a.att, low: a.att - critical * a.se, high: a.att + critical * a.se, d)
    }

    public func effectFigure(_ p: AggregatePoint, critical: Double, _ d: IndicatorDefinition) -> String {
        effectFigure(p.att, low: p.att - critical * p.se, high: p.att + critical * p.se, d)
    }

    public func effectN(_ e: EffectEstimate) -> String { self(.effectN, grouped(e.treated), grouped(e.comparison)) }

    /// "Turboforløb · Andel under 4 i dansk (%, lavere er bedre)".
    public func effectHeading(_ c: EffectCell) -> String {
        self(.effectHeading, c.kind.name, name(c.indicator), name(c.indicator.unit), name(c.indicator.better))
    }

    /// The sentence a reader can quote: the difference, its interval, its reading and its n.
    public func effectSentence(_ c: EffectCell) -> String? {
        guard let e = c.estimate, let i = e.interval else { return nil }
        let d = c.indicator
        return self(.effectSentence, value(e.overall.att, d, signed: true), differenceUnit(d), value(i.lowerBound, d, signed: true),
                    value(i.upperBound, d, signed: true), verdict(c.verdict), grouped(e.treated), grouped(e.comparison))
    }

    /// Why a cell has no estimate.
    public func effectMissing(_ c: EffectCell) -> String {
        if let p = c.panelProblem { return panelProblem(p) }
        switch c.problem {
        case .noComparisonUnits?: return self(.effectNoComparisonSchools)
        default: return self(.effectNoStarted)
        }
    }

    public func panelProblem(_ p: PanelProblem) -> String {
        switch p {
        case .tooFewPeriods(let n): return self(.effectPanelTooFew, String(n))
        case .groupDiffers(let id, let a, let b): return self(.effectPanelGroupDiffers, id, String(a), String(b))
        case .repeated(let id, let t): return self(.effectPanelRepeated, id, String(t))
        case .notFinite(let id, let t): return self(.effectPanelNotFinite, id, String(t))
        case .noCompleteUnit: return self(.effectPanelNoComplete)
        case .outOfRange(let id, let v): return self(.effectPanelOutOfRange, id, String(v), grouped(Panel.periodLimit))
        }
    }

    public func effectOptions(_ o: EstimateOptions) -> String {
        self(.effectOptions, self(o.comparison == .never ? .effectControlNever : .effectControlNotYet),
             self(o.base == .varying ? .effectBaseVarying : .effectBaseUniversal), grouped(o.repetitions))
    }

    /// A group (its first year) as the indicator's periods are spelled: "2025/26".
    public func startYear(_ g: Int, _ d: IndicatorDefinition?) -> String {
        d?.periodKind == .schoolYear ? period(.schoolYear(g)) : String(g)
    }

    public func preTest(_ e: EffectEstimate) -> String {
        guard let t = e.preTest else { return self(.effectWarnNoPreTest) }
        return self(.effectPreTest, pValue(t.pValue), String(t.degreesOfFreedom))
    }

    public func pValue(_ p: Double) -> String {
        func three(_ x: Double) -> String { value(Fixed(rounding: x), decimals: 3) }
        return p < 0.001 ? "< " + three(0.001) : three(p)
    }

    public func minimumDetectable(_ e: EffectEstimate, _ d: IndicatorDefinition) -> String? {
        e.minimumDetectable.map { self(.effectMDE, value($0, d) + " " + differenceUnit(d)) }
    }

    /// The unit of a difference: a difference of shares is in percentage points.
    public func differenceUnit(_ d: IndicatorDefinition) -> String {
        d.unit == .percent ? self(.unitPercentagePoints) : name(d.unit)
    }

    /// "5 af de 12 skoler startede også Peer learning samme skoleår: forskellen kan skyldes begge".
    public func coIntervention(_ c: CoIntervention, of started: Int) -> String {
        self(.effectWarnAlsoStarted, grouped(c.schools), grouped(started), c.kind.name)
    }

    /// Every warning of a cell, worded: the estimate's, then the other kinds its schools started alongside.
    public func warnings(_ c: EffectCell, names: (String) -> String) -> [String] {
        (c.estimate?.warnings ?? []).map { warning($0, c.indicator, names: names) }
            + c.panel.alsoStarted.map { coIntervention($0, of: c.panel.started) }
    }

    public func warning(_ w: EffectWarning, _ d: IndicatorDefinition?, names: (String) -> String = { $0 }) -> String {
        func years(_ gs: [Int]) -> String { list(gs.map { startYear($0, d) }) }
        func schools(_ ids: [String]) -> String {
            let all = ids.map(names)
            return all.count <= 5 ? list(all) : list(Array(all.prefix(4)) + [self(.othersCount, grouped(all.count - 4))])
        }
        switch w {
        case .incompleteUnits(let ids): return self(.effectWarnIncomplete, grouped(ids.count), schools(ids))
        case .treatedFromStart(let ids): return self(.effectWarnFromStart, grouped(ids.count), schools(ids))
        case .smallGroup(let g, let n): return self(.effectWarnSmallGroup, startYear(g, d), grouped(n))
        case .noNeverTreated(let g): return self(.effectWarnNoNever, startYear(g, d))
        case .fewPrePeriods(let gs): return self(.effectWarnFewPre, years(gs))
        case .noPreTest: return self(.effectWarnNoPreTest)
        case .preTrend(let p): return self(.effectWarnPreTrend, pValue(p))
        case .weakPreTest(let gs): return self(.effectWarnWeakPreTest, years(gs))
        case .noComparison(let cells): return self(.effectWarnNoComparison, grouped(cells.count))
        }
    }
}
