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

    /// The influence function of Σ w_c · ATT_c, plus (when the weights were estimated) the part from estimating the
    /// groups' shares, as `did`'s `wif` adds it.
    func influence(of which: [Int], weights: [Double], estimatedShares: Bool) -> [Double] {
        let K = cells.count
        var out = [Double](repeating: 0, count: n)
        for k in 0..<n {
            var s = 0.0
            for (i, c) in which.enumerated() { s += influence[k * K + c] * weights[i] }
            out[k] = s
        }
        if estimatedShares {
            let groups = which.map { cells[$0].group }, atts = which.map { cells[$0].att }
            Self.addShareInfluence(&out, unitGroups: unitGroups, groups: groups, pg: which.map { pg[$0] }, att: atts)
        }
        return out
    }

    /// `wif(keepers, pg, …) %*% att`: for unit i, Σ_c [(1{G_i = g_c} − pg_c)/S − Σ_c'(1{G_i = g_c'} − pg_c') pg_c/S²] att_c.
    static func addShareInfluence(_ out: inout [Double], unitGroups: [Int], groups: [Int], pg: [Double], att: [Double]) {
        let S = pg.reduce(0, +)
        var A = 0.0
        for i in pg.indices { A += pg[i] * att[i] }
        var count: [Int: Double] = [:], attSum: [Int: Double] = [:]
        for (i, g) in groups.enumerated() { count[g, default: 0] += 1; attSum[g, default: 0] += att[i] }
        for k in out.indices {
            let g = unitGroups[k]
            let I = count[g] ?? 0, IA = attSum[g] ?? 0
            out[k] += (IA - A) / S - (I - S) * A / (S * S)
        }
    }

    func se(_ inf: [Double]) -> Double {
        var ss = 0.0
        for v in inf { ss += v * v }
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
    func simple() -> (Aggregate, [Double])? {
        let keep = usable.filter { cells[$0].isPost }
        guard !keep.isEmpty else { return nil }
        let (att, w) = weighted(keep)
        let inf = influence(of: keep, weights: w, estimatedShares: true)
        return (Aggregate(att: att, se: se(inf)), inf)
    }

    /// Points keyed by `key`, each the size-weighted mean of its cells, and their influence functions.
    func points(_ keyOf: (GroupTimeEffect) -> Int?, estimatedShares: Bool, equalWeights: Bool = false)
        -> [(point: AggregatePoint, influence: [Double])] {
        var byKey: [Int: [Int]] = [:]
        for c in usable { if let key = keyOf(cells[c]) { byKey[key, default: []].append(c) } }
        return byKey.keys.sorted().map { key in
            let which = byKey[key]!
            var (att, w) = weighted(which)
            if equalWeights { att = which.reduce(0.0) { $0 + cells[$1].att } / Double(which.count) }
            let inf = influence(of: which, weights: w, estimatedShares: estimatedShares)
            return (AggregatePoint(key: key, att: att, se: se(inf), treated: treatedUnits(which)), inf)
        }
    }

    /// The mean of some points, with the influence function of that mean.
    func mean(_ pts: [(point: AggregatePoint, influence: [Double])]) -> Aggregate {
        guard !pts.isEmpty else { return Aggregate(att: .nan, se: .nan) }
        let m = Double(pts.count)
        var inf = [Double](repeating: 0, count: n)
        for p in pts { for k in 0..<n { inf[k] += p.influence[k] / m } }
        return Aggregate(att: pts.reduce(0.0) { $0 + $1.point.att } / m, se: se(inf))
    }
}
