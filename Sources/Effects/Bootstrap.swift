/// The multiplier bootstrap of `did`'s `mboot`: each repetition weighs every unit's influence by a Rademacher draw
/// (±1), so units (and all their periods) are resampled together. From the draws come each column's robust scale and
/// the critical value of a band that covers all columns at once.
enum MultiplierBootstrap {
    /// `columns[c][k]`: unit k's influence on column c. Returns the simultaneous critical value at level α, or nil
    /// when no column varies.
    static func critical(_ columns: [[Double]], n: Int, repetitions: Int, seed: UInt64) -> Double? {
        let live = columns.filter { col in col.allSatisfy(\.isFinite) && col.contains { $0 != 0 } }
        guard !live.isEmpty, repetitions > 1, n > 0 else { return nil }
        let K = live.count
        var rowMajor = [Double](repeating: 0, count: n * K)
        for (c, col) in live.enumerated() { for k in 0..<n { rowMajor[k * K + c] = col[k] } }
        var rng = Rademacher(seed: seed)
        var draws = [Double](repeating: 0, count: repetitions * K)
        let scale = Double(n).squareRoot() / Double(n)
        var acc = [Double](repeating: 0, count: K)
        for b in 0..<repetitions {
            for c in 0..<K { acc[c] = 0 }
            rowMajor.withUnsafeBufferPointer { m in
                acc.withUnsafeMutableBufferPointer { a in
                    for k in 0..<n {
                        let s = rng.next()
                        let row = k * K
                        for c in 0..<K { a[c] += s * m[row + c] }
                    }
                }
            }
            for c in 0..<K { draws[b * K + c] = acc[c] * scale }
        }
        var sigma = [Double](repeating: .nan, count: K)
        for c in 0..<K {
            let col = (0..<repetitions).map { draws[$0 * K + c] }.sorted()
            let s = (quantile(col, 0.75) - quantile(col, 0.25)) / Normal.interquartile
            sigma[c] = s.isFinite && s > 0 ? s : .nan
        }
        var maxima: [Double] = []
        maxima.reserveCapacity(repetitions)
        for b in 0..<repetitions {
            var m = -Double.infinity
            for c in 0..<K where sigma[c].isFinite { m = max(m, abs(draws[b * K + c] / sigma[c])) }
            if m.isFinite { maxima.append(m) }
        }
        guard !maxima.isEmpty else { return nil }
        maxima.sort()
        return quantile(maxima, 1 - EstimateOptions.alpha)
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
