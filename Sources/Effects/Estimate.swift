/// What stops a reader from over-reading an estimate.
public enum EffectWarning: Sendable, Equatable {
    /// Units left out because they miss a period.
    case incompleteUnits([String])
    /// Units treated from the panel's first period: nothing shows how they developed before, so they are left out.
    case treatedFromStart([String])
    /// A group of fewer than five units.
    case smallGroup(group: Int, units: Int)
    /// No unit is never treated: the last group to start serves as the comparison (with never) or only as
    /// not-yet-treated units (with notyet), and the periods from its start are left out.
    case noNeverTreated(lastGroup: Int)
    /// Groups with fewer than two periods before their start: their development before it cannot be checked.
    case fewPrePeriods(groups: [Int])
    /// No pre-treatment effect could be estimated, so parallel trends is not tested at all.
    case noPreTest
    /// The pre-trend test rejects: the groups developed differently before they started.
    case preTrend(pValue: Double)
    /// Groups with fewer than five units per pre-period cell: the Wald test's variance is estimated from so few units
    /// that it rejects too often (28 % instead of 5 % in the coverage tests' smaller panels).
    case weakPreTest(groups: [Int])
    /// Group-time cells with no unit to compare with: left out of every aggregate.
    case noComparison([GroupPeriod])
}

public struct GroupPeriod: Sendable, Equatable {
    public let group: Int
    public let period: Int
}

public enum EffectProblem: Error, Equatable, Sendable {
    /// No group starts after the first period, so there is nothing to estimate.
    case noTreatedGroup
    /// No unit is ever in a comparison.
    case noComparisonUnits
}

/// A Callaway & Sant'Anna (2021) estimate on a balanced panel: every ATT(g,t) by outcome regression without
/// covariates (differences of mean changes), its aggregations as `did::aggte` makes them, the pre-trend test, the
/// minimum detectable effect and the warnings.
public struct EffectEstimate: Sendable, Equatable {
    public let options: EstimateOptions
    /// Units in the estimate (after leaving out the incomplete and those treated from the start).
    public let units: Int
    /// Units in the groups estimated, and units only compared with.
    public let treated: Int
    public let comparison: Int
    public let periods: [Int]
    public let groups: [Int]
    public let cells: [GroupTimeEffect]
    /// The simultaneous critical value for the ATT(g,t) cells.
    public let cellCritical: Double
    public let simple: Aggregate
    public let dynamic: AggregateSeries
    public let group: AggregateSeries
    public let calendar: AggregateSeries
    public let preTest: PreTrendTest?
    /// The smallest one-year effect found four times in five at the 5 % level, from the variance of the
    /// pre-treatment estimates: (1.96 + 0.84) × their root mean square standard error.
    public let minimumDetectable: Double?
    public let warnings: [EffectWarning]

    /// The headline figure: the group-size weighted mean of each group's average effect after its start
    /// (`aggte(type = "group")`'s overall figure, the one `did` recommends).
    public var overall: Aggregate { group.overall }
    /// The overall figure's 95 % interval.
    public var interval: ClosedRange<Double>? {
        guard overall.att.isFinite, overall.se.isFinite else { return nil }
        return (overall.att - Normal.z975 * overall.se)...(overall.att + Normal.z975 * overall.se)
    }
}

extension EffectEstimate {
    public static func estimate(_ panel: Panel, _ o: EstimateOptions = EstimateOptions()) throws(EffectProblem) -> EffectEstimate {
        let s = Sample(panel, comparison: o.comparison)
        guard !s.glist.isEmpty, s.periodCount >= 2 else { throw .noTreatedGroup }
        let r = GroupTime.estimate(s, o)
        let estimated = Set(s.glist)
        let treated = s.groups.filter { estimated.contains($0) }.count
        let comparison = s.n - treated
        guard comparison > 0 else { throw .noComparisonUnits }
        let agg = Aggregator(r, unitGroups: s.groups)
        let K = r.cells.count
        // One set of bootstrap draws for every band: of each cell's influence function and each group's indicator.
        let boot = BootstrapDraws(cells: r.columns, unitGroups: s.groups, groups: s.glist, n: r.n,
                                  repetitions: max(o.repetitions, 2), seed: o.seed)
        func series(_ pts: [(point: AggregatePoint, influence: LinearInfluence)], overall: Aggregate) -> AggregateSeries {
            let crit = boot.critical(pts.map(\.influence))
            return AggregateSeries(overall: overall, points: pts.map(\.point), critical: max(crit ?? Normal.z975, Normal.z975))
        }
        let dyn = agg.points({ $0.eventTime }, estimatedShares: true)
        let dynamic = series(dyn, overall: agg.mean(dyn.filter { $0.point.key >= 0 }))
        let grp = agg.points({ $0.isPost ? $0.group : nil }, estimatedShares: false, equalWeights: true)
        let group = series(grp, overall: agg.groupMean(grp))
        let cal = agg.points({ $0.isPost ? $0.period : nil }, estimatedShares: true)
        let calendar = series(cal, overall: agg.mean(cal))
        let simple = agg.simple() ?? Aggregate(att: .nan, se: .nan)
        let cellCrit = boot.critical((0..<K).map { LinearInfluence(cells: [$0: 1]) })
        let preTest = PreTrend.test(cells: r.cells, influence: r.influence, n: r.n)
        let preSE = dynamic.points.filter { $0.key < 0 && $0.se.isFinite }.map(\.se)
        let mde = preSE.isEmpty ? nil
            : (Normal.z975 + Normal.z80) * (preSE.reduce(0) { $0 + $1 * $1 } / Double(preSE.count)).squareRoot()

        var warnings: [EffectWarning] = []
        if !panel.incomplete.isEmpty { warnings.append(.incompleteUnits(panel.incomplete)) }
        if !s.alreadyTreated.isEmpty { warnings.append(.treatedFromStart(s.alreadyTreated)) }
        if !panel.groups.contains(where: { $0 == 0 || $0 > panel.periods.last! }), let last = panel.groups.max() {
            warnings.append(.noNeverTreated(lastGroup: last))
        }
        for g in s.glist where (agg.groupSize[g] ?? 0) < EstimateOptions.fewUnits {
            warnings.append(.smallGroup(group: g, units: agg.groupSize[g] ?? 0))
        }
        let tl = Array(s.tlist)
        let few = s.glist.filter { g in tl.filter { $0 < g }.count < 2 }
        if !few.isEmpty { warnings.append(.fewPrePeriods(groups: few)) }
        if let preTest {
            if preTest.rejects { warnings.append(.preTrend(pValue: preTest.pValue)) }
            let weak = s.glist.filter { g in
                let cells = r.cells.filter { $0.group == g && !$0.isPost && $0.se.isFinite }.count
                return cells > 0 && (agg.groupSize[g] ?? 0) < 5 * cells
            }
            if !weak.isEmpty { warnings.append(.weakPreTest(groups: weak)) }
        } else { warnings.append(.noPreTest) }
        let empty = r.cells.filter { !$0.att.isFinite }.map { GroupPeriod(group: $0.group, period: $0.period) }
        if !empty.isEmpty { warnings.append(.noComparison(empty)) }

        return EffectEstimate(options: o, units: s.n, treated: treated, comparison: comparison, periods: tl,
                              groups: s.glist, cells: r.cells, cellCritical: max(cellCrit ?? Normal.z975, Normal.z975),
                              simple: simple, dynamic: dynamic, group: group, calendar: calendar, preTest: preTest,
                              minimumDetectable: mde, warnings: warnings)
    }
}
