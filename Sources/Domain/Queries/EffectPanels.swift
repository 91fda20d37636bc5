import Effects
import Foundation

/// Why no panel can be made for an intervention kind and an indicator.
public enum EffectPanelProblem: Error, Equatable, Sendable {
    case unknownKind(String)
    case unknownIndicator(String)
    /// Effects are estimated by school year or calendar year; an indicator measured on dates or at measuring points
    /// has no periods to compare.
    case notByYear(String)
}

/// The panel behind an effect estimate: for each school, its outcomes by year and the year the kind first reached
/// "started" there (none for a school that never ran it), with who is in it.
public struct EffectPanel: Sendable {
    public let kind: InterventionKind
    public let indicator: IndicatorDefinition
    public let rows: [PanelRow]
    /// The programme's schools where the kind started, those where it never did, and the register's comparison
    /// schools (outside the programme).
    public let started: Int
    public let programmeComparison: Int
    public let registerComparison: Int
    /// Other kinds the same schools started in the same school year: the estimate cannot tell them apart.
    public let alsoStarted: [CoIntervention]
}

/// Another kind started by `schools` of a kind's starters in the same school year as it.
public struct CoIntervention: Sendable, Equatable {
    public let kind: InterventionKind
    public let schools: Int
}

/// How an effect reads in the indicator's direction: better or worse when its 95 % interval lies on one side of
/// zero, and otherwise not to be told.
public enum EffectVerdict: String, CaseIterable, Sendable {
    case better, worse, cannotTell = "cannot-tell"
}

extension EffectEstimate {
    public func verdict(_ better: Better) -> EffectVerdict {
        guard let i = interval else { return .cannotTell }
        if i.lowerBound > 0 { return better == .higher ? .better : .worse }
        if i.upperBound < 0 { return better == .lower ? .better : .worse }
        return .cannotTell
    }
}

/// One cell of the effect table: a kind and an indicator, and the estimate or why there is none.
public struct EffectCell: Sendable {
    public let kind: InterventionKind
    public let indicator: IndicatorDefinition
    public let panel: EffectPanel
    public let estimate: EffectEstimate?
    public let problem: EffectProblem?
    public let panelProblem: PanelProblem?
    public var verdict: EffectVerdict { estimate?.verdict(indicator.better) ?? .cannotTell }
}

extension NetworkState {
    /// The intervention kinds an effect can be estimated for: the programme's, in the order defined.
    public func effectKinds(_ programme: ProgrammeID) -> [InterventionKind] {
        interventionKinds.values.filter { $0.programme == programme }
    }

    /// The indicators an effect can be estimated on: the programme's measured by school year or calendar year.
    public func effectIndicators(_ programme: ProgrammeID) -> [IndicatorDefinition] {
        indicatorDefinitions(programme).filter { $0.periodKind == .schoolYear || $0.periodKind == .year }
    }

    /// The panel for a kind and an indicator. A school's group is the school year (or calendar year) in which the
    /// kind first reached "started" there; its outcomes are the indicator's values by year. The comparison pool is
    /// the programme's schools that never started the kind and the register's schools outside the programme.
    public func effectPanel(_ programme: ProgrammeID, kind: String, indicator: String) throws(EffectPanelProblem) -> EffectPanel {
        guard let k = interventionKind(programme, kind) else { throw .unknownKind(kind) }
        guard let d = self.indicator(programme, indicator) else { throw .unknownIndicator(indicator) }
        guard d.periodKind == .schoolYear || d.periodKind == .year else { throw .notByYear(indicator) }
        return effectPanel(programme, k, d, outcomes: yearlyOutcomes(d))
    }

    /// Each measured school's values by year, in the order of the schools' ids: read once for every kind.
    func yearlyOutcomes(_ d: IndicatorDefinition) -> [(school: String, values: [(year: Int, value: Double)])] {
        measuredSchools(d).sorted().map { school in
            (school, series(d, school: school).compactMap { point in
                switch point.period {
                case .schoolYear(let y), .year(let y): return (y, point.value.double)
                default: return nil
                }
            })
        }
    }

    func effectPanel(_ programme: ProgrammeID, _ k: InterventionKind, _ d: IndicatorDefinition,
                     outcomes: [(school: String, values: [(year: Int, value: Double)])]) -> EffectPanel {
        var rows: [PanelRow] = []
        rows.reserveCapacity(outcomes.reduce(0) { $0 + $1.values.count })
        var started = 0, never = 0, register = 0
        let others = effectKinds(programme).filter { $0.id != k.id }
        var also = [Int](repeating: 0, count: others.count)
        func year(_ day: Day) -> Int { d.periodKind == .schoolYear ? SchoolYear(containing: day).startYear : day.year }
        for (school, values) in outcomes {
            var group: Int?
            if isInProgramme(programme, school) {
                if let day = interventions[InterventionKey(programme, school, k.id)]?.started {
                    group = year(day)
                    started += 1
                    for (i, o) in others.enumerated() where interventions[InterventionKey(programme, school, o.id)]?.started.map(year) == group {
                        also[i] += 1
                    }
                } else { never += 1 }
            } else { register += 1 }
            for (year, value) in values { rows.append(PanelRow(id: school, period: year, group: group, outcome: value)) }
        }
        return EffectPanel(kind: k, indicator: d, rows: rows, started: started, programmeComparison: never,
                           registerComparison: register,
                           alsoStarted: zip(others, also).filter { $0.1 > 0 }.map { CoIntervention(kind: $0.0, schools: $0.1) })
    }

    /// Every kind × indicator of a programme, estimated with the same options.
    public func effectTable(_ programme: ProgrammeID, options: EstimateOptions) -> [EffectCell] {
        var panels: [EffectPanel] = []
        let indicators = effectIndicators(programme)
        let outcomes = indicators.map(yearlyOutcomes)
        for k in effectKinds(programme) {
            for (d, o) in zip(indicators, outcomes) { panels.append(effectPanel(programme, k, d, outcomes: o)) }
        }
        // The cells are independent: estimated on every core, each into its own place.
        let all = panels, results = EffectResults(count: all.count)
        DispatchQueue.concurrentPerform(iterations: all.count) { i in results.set(i, Self.estimate(all[i], options)) }
        return results.all
    }

    /// One cell: the panel estimated, or the reason it cannot be.
    public static func estimate(_ panel: EffectPanel, _ options: EstimateOptions) -> EffectCell {
        do {
            let p = try Panel.balanced(panel.rows)
            do {
                let e = try EffectEstimate.estimate(p, options)
                return EffectCell(kind: panel.kind, indicator: panel.indicator, panel: panel, estimate: e, problem: nil, panelProblem: nil)
            } catch {
                return EffectCell(kind: panel.kind, indicator: panel.indicator, panel: panel, estimate: nil, problem: error, panelProblem: nil)
            }
        } catch {
            return EffectCell(kind: panel.kind, indicator: panel.indicator, panel: panel, estimate: nil, problem: nil, panelProblem: error)
        }
    }
}

/// The table's cells as the workers finish them.
private final class EffectResults: @unchecked Sendable {
    private let lock = NSLock()
    private var cells: [EffectCell?]
    init(count: Int) { cells = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ c: EffectCell) { lock.lock(); cells[i] = c; lock.unlock() }
    var all: [EffectCell] { lock.lock(); defer { lock.unlock() }; return cells.map { $0! } }
}
