/// An aggregated effect and its standard error from the influence function, clustered by unit.
public struct Aggregate: Sendable, Equatable {
    public let att: Double
    public let se: Double
    public init(att: Double, se: Double) { self.att = att; self.se = se }
}

/// One point of an aggregation: an event time (years since start), a group or a calendar period.
public struct AggregatePoint: Sendable, Equatable {
    public let key: Int
    public let att: Double
    public let se: Double
    /// The units behind the point: those of the groups it averages.
    public let treated: Int
}

/// An aggregation as `aggte` makes it: its points, their simultaneous critical value (for a band that covers all of
/// them at once) and the overall figure.
public struct AggregateSeries: Sendable, Equatable {
    public let overall: Aggregate
    public let points: [AggregatePoint]
    public let critical: Double
}

/// An aggregate's influence function as a combination of the cells' (`cells[c]`) plus a term that depends only on
/// the unit's group (`groups[g]`, the part `did`'s `wif` adds for the estimated group shares). Every aggregate is
/// one, so one bootstrap of the cells and of the groups' indicators serves them all.
struct LinearInfluence {
    var cells: [Int: Double] = [:]
    var groups: [Int: Double] = [:]

    static func + (a: LinearInfluence, b: LinearInfluence) -> LinearInfluence {
        LinearInfluence(cells: a.cells.merging(b.cells, uniquingKeysWith: +), groups: a.groups.merging(b.groups, uniquingKeysWith: +))
    }

    static func * (a: LinearInfluence, w: Double) -> LinearInfluence {
        LinearInfluence(cells: a.cells.mapValues { $0 * w }, groups: a.groups.mapValues { $0 * w })
    }
}

/// The weights and influence functions behind every aggregation, shared by them.
struct Aggregator {
    let cells: [GroupTimeEffect]
    let influence: [Double]
    let n: Int
    let unitGroups: [Int]
    /// The share of units in each cell's group.
    let pg: [Double]
    let groupSize: [Int: Int]

    init(_ r: GroupTimeResult, unitGroups: [Int]) {
        cells = r.cells; influence = r.influence; n = r.n; self.unitGroups = unitGroups
        var size: [Int: Int] = [:]
        for g in unitGroups { size[g, default: 0] += 1 }
        groupSize = size
        pg = r.cells.map { Double(size[$0.group] ?? 0) / Double(r.n) }
    }

    var usable: [Int] { cells.indices.filter { cells[$0].att.isFinite } }

    /// Σ w_c · IF_c, plus (when the weights were estimated) the part from estimating the groups' shares.
    func linear(_ which: [Int], weights: [Double], estimatedShares: Bool) -> LinearInfluence {
        var l = LinearInfluence()
        for (i, c) in which.enumerated() { l.cells[c, default: 0] += weights[i] }
        if estimatedShares {
            l.groups = Self.shareInfluence(groups: which.map { cells[$0].group }, pg: which.map { pg[$0] }, att: which.map { cells[$0].att })
        }
        return l
    }

    /// `wif(keepers, pg, …) %*% att` for a unit of group g: [(IA_g − A)/S − (I_g − S)·A/S²], where S = Σ pg, A = Σ pg·att,
    /// I_g the keepers of group g and IA_g their ATTs' sum. It is zero for a unit of any other group.
    static func shareInfluence(groups: [Int], pg: [Double], att: [Double]) -> [Int: Double] {
        let S = pg.reduce(0, +)
        var A = 0.0
        for i in pg.indices { A += pg[i] * att[i] }
        var count: [Int: Double] = [:], attSum: [Int: Double] = [:]
        for (i, g) in groups.enumerated() { count[g, default: 0] += 1; attSum[g, default: 0] += att[i] }
        var out: [Int: Double] = [:]
        for (g, I) in count { out[g] = (attSum[g]! - A) / S - (I - S) * A / (S * S) }
        return out
    }

