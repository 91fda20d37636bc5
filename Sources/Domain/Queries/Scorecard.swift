/// One school's standing on one indicator: the latest value, the baseline it is measured against, the change in the
/// indicator's better direction, the target, the trend, and the band of the school's own year-to-year variation
/// before the programme. The dashboard, `tavle scorecard` and the report all read these, computed once here.
public struct ScoreCell: Sendable, Equatable {
    public let school: String
    public let indicator: String
    public let latest: SeriesPoint?
    /// The mean of the values in the baseline periods, and how many of those periods had a value.
    public let baseline: Double?
    public let baselineValues: Int
    /// Latest minus baseline, as measured (a fall is negative), and turned so that positive is better.
    public let change: Double?
    public let gain: Double?
    /// Whether the school's target is met: nil when there is no target, no value, or no baseline for a change.
    public let targetMet: Bool?
    /// The values in the order of their periods, the last `trendLength` of them.
    public let trend: [Double]
    public let band: VariationBand?

    public static let trendLength = 8
}

/// The spread of a school's year-to-year changes before the programme began, and whether its latest change lies
/// inside the band of two standard deviations around their mean.
public struct VariationBand: Sendable, Equatable {
    public let mean: Double
    public let sd: Double
    /// How many year-to-year changes the band rests on (at least two).
    public let changes: Int
    /// The latest period's change from the one before, and whether it lies inside the band (nil without one).
    public let latestChange: Double?
    public var low: Double { mean - 2 * sd }
    public var high: Double { mean + 2 * sd }
    public var inside: Bool? { latestChange.map { $0 >= low - 1e-9 && $0 <= high + 1e-9 } }
}

/// A group of schools on one indicator: how many have a value (n), their mean latest value and mean change in
/// the better direction (over the n with a baseline), and how many meet the school target. Never shown without n.
public struct GroupScore: Sendable, Equatable {
    public let indicator: String
    /// Schools in the group, schools with a latest value, and schools with both a value and a baseline.
    public let schools: Int
    public let measured: Int
    public let withBaseline: Int
    public let meanLatest: Double?
    public let meanGain: Double?
    public let targetMet: Int
    public let targetKnown: Int
    public let pupils: Int

    /// Fewer than five schools: too few for a mean to say much, and said so.
    public var isFew: Bool { measured < 5 }

    /// A group with no schools.
    public static func empty(_ indicator: String) -> GroupScore {
        GroupScore(indicator: indicator, schools: 0, measured: 0, withBaseline: 0, meanLatest: nil, meanGain: nil, targetMet: 0, targetKnown: 0, pupils: 0)
    }
}

extension NetworkState {
    /// A school's standing on an indicator.
    public func scoreCell(_ d: IndicatorDefinition, school: String) -> ScoreCell {
        scoreCell(d, school: school, points: series(d, school: school))
    }

    /// Many schools' standings on an indicator, their values gathered once.
    public func scoreCells(_ d: IndicatorDefinition, schools list: [String], lookup: SeriesLookup? = nil) -> [ScoreCell] {
        let lookup = lookup ?? seriesLookup(d)
        return list.map { scoreCell(d, school: $0, points: lookup($0)) }
    }

    func scoreCell(_ d: IndicatorDefinition, school: String, points: [SeriesPoint]) -> ScoreCell {
        let latest = points.last
        let inBaseline = points.filter { d.baseline.contains($0.period) }
        let baseline = inBaseline.isEmpty ? nil : inBaseline.reduce(0.0) { $0 + $1.value.double } / Double(inBaseline.count)
        let change = latest.flatMap { l in baseline.map { l.value.double - $0 } }
        var met: Bool?
        if let latest, let t = d.target, let goal = t.school {
            met = IndicatorTarget.met(goal, kind: t.kind, better: d.better, baseline: baseline, latest: latest.value.double)
        }
        return ScoreCell(school: school, indicator: d.id, latest: latest, baseline: baseline, baselineValues: inBaseline.count,
                         change: change, gain: change.map { d.better.gain($0) }, targetMet: met,
                         trend: points.suffix(ScoreCell.trendLength).map(\.value.double), band: band(points, before: programmes[d.programme]?.start))
    }

