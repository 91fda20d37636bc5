import Effects
import Foundation

/// Panels made for the tests: cohorts of given sizes starting in given periods, never-treated units, unit levels,
/// a common trend, noise and a planted effect of a given shape.
struct SimulatedPanel {
    enum Effect { case zero, constant(Double), growing(Double) }
    var periods: ClosedRange<Int>
    /// First treated period → units.
    var cohorts: [(start: Int, units: Int)]
    var never: Int
    var effect: Effect
    var seed: UInt64

    func rows() -> [PanelRow] {
        var rng = TestRNG(seed: seed)
        var rows: [PanelRow] = []
        var id = 0
        let units = cohorts.flatMap { c in Array(repeating: c.start, count: c.units) } + Array(repeating: 0, count: never)
        for g in units {
            id += 1
            let level = rng.normal() * 2 + (g == 0 ? 0 : 0.5)
            let slope = rng.normal() * 0.1
            for t in periods {
                var y = 10 + level + 0.3 * Double(t - periods.lowerBound) + slope * Double(t - periods.lowerBound) + rng.normal()
                if g != 0, t >= g {
                    switch effect {
                    case .zero: break
                    case .constant(let e): y += e
                    case .growing(let e): y += e * Double(t - g + 1)
                    }
                }
                rows.append(PanelRow(id: String(id), period: t, group: g == 0 ? nil : g, outcome: y))
            }
        }
        return rows
    }

    func panel() -> Panel { try! Panel.balanced(rows()) }

    /// The true overall effect as the group aggregation weighs it, for coverage.
    var trueGroupEffect: Double {
        let post = cohorts.filter { $0.start <= periods.upperBound && $0.start > periods.lowerBound }
        let total = Double(post.reduce(0) { $0 + $1.units })
        return post.reduce(0.0) { acc, c in
            let years = periods.upperBound - c.start + 1
            let mean: Double
            switch effect {
            case .zero: mean = 0
            case .constant(let e): mean = e
            case .growing(let e): mean = e * Double(years + 1) / 2
            }
            return acc + mean * Double(c.units) / total
        }
    }

    func csv() -> String {
        "id,period,group,outcome\n" + rows().map { "\($0.id),\($0.period),\($0.group ?? 0),\($0.outcome)" }.joined(separator: "\n") + "\n"
    }
}

struct TestRNG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / Double(1 << 53) }
    mutating func normal() -> Double { (-2 * log(uniform())).squareRoot() * cos(2 * .pi * uniform()) }
}
