import Domain
import Effects
import Wording

/// An effect estimate as `tavle effect --json` prints it (schemas/effect.schema.json). Figures that are not defined
/// (a universal base year's own cell, a standard error of one unit) are null.
struct EffectJSON: Encodable {
    struct Named: Encodable { let id: String, name: String }
    struct IndicatorPart: Encodable { let id: String, name: String, unit: String, better: String, period: String }
    struct Options: Encodable { let control: String, base: String, reps: Int, seed: String }
    struct Pool: Encodable { let started: Int, programmeComparison: Int, registerComparison: Int }
    struct Figure: Encodable { let att: OrNull<Double>, se: OrNull<Double>, low: OrNull<Double>, high: OrNull<Double> }
    struct Point: Encodable { let key: Int, att: OrNull<Double>, se: OrNull<Double>, low: OrNull<Double>, high: OrNull<Double>, treated: Int }
    struct Series: Encodable { let critical: Double, overall: Figure, points: [Point] }
    struct Cell: Encodable {
        let group: Int, period: Int, base: Int, att: OrNull<Double>, se: OrNull<Double>, treated: Int, comparison: Int
    }
    struct PreTest: Encodable { let statistic: Double, degreesOfFreedom: Int, pValue: Double }
    struct Warning: Encodable { let kind: String, text: String }
    struct Estimate: Encodable {
        let units: Int, treated: Int, comparison: Int, periods: [Int], groups: [Int]
        let overall: Figure, simple: Figure, dynamic: Series, group: Series, calendar: Series
        let cells: [Cell], cellCritical: Double, preTest: OrNull<PreTest>, minimumDetectable: OrNull<Double>
        let warnings: [Warning]
    }
    let kind: OrNull<Named>, indicator: OrNull<IndicatorPart>, options: Options, pool: OrNull<Pool>
    let estimate: OrNull<Estimate>, problem: OrNull<String>, verdict: String, sentence: OrNull<String>

    static func number(_ x: Double) -> Double? { x.isFinite ? (x * 1e10).rounded() / 1e10 : nil }

    static func figure(_ att: Double, _ se: Double, critical: Double) -> Figure {
        let ok = att.isFinite && se.isFinite
        return Figure(att: OrNull(number(att)), se: OrNull(number(se)), low: OrNull(ok ? number(att - critical * se) : nil),
                      high: OrNull(ok ? number(att + critical * se) : nil))
    }

    static func series(_ s: AggregateSeries) -> Series {
        Series(critical: s.critical, overall: figure(s.overall.att, s.overall.se, critical: Normal.z975),
               points: s.points.map { p in
                   let f = figure(p.att, p.se, critical: s.critical)
                   return Point(key: p.key, att: f.att, se: f.se, low: f.low, high: f.high, treated: p.treated)
               })
    }

    static func warningKind(_ w: EffectWarning) -> String {
        switch w {
        case .incompleteUnits: return "incomplete-units"
        case .treatedFromStart: return "treated-from-start"
        case .smallGroup: return "small-group"
        case .noNeverTreated: return "no-never-treated"
        case .fewPrePeriods: return "few-pre-periods"
        case .noPreTest: return "no-pre-test"
        case .preTrend: return "pre-trend"
        case .weakPreTest: return "weak-pre-test"
        case .noComparison: return "no-comparison"
        }
    }

    static func estimate(_ e: EffectEstimate, _ d: IndicatorDefinition?, _ words: Catalogue, names: (String) -> String,
                         also: [Warning] = []) -> Estimate {
        Estimate(units: e.units, treated: e.treated, comparison: e.comparison, periods: e.periods, groups: e.groups,
                 overall: figure(e.overall.att, e.overall.se, critical: Normal.z975),
                 simple: figure(e.simple.att, e.simple.se, critical: Normal.z975),
                 dynamic: series(e.dynamic), group: series(e.group), calendar: series(e.calendar),
                 cells: e.cells.map { Cell(group: $0.group, period: $0.period, base: $0.base, att: OrNull(number($0.att)),
                                           se: OrNull(number($0.se)), treated: $0.treated, comparison: $0.comparison) },
                 cellCritical: e.cellCritical,
                 preTest: OrNull(e.preTest.map { PreTest(statistic: $0.statistic, degreesOfFreedom: $0.degreesOfFreedom, pValue: $0.pValue) }),
                 minimumDetectable: OrNull(e.minimumDetectable.flatMap(number)),
                 warnings: e.warnings.map { Warning(kind: warningKind($0), text: words.warning($0, d, names: names)) } + also)
    }

    init(_ c: EffectCell, _ o: EstimateOptions, _ state: NetworkState, _ words: Catalogue) {
        let d = c.indicator
        kind = OrNull(Named(id: c.kind.id, name: c.kind.name))
        indicator = OrNull(IndicatorPart(id: d.id, name: words.name(d), unit: d.unit.rawValue, better: d.better.rawValue, period: d.periodKind.rawValue))
        options = Self.options(o)
        pool = OrNull(Pool(started: c.panel.started, programmeComparison: c.panel.programmeComparison, registerComparison: c.panel.registerComparison))
        let names = { (id: String) in state.schools[id]?.name ?? id }
        // The other kinds the same schools started alongside, as warnings of their own kind.
        let co = c.panel.alsoStarted.map { Warning(kind: "co-intervention", text: words.coIntervention($0, of: c.panel.started)) }
        estimate = OrNull(c.estimate.map { Self.estimate($0, d, words, names: names, also: co) })
        problem = OrNull(c.estimate == nil ? words.effectMissing(c) : nil)
        verdict = c.verdict.rawValue
        sentence = OrNull(words.effectSentence(c))
    }

    /// An estimate on a panel file: no kind, indicator or pool; the verdict assumes higher is better.
    init(panel e: EffectEstimate, _ o: EstimateOptions, _ words: Catalogue) {
        kind = OrNull(nil); indicator = OrNull(nil); options = Self.options(o); pool = OrNull(nil)
        estimate = OrNull(Self.estimate(e, nil, words, names: { $0 }))
        problem = OrNull(nil); verdict = e.verdict(.higher).rawValue; sentence = OrNull(nil)
    }

    static func options(_ o: EstimateOptions) -> Options {
        Options(control: o.comparison.rawValue, base: o.base.rawValue, reps: o.repetitions, seed: String(o.seed))
    }
}
