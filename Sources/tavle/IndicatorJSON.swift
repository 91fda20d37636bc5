import Domain
import Wording

/// An indicator as `indicator list --json` prints it: its definition with codes, its name in the language asked
/// for, and how many schools and values it has.
struct IndicatorJSON: Encodable {
    struct Target: Encodable { let kind: String, school: OrNull<Double>, programme: OrNull<Double> }
    let id: String, programme: String, name: String, names: [String: String], unit: String, minimum: Double, maximum: Double
    let decimals: Int, better: String, period: String, baseline: [String], target: OrNull<Target>, source: String
    let builtIn: Bool, schools: Int, values: Int

    init(_ d: IndicatorDefinition, _ state: NetworkState, _ words: Catalogue) {
        id = d.id; programme = d.programme; name = words.name(d)
        names = Dictionary(d.names.map { ($0.language, $0.text) }, uniquingKeysWith: { a, _ in a })
        unit = d.unit.rawValue; minimum = d.minimum.double; maximum = d.maximum.double; decimals = d.decimals
        better = d.better.rawValue; period = d.periodKind.rawValue; baseline = d.baseline.map(\.spelled)
        target = OrNull(d.target.map { Target(kind: $0.kind.rawValue, school: OrNull($0.school?.double), programme: OrNull($0.programme?.double)) })
        source = d.source; builtIn = d.periodKind == .point
        let measured = state.measuredSchools(d)
        schools = measured.count
        let series = state.seriesLookup(d)
        values = measured.reduce(0) { $0 + series($1).count }
    }
}

/// A school's standing on one indicator, as `scorecard --json` prints it.
struct ScoreJSON: Encodable {
    struct Latest: Encodable { let period: String, value: Double, pupils: OrNull<Int>, corrections: Int }
    struct Band: Encodable { let low: Double, high: Double, changes: Int, latestChange: OrNull<Double>, inside: OrNull<Bool> }
    let school: String, name: String, cluster: OrNull<String>, region: OrNull<String>
    let latest: OrNull<Latest>, baseline: OrNull<Double>, baselineValues: Int, change: OrNull<Double>, gain: OrNull<Double>
    let targetMet: OrNull<Bool>, trend: [Double], band: OrNull<Band>

    init(_ c: ScoreCell, _ d: IndicatorDefinition, _ state: NetworkState) {
        school = c.school; name = state.schools[c.school]?.name ?? c.school
        cluster = OrNull(state.clusterOf[Enrolment(d.programme, c.school)].flatMap { state.clusters[$0]?.name })
        region = OrNull(state.schools[c.school].flatMap { Municipality.byCode[$0.municipality]?.region.name })
        latest = OrNull(c.latest.map { Latest(period: $0.period.spelled, value: $0.value.double, pupils: OrNull($0.pupils), corrections: $0.corrections) })
        baseline = OrNull(c.baseline.map(Self.rounded)); baselineValues = c.baselineValues
        change = OrNull(c.change.map(Self.rounded)); gain = OrNull(c.gain.map(Self.rounded)); targetMet = OrNull(c.targetMet)
        trend = c.trend
        band = OrNull(c.band.map { Band(low: Self.rounded($0.low), high: Self.rounded($0.high), changes: $0.changes,
                                        latestChange: OrNull($0.latestChange.map(Self.rounded)), inside: OrNull($0.inside)) })
    }

    /// Means to four decimals, as exact as the values they come from.
    static func rounded(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
}

/// A group's figures, with the n they rest on.
struct GroupJSON: Encodable {
    let kind: String, id: String, name: String, schools: Int, measured: Int, withBaseline: Int
    let meanLatest: OrNull<Double>, meanGain: OrNull<Double>, targetMet: Int, targetKnown: Int, pupils: Int, few: Bool

    init(_ g: ScoreGroup, _ state: NetworkState, _ words: Catalogue) {
        kind = g.kind.rawValue; id = g.id; name = words.groupName(g, in: state)
        schools = g.score.schools; measured = g.score.measured; withBaseline = g.score.withBaseline
        meanLatest = OrNull(g.score.meanLatest.map(ScoreJSON.rounded)); meanGain = OrNull(g.score.meanGain.map(ScoreJSON.rounded))
        targetMet = g.score.targetMet; targetKnown = g.score.targetKnown; pupils = g.score.pupils; few = g.score.isFew
    }
}

/// One indicator's scorecard: the definition, every school, every group.
struct ScorecardJSON: Encodable {
    let indicator: IndicatorJSON, schools: [ScoreJSON], groups: [GroupJSON]
}
