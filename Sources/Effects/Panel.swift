/// One observation of a panel: a unit's outcome in a period, and the period the unit was first treated in (nil or
/// 0 for a unit never treated). The layout R's `did` and Stata's `csdid` read: id, period, group, outcome.
public struct PanelRow: Sendable, Equatable {
    public var id: String
    public var period: Int
    public var group: Int?
    public var outcome: Double
    public init(id: String, period: Int, group: Int?, outcome: Double) {
        self.id = id; self.period = period; self.group = group; self.outcome = outcome
    }
}

/// Why rows cannot make a panel.
public enum PanelProblem: Error, Equatable, Sendable {
    /// No rows at all, or fewer than two periods.
    case tooFewPeriods(Int)
    /// A unit's rows name different first-treated periods.
    case groupDiffers(id: String, first: Int, then: Int)
    /// A unit has two outcomes for one period.
    case repeated(id: String, period: Int)
    /// An outcome that is not a finite number.
    case notFinite(id: String, period: Int)
    /// No unit is observed in every period.
    case noCompleteUnit
}

/// A balanced panel: every kept unit has an outcome in every period. Units that miss a period are left out and
/// named in `incomplete`.
public struct Panel: Sendable, Equatable {
    /// The kept units, in the order they first appear.
    public let units: [String]
    /// The periods, ascending.
    public let periods: [Int]
    /// Each kept unit's first treated period; 0 for a unit never treated.
    public let groups: [Int]
    /// Outcomes, unit by unit: `outcomes[u * periods.count + t]`.
    public let outcomes: [Double]
    /// Units left out because they miss a period, in the order they first appear.
    public let incomplete: [String]

    public init(units: [String], periods: [Int], groups: [Int], outcomes: [Double], incomplete: [String] = []) {
        self.units = units; self.periods = periods; self.groups = groups; self.outcomes = outcomes
        self.incomplete = incomplete
    }

    public func outcome(_ unit: Int, _ period: Int) -> Double { outcomes[unit * periods.count + period] }

    /// Builds the balanced panel from rows in any order.
    public static func balanced(_ rows: [PanelRow]) throws(PanelProblem) -> Panel {
        var periodSet = Set<Int>()
        var order: [String] = []
        var index: [String: Int] = [:]
        var group: [Int] = []
        var seen: [[Int: Double]] = []
        for r in rows {
            guard r.outcome.isFinite else { throw .notFinite(id: r.id, period: r.period) }
            let g = r.group ?? 0
            let u: Int
            if let known = index[r.id] {
                u = known
                if group[u] != g { throw .groupDiffers(id: r.id, first: group[u], then: g) }
            } else {
                u = order.count; index[r.id] = u; order.append(r.id); group.append(g); seen.append([:])
            }
            if seen[u].updateValue(r.outcome, forKey: r.period) != nil { throw .repeated(id: r.id, period: r.period) }
            periodSet.insert(r.period)
        }
        let periods = periodSet.sorted()
        guard periods.count >= 2 else { throw .tooFewPeriods(periods.count) }
        var units: [String] = [], groups: [Int] = [], outcomes: [Double] = [], incomplete: [String] = []
        outcomes.reserveCapacity(order.count * periods.count)
        for (u, id) in order.enumerated() {
            guard seen[u].count == periods.count else { incomplete.append(id); continue }
            units.append(id); groups.append(group[u])
            for p in periods { outcomes.append(seen[u][p]!) }
        }
        guard !units.isEmpty else { throw .noCompleteUnit }
        return Panel(units: units, periods: periods, groups: groups, outcomes: outcomes, incomplete: incomplete)
    }
}
