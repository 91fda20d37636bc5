/// The Wald test that every pre-treatment ATT(g,t) is zero, as `did` computes it: W = n · a′ V⁻¹ a over the
/// pre-treatment cells with a variance, V from their influence functions.
public struct PreTrendTest: Sendable, Equatable {
    public let statistic: Double
    public let degreesOfFreedom: Int
    public let pValue: Double
    public var rejects: Bool { pValue < EstimateOptions.alpha }
}

enum PreTrend {
    static func test(cells: [GroupTimeEffect], influence: [Double], n: Int) -> PreTrendTest? {
        let K = cells.count
        let pre = cells.indices.filter { !cells[$0].isPost && cells[$0].att.isFinite && cells[$0].se.isFinite }
        guard !pre.isEmpty else { return nil }
        let q = pre.count
        var V = [Double](repeating: 0, count: q * q)
        for k in 0..<n {
            let row = k * K
            for i in 0..<q {
                let a = influence[row + pre[i]]
                if a == 0 { continue }
                for j in i..<q { V[i * q + j] += a * influence[row + pre[j]] }
            }
        }
        for i in 0..<q { for j in i..<q { V[i * q + j] /= Double(n); V[j * q + i] = V[i * q + j] } }
        guard let inverse = Matrix.inverse(V, q), Matrix.reciprocalCondition(V, inverse, q) > Double.ulpOfOne
        else { return nil }
        let a = pre.map { cells[$0].att }
        var w = 0.0
        for i in 0..<q { for j in 0..<q { w += a[i] * inverse[i * q + j] * a[j] } }
        w *= Double(n)
        guard w.isFinite else { return nil }
        return PreTrendTest(statistic: w, degreesOfFreedom: q, pValue: ChiSquare.upperTail(w, df: q))
    }
}

enum Matrix {
    /// The inverse by Gauss–Jordan elimination with partial pivoting; nil when singular.
    static func inverse(_ m: [Double], _ q: Int) -> [Double]? {
        var a = m, inv = [Double](repeating: 0, count: q * q)
        for i in 0..<q { inv[i * q + i] = 1 }
        for col in 0..<q {
            var p = col
            for r in col..<q where abs(a[r * q + col]) > abs(a[p * q + col]) { p = r }
            guard a[p * q + col] != 0, a[p * q + col].isFinite else { return nil }
            if p != col {
                for j in 0..<q { a.swapAt(p * q + j, col * q + j); inv.swapAt(p * q + j, col * q + j) }
            }
            let d = a[col * q + col]
            for j in 0..<q { a[col * q + j] /= d; inv[col * q + j] /= d }
            for r in 0..<q where r != col {
                let f = a[r * q + col]
                if f == 0 { continue }
                for j in 0..<q { a[r * q + j] -= f * a[col * q + j]; inv[r * q + j] -= f * inv[col * q + j] }
            }
        }
        return inv
    }

    /// 1 / (‖A‖₁ ‖A⁻¹‖₁), as R's `rcond` estimates it.
    static func reciprocalCondition(_ m: [Double], _ inv: [Double], _ q: Int) -> Double {
        func norm1(_ x: [Double]) -> Double {
            (0..<q).map { j in (0..<q).reduce(0.0) { $0 + abs(x[$1 * q + j]) } }.max() ?? 0
        }
        return 1 / (norm1(m) * norm1(inv))
    }
}
