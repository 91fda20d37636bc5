/// The multiplier bootstrap of `did`'s `mboot`: each repetition weighs every unit's influence by a Rademacher draw
/// (±1), so units (and all their periods) are resampled together. One set of draws serves every aggregate: each is a
/// linear combination of the cells' influence functions and of the groups' indicators (`LinearInfluence`), so the
/// draws of those are computed once, and each aggregate's draws are combinations of them.
struct BootstrapDraws {
    let repetitions: Int
    let cellCount: Int
    /// Column of each group's indicator, after the cells'.
    let groupColumn: [Int: Int]
    /// `values[b * width + j]`: (1/√n) Σ_i U_bi · column_j(i).
    let values: [Double]
    var width: Int { cellCount + groupColumn.count }

    init(cells: [[Double]], unitGroups: [Int], groups: [Int], n: Int, repetitions: Int, seed: UInt64) {
        var columns = cells
        var index: [Int: Int] = [:]
        for g in groups {
            index[g] = columns.count
            columns.append(unitGroups.map { $0 == g ? 1 : 0 })
        }
        self.repetitions = repetitions; cellCount = cells.count; groupColumn = index
        values = Self.multiply(columns, n: n, repetitions: repetitions, seed: seed)
    }

    /// Four repetitions at a time: their signs drawn for every unit, then each column's four sums over the units,
    /// four units to a vector.
    static func multiply(_ columns: [[Double]], n: Int, repetitions: Int, seed: UInt64) -> [Double] {
        let width = columns.count
        var out = [Double](repeating: 0, count: repetitions * width)
        guard n > 0, width > 0 else { return out }
        let scale = 1 / Double(n).squareRoot()
        var rng = Rademacher(seed: seed)
        var signs = [Double](repeating: 0, count: 4 * n)
        for block in stride(from: 0, to: repetitions, by: 4) {
            let rows = min(4, repetitions - block)
            for r in 0..<4 { for i in 0..<n { signs[r * n + i] = r < rows ? rng.next() : 0 } }
            signs.withUnsafeBufferPointer { s in
                for (j, column) in columns.enumerated() {
                    column.withUnsafeBufferPointer { x in
                        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
                        let s0 = s.baseAddress!, s1 = s0 + n, s2 = s1 + n, s3 = s2 + n, xs = x.baseAddress!
                        var i = 0
                        while i + 4 <= n {
                            let v = Self.load(xs + i)
                            a0 += Self.load(s0 + i) * v
                            a1 += Self.load(s1 + i) * v
                            a2 += Self.load(s2 + i) * v
                            a3 += Self.load(s3 + i) * v
                            i += 4
                        }
                        var t = [a0.sum(), a1.sum(), a2.sum(), a3.sum()]
                        while i < n {
                            for r in 0..<4 { t[r] += s[r * n + i] * x[i] }
                            i += 1
                        }
                        for r in 0..<rows { out[(block + r) * width + j] = t[r] * scale }
                    }
                }
            }
        }
        return out
    }

    @inline(__always) static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    /// One aggregate's draws.
    func draws(_ l: LinearInfluence) -> [Double] {
        // In a fixed order, so the same seed gives the same figures to the last digit.
        var terms = l.cells.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (g, w) in l.groups.sorted(by: { $0.key < $1.key }) { if let j = groupColumn[g] { terms.append((j, w)) } }
        return (0..<repetitions).map { b in terms.reduce(0.0) { $0 + values[b * width + $1.0] * $1.1 } }
    }

    /// The simultaneous critical value at level α for some aggregates, as `mboot` makes it: each one's robust scale
    /// from the draws' interquartile range, the largest scaled draw in each repetition, and its 1 − α quantile. Nil
    /// when no aggregate varies.
    func critical(_ ls: [LinearInfluence]) -> Double? {
        let live = ls.map(draws).filter { d in d.allSatisfy(\.isFinite) && d.contains { $0 != 0 } }
        guard !live.isEmpty, repetitions > 1 else { return nil }
        let sigma = live.map { d -> Double in
            let sorted = d.sorted()
            let s = (Self.quantile(sorted, 0.75) - Self.quantile(sorted, 0.25)) / Normal.interquartile
            return s.isFinite && s > 0 ? s : .nan
        }
        var maxima: [Double] = []
        for b in 0..<repetitions {
            var m = -Double.infinity
            for (k, d) in live.enumerated() where sigma[k].isFinite { m = max(m, abs(d[b] / sigma[k])) }
            if m.isFinite { maxima.append(m) }
        }
        guard !maxima.isEmpty else { return nil }
        maxima.sort()
        return Self.quantile(maxima, 1 - EstimateOptions.alpha)
    }

    /// numpy's "inverted_cdf" quantile of sorted values.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let i = Int((Double(sorted.count) * q).rounded(.up)) - 1
        return sorted[min(max(i, 0), sorted.count - 1)]
    }
}

/// Rademacher draws (±1 with equal chance) from SplitMix64, 64 to a word: the same draws for the same seed on
/// every machine.
struct Rademacher {
    private var state: UInt64
    private var word: UInt64 = 0
    private var left = 0
    init(seed: UInt64) { state = seed }
    mutating func next() -> Double {
        if left == 0 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            word = z ^ (z >> 31); left = 64
        }
        let bit = word & 1
        word >>= 1; left -= 1
        return bit == 0 ? 1 : -1
    }
}
