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
    /// A period or first treated period beyond ±`Panel.periodLimit`: years and period numbers are far smaller, and
    /// such a number would overflow the event times.
    case outOfRange(id: String, value: Int)
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

    public static let periodLimit = 1_000_000

    /// Builds the balanced panel from rows in any order: units and periods found first, then one flat table filled.
    public static func balanced(_ rows: [PanelRow]) throws(PanelProblem) -> Panel {
        var order: [String] = []
        var index: [String: Int] = [:]
        var group: [Int] = []
        var unitOf = [Int](repeating: 0, count: rows.count)
        var periodSet = Set<Int>()
        for (r, row) in rows.enumerated() {
            guard row.outcome.isFinite else { throw .notFinite(id: row.id, period: row.period) }
            let g = row.group ?? 0
            for v in [row.period, g] where abs(v) > periodLimit { throw .outOfRange(id: row.id, value: v) }
            if let known = index[row.id] {
                unitOf[r] = known
                if group[known] != g { throw .groupDiffers(id: row.id, first: group[known], then: g) }
            } else {
                unitOf[r] = order.count; index[row.id] = order.count; order.append(row.id); group.append(g)
            }
            periodSet.insert(row.period)
        }
        let periods = periodSet.sorted()
        guard periods.count >= 2 else { throw .tooFewPeriods(periods.count) }
        let column = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let T = periods.count
        var table = [Double](repeating: .nan, count: order.count * T)
        var filled = [Int](repeating: 0, count: order.count)
        for (r, row) in rows.enumerated() {
            let u = unitOf[r], at = u * T + column[row.period]!
            guard table[at].isNaN else { throw .repeated(id: row.id, period: row.period) }
            table[at] = row.outcome
            filled[u] += 1
        }
        var units: [String] = [], groups: [Int] = [], outcomes: [Double] = [], incomplete: [String] = []
        outcomes.reserveCapacity(table.count)
        for (u, id) in order.enumerated() {
            guard filled[u] == T else { incomplete.append(id); continue }
            units.append(id); groups.append(group[u])
            outcomes.append(contentsOf: table[(u * T)..<((u + 1) * T)])
        }
        guard !units.isEmpty else { throw .noCompleteUnit }
        return Panel(units: units, periods: periods, groups: groups, outcomes: outcomes, incomplete: incomplete)
    }
}
