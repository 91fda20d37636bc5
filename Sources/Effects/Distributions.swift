import Foundation

/// The standard normal distribution's figures the estimates need.
public enum Normal {
    /// z for a two-sided 95 % interval.
    public static let z975 = 1.959963984540054
    /// z for 80 % power.
    public static let z80 = 0.8416212335729143
    /// The distance between the standard normal's quartiles.
    static let interquartile = 1.3489795003921634

    /// P(Z ≤ x).
    public static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// The two-sided p-value of a z statistic.
    public static func twoSided(_ z: Double) -> Double { erfc(abs(z) / 2.0.squareRoot()) }
}

/// The chi-square distribution's upper tail, for the Wald pre-trend test.
public enum ChiSquare {
    /// P(X > x) for X ~ χ²(df).
    public static func upperTail(_ x: Double, df: Int) -> Double {
        guard x > 0 else { return 1 }
        return 1 - regularizedLowerGamma(Double(df) / 2, x / 2)
    }

    /// P(a, x), by its series below a + 1 and its continued fraction above (Numerical Recipes' gammp).
    static func regularizedLowerGamma(_ a: Double, _ x: Double) -> Double {
        let lnFront = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            var sum = 1 / a, term = 1 / a, ap = a
            for _ in 0..<10_000 {
                ap += 1; term *= x / ap; sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return sum * exp(lnFront)
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b; if abs(d) < tiny { d = tiny }
            c = b + an / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return 1 - exp(lnFront) * h
    }
}
