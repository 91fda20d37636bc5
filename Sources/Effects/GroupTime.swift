/// One group-time average treatment effect, ATT(g,t): how the units first treated in `group` developed from
/// `base` to `period`, compared with how the comparison units developed. `att` is NaN where no unit could be
/// compared; `se` is NaN where it is not defined (a universal base period's own cell).
public struct GroupTimeEffect: Sendable, Equatable {
    public let group: Int
    public let period: Int
    public let base: Int
    public let att: Double
    public let se: Double
    public let treated: Int
    public let comparison: Int
    /// Whether the period is at or after the group's start.
    public var isPost: Bool { period >= group }
    public var eventTime: Int { period - group }
}

/// The sample an estimate works on, after the steps R's `did` takes before estimating.
struct Sample {
    var panel: Panel
    /// Units kept (indices into the panel) and their groups as estimated (0: compared only).
    var keep: [Int]
    var groups: [Int]
    /// Period indices kept (a panel without never-treated units loses the periods from the last group's start).
    var periodCount: Int
    /// The groups estimated, ascending.
    var glist: [Int]
    var alreadyTreated: [String]
    var lastGroupAsNever: Int?
    var n: Int { keep.count }
    var tlist: ArraySlice<Int> { panel.periods[0..<periodCount] }
    func y(_ k: Int, _ t: Int) -> Double { panel.outcome(keep[k], t) }
}

extension Sample {
    /// Groups after the last period count as never treated; without never-treated units, the last group serves as
    /// the comparison and the periods from its start are dropped; units treated from the first period are dropped.
    init(_ panel: Panel, comparison: ComparisonGroup) {
        self.panel = panel
        let periods = panel.periods
        var g = panel.groups.map { $0 > periods.last! ? 0 : $0 }
        var count = periods.count
        var latest: Int?
        if !g.contains(0), let last = g.max() {
            latest = last
            count = periods.firstIndex { $0 >= last } ?? periods.count
            if comparison == .never { g = g.map { $0 == last ? 0 : $0 } }
        }
        let first = periods[0]
        var keep: [Int] = [], kept: [Int] = [], already: [String] = []
        for u in g.indices {
            if g[u] != 0 && g[u] <= first { already.append(panel.units[u]); continue }
            keep.append(u); kept.append(g[u])
        }
        var glist = Set(kept.filter { $0 > first }).sorted()
        if comparison == .notYet, let latest, !kept.contains(0) { glist.removeAll { $0 >= latest } }
        self.keep = keep; self.groups = kept; self.periodCount = max(count, 0); self.glist = glist
        self.alreadyTreated = already
        self.lastGroupAsNever = comparison == .never ? latest : nil
    }
}

/// The group-time effects with each unit's influence on each: `influence[k * cells.count + c]`, and the same by
/// cell (`columns[c][k]`) for the bootstrap.
struct GroupTimeResult {
    var cells: [GroupTimeEffect]
    var influence: [Double]
    var columns: [[Double]]
    var n: Int
}

enum GroupTime {
    static func estimate(_ s: Sample, _ o: EstimateOptions) -> GroupTimeResult {
        let tl = Array(s.tlist)
        let n = s.n
        let universal = o.base == .universal
        let tfac = universal ? 0 : 1
        var cells: [GroupTimeEffect] = []
        var columns: [[Double]] = []
        for g in s.glist {
            guard let lastPre = tl.lastIndex(where: { $0 < g }) else { continue }
            for ti in 0..<(tl.count - tfac) {
                let t = ti + tfac
                let pret = (universal || g <= tl[t]) ? lastPre : ti
                if universal && pret == t {
                    cells.append(GroupTimeEffect(group: g, period: tl[t], base: tl[pret], att: 0, se: .nan,
                                                 treated: s.groups.filter { $0 == g }.count, comparison: 0))
                    columns.append([Double](repeating: 0, count: n))
                    continue
                }
                let horizon = tl[max(ti, pret) + tfac]
                var sumT = 0.0, sumC = 0.0, nT = 0, nC = 0
                var role = [UInt8](repeating: 0, count: n)
                var dy = [Double](repeating: 0, count: n)
                for k in 0..<n {
                    let gk = s.groups[k]
                    let treated = gk == g
                    let control = o.comparison == .never ? gk == 0 : (gk == 0 || (gk > horizon && gk != g))
                    guard treated || control else { continue }
                    let d = s.y(k, t) - s.y(k, pret)
                    dy[k] = d
                    if treated { role[k] = 1; sumT += d; nT += 1 } else { role[k] = 2; sumC += d; nC += 1 }
                }
                guard nT > 0, nC > 0 else {
                    cells.append(GroupTimeEffect(group: g, period: tl[t], base: tl[pret], att: .nan, se: .nan,
                                                 treated: nT, comparison: nC))
                    columns.append([Double](repeating: .nan, count: n))
                    continue
                }
                let mT = sumT / Double(nT), mC = sumC / Double(nC)
                var inf = [Double](repeating: 0, count: n)
                let wT = Double(n) / Double(nT), wC = Double(n) / Double(nC)
                var ss = 0.0
                for k in 0..<n where role[k] != 0 {
                    let v = role[k] == 1 ? wT * (dy[k] - mT) : -wC * (dy[k] - mC)
                    inf[k] = v; ss += v * v
                }
                let se = ss.squareRoot() / Double(n)
                cells.append(GroupTimeEffect(group: g, period: tl[t], base: tl[pret], att: mT - mC,
                                             se: se > 0 ? se : .nan, treated: nT, comparison: nC))
                columns.append(inf)
            }
        }
        var influence = [Double](repeating: 0, count: n * cells.count)
        for (c, col) in columns.enumerated() {
            for k in 0..<n { influence[k * cells.count + c] = col[k] }
        }
        return GroupTimeResult(cells: cells, influence: influence, columns: columns, n: n)
    }
}