    /// The unit-by-unit influence function of a linear combination.
    func vector(_ l: LinearInfluence) -> [Double] {
        let K = cells.count
        var out = [Double](repeating: 0, count: n)
        let terms = l.cells.sorted { $0.key < $1.key }
        for k in 0..<n {
            var s = 0.0
            for (c, w) in terms { s += influence[k * K + c] * w }
            out[k] = s + (l.groups[unitGroups[k]] ?? 0)
        }
        return out
    }

    func se(_ l: LinearInfluence) -> Double {
        var ss = 0.0
        for v in vector(l) { ss += v * v }
        let se = ss.squareRoot() / Double(n)
        return se.isFinite && se > 0 ? se : .nan
    }

    func weighted(_ which: [Int]) -> (att: Double, weights: [Double]) {
        let total = which.reduce(0.0) { $0 + pg[$1] }
        let w = which.map { pg[$0] / total }
        var att = 0.0
        for (i, c) in which.enumerated() { att += w[i] * cells[c].att }
        return (att, w)
    }

    func treatedUnits(_ which: [Int]) -> Int { Set(which.map { cells[$0].group }).reduce(0) { $0 + (groupSize[$1] ?? 0) } }

    /// Every post-treatment ATT(g,t), weighted by group size.
    func simple() -> Aggregate? {
        let keep = usable.filter { cells[$0].isPost }
        guard !keep.isEmpty else { return nil }
        let (att, w) = weighted(keep)
        return Aggregate(att: att, se: se(linear(keep, weights: w, estimatedShares: true)))
    }

    /// Points keyed by `key`, each the size-weighted mean of its cells, and their influence functions.
    func points(_ keyOf: (GroupTimeEffect) -> Int?, estimatedShares: Bool, equalWeights: Bool = false)
        -> [(point: AggregatePoint, influence: LinearInfluence)] {
        var byKey: [Int: [Int]] = [:]
        for c in usable { if let key = keyOf(cells[c]) { byKey[key, default: []].append(c) } }
        return byKey.keys.sorted().map { key in
            let which = byKey[key]!
            var (att, w) = weighted(which)
            if equalWeights { att = which.reduce(0.0) { $0 + cells[$1].att } / Double(which.count) }
            let l = linear(which, weights: w, estimatedShares: estimatedShares)
            return (AggregatePoint(key: key, att: att, se: se(l), treated: treatedUnits(which)), l)
        }
    }

    /// The mean of some points, its standard error from the mean of their influence functions.
    func mean(_ pts: [(point: AggregatePoint, influence: LinearInfluence)]) -> Aggregate {
        guard !pts.isEmpty else { return Aggregate(att: .nan, se: .nan) }
        let m = Double(pts.count)
        let l = pts.reduce(LinearInfluence()) { $0 + $1.influence * (1 / m) }
        return Aggregate(att: pts.reduce(0.0) { $0 + $1.point.att } / m, se: se(l))
    }

    /// The groups' size-weighted mean of their effects (`aggte(type = "group")`'s overall figure), with the part
    /// for the estimated group shares over the distinct groups.
    func groupMean(_ pts: [(point: AggregatePoint, influence: LinearInfluence)]) -> Aggregate {
        guard !pts.isEmpty else { return Aggregate(att: .nan, se: .nan) }
        let sizes = pts.map { Double(groupSize[$0.point.key] ?? 0) / Double(n) }
        let total = sizes.reduce(0, +)
        var l = LinearInfluence()
        for (i, p) in pts.enumerated() { l = l + p.influence * (sizes[i] / total) }
        l = l + LinearInfluence(groups: Self.shareInfluence(groups: pts.map(\.point.key), pg: sizes, att: pts.map(\.point.att)))
        let att = zip(pts, sizes).reduce(0.0) { $0 + $1.0.point.att * $1.1 } / total
        return Aggregate(att: att, se: se(l))
    }
}