    /// The band of year-to-year changes between consecutive periods that began before `start`.
    func band(_ points: [SeriesPoint], before start: Day?) -> VariationBand? {
        guard let start else { return nil }
        var changes: [Double] = []
        for (a, b) in zip(points, points.dropFirst()) {
            guard let s = b.period.start, s < start else { continue }
            // Consecutive years only: a missing year breaks the pair.
            if let previous = b.period.previous, previous != a.period { continue }
            changes.append(b.value.double - a.value.double)
        }
        guard changes.count >= 2 else { return nil }
        let mean = changes.reduce(0, +) / Double(changes.count)
        let sd = (changes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(changes.count - 1)).squareRoot()
        var latestChange: Double?
        if points.count >= 2, let last = points.last, let s = last.period.start, s >= start {
            let before = points[points.count - 2]
            if last.period.previous == nil || last.period.previous == before.period { latestChange = last.value.double - before.value.double }
        }
        return VariationBand(mean: mean, sd: sd, changes: changes.count, latestChange: latestChange)
    }

    /// A group's figures on an indicator, from its schools' cells.
    public func groupScore(_ d: IndicatorDefinition, cells: [ScoreCell]) -> GroupScore {
        let measured = cells.filter { $0.latest != nil }
        let gains = measured.compactMap(\.gain)
        let known = measured.compactMap(\.targetMet)
        return GroupScore(indicator: d.id, schools: cells.count, measured: measured.count, withBaseline: gains.count,
                          meanLatest: measured.isEmpty ? nil : measured.reduce(0) { $0 + $1.latest!.value.double } / Double(measured.count),
                          meanGain: gains.isEmpty ? nil : gains.reduce(0, +) / Double(gains.count),
                          targetMet: known.filter { $0 }.count, targetKnown: known.count,
                          pupils: measured.reduce(0) { $0 + ($1.latest?.pupils ?? 0) })
    }

    /// The registered schools outside a programme with values of its indicator: the comparison pool.
    public func comparisonSchools(_ d: IndicatorDefinition) -> [String] {
        measuredSchools(d).filter { !isInProgramme(d.programme, $0) }.sorted()
    }
}

/// The groups a scorecard shows beside its schools: the programme, each cluster and region, and the comparison
/// schools outside the programme.
public enum ScoreGroupKind: String, CaseIterable, Sendable {
    case programme, cluster, region, comparison
}

public struct ScoreGroup: Sendable, Equatable {
    public let kind: ScoreGroupKind
    /// The cluster's id or the region's code; the programme's id; empty for the comparison schools.
    public let id: String
    public let score: GroupScore
}

extension NetworkState {
    /// The programme's schools that take part, in the order they were registered.
    public func scorecardSchools(_ programme: ProgrammeID) -> [String] {
        schools.keys.filter { isActive(programme, $0) }
    }

    /// An indicator's group figures over `schools` (the programme's, perhaps filtered): the whole, its clusters and
    /// regions, and every comparison school with a value.
    public func scoreGroups(_ d: IndicatorDefinition, schools list: [String]) -> [ScoreGroup] {
        scoreGroups(d, cells: scoreCells(d, schools: list))
    }

    /// The same, from the schools' cells when they are at hand already.
    public func scoreGroups(_ d: IndicatorDefinition, cells: [ScoreCell], lookup: SeriesLookup? = nil) -> [ScoreGroup] {
        var out = [ScoreGroup(kind: .programme, id: d.programme, score: groupScore(d, cells: cells))]
        var byCluster: [String: [ScoreCell]] = [:]
        for cell in cells {
            if let c = clusterOf[Enrolment(d.programme, cell.school)] { byCluster[c, default: []].append(cell) }
        }
        for c in clusters.values where c.programme == d.programme {
            if let mine = byCluster[c.id] { out.append(ScoreGroup(kind: .cluster, id: c.id, score: groupScore(d, cells: mine))) }
        }
        var byRegion: [Int: [ScoreCell]] = [:]
        for cell in cells {
            guard let m = schools[cell.school].flatMap({ Municipality.byCode[$0.municipality] }) else { continue }
            byRegion[m.regionCode, default: []].append(cell)
        }
        for code in byRegion.keys.sorted() {
            out.append(ScoreGroup(kind: .region, id: String(code), score: groupScore(d, cells: byRegion[code]!)))
        }
        // The comparison pool from the values already gathered, when they are at hand.
        let lookup = lookup ?? seriesLookup(d)
        let pool = lookup.measured.map { $0.filter { !isInProgramme(d.programme, $0) }.sorted() } ?? comparisonSchools(d)
        let comparison = scoreCells(d, schools: pool, lookup: lookup)
        out.append(ScoreGroup(kind: .comparison, id: "", score: groupScore(d, cells: comparison)))
        return out
    }
}
