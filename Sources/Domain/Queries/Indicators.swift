extension NetworkState {
    /// The indicator a new value in a programme most likely measures: the one its values use most (the first
    /// Tavle knows on a tie, or when there are none yet).
    public func usualIndicator(programme: ProgrammeID) -> BuiltinIndicator {
        var counts: [BuiltinIndicator: Int] = [:]
        for e in evaluations.values where e.programme == programme { counts[e.indicator, default: 0] += 1 }
        let order = BuiltinIndicator.allCases
        return order.max { (counts[$0] ?? 0, -order.firstIndex(of: $0)!) < (counts[$1] ?? 0, -order.firstIndex(of: $1)!) }!
    }

    /// A programme's indicators: those it defined, in the order defined, then the built-in ones its values recorded
    /// before indicators were data still use (unless it defined one of the same id).
    public func indicatorDefinitions(_ programme: ProgrammeID) -> [IndicatorDefinition] {
        var out = indicators.values.filter { $0.programme == programme }
        let defined = Set(out.map(\.id))
        // Which built-in indicators the programme's evaluations use, by case (hashing each one's name was a third of
        // working out the dashboard's figures alongside the schools list at national scale).
        var legacy = Array(repeating: false, count: BuiltinIndicator.allCases.count)
        for e in evaluations.values where e.programme == programme { legacy[e.indicator.index] = true }
        for b in BuiltinIndicator.allCases where legacy[b.index] && !defined.contains(b.rawValue) {
            out.append(.builtin(b, programme: programme))
        }
        return out
    }

    /// One indicator of a programme, defined or built in.
    public func indicator(_ programme: ProgrammeID, _ id: String) -> IndicatorDefinition? {
        if let d = indicators[Self.kindKey(programme, id)] { return d }
        guard let b = BuiltinIndicator(rawValue: id), evaluations.values.contains(where: { $0.programme == programme && $0.indicator == b })
        else { return nil }
        return .builtin(b, programme: programme)
    }

    /// A school's values of an indicator in the order of their periods. A built-in indicator's are the values
    /// recorded at the programme's measuring points (the latest at each point), read as measurements.
    public func series(_ d: IndicatorDefinition, school: String) -> [SeriesPoint] {
        guard d.periodKind == .point, let b = BuiltinIndicator(rawValue: d.id) else {
            return measurements[SeriesKey(d.programme, d.id, school)]?.points ?? []
        }
        return Self.pointSeries(evaluations.values.lazy.filter { $0.programme == d.programme && $0.school == school && $0.indicator == b })
    }

    /// Every school's values of an indicator at once: one pass over the values, where asking school by school would
    /// pass over all of them for each school.
    /// A built-in indicator's pass keeps, per school, only the latest date and value at each measuring point (what
    /// `pointSeries` would pick, a later record winning a tie), read in place rather than copying each evaluation.
    public func seriesLookup(_ d: IndicatorDefinition) -> SeriesLookup {
        guard d.periodKind == .point, let b = BuiltinIndicator(rawValue: d.id) else {
            return SeriesLookup(state: self, definition: d, points: nil, measured: nil)
        }
        let points = MeasuringPoint.allCases
        var slot: [String: Int] = [:], measured: [String] = []
        var latest: [(date: Day, hundredths: Int)?] = []
        evaluations.values.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].indicator == b && all[i].programme == d.programme {
                let school = all[i].school
                let k: Int
                if let known = slot[school] { k = known } else {
                    k = measured.count
                    slot[school] = k
                    measured.append(school)
                    latest.append(contentsOf: repeatElement(nil, count: points.count))
                }
                guard let p = all[i].point, let j = points.firstIndex(of: p) else { continue }
                let date = all[i].date
                if let old = latest[k * points.count + j], old.date > date { continue }
                latest[k * points.count + j] = (date, all[i].hundredths)
            }
        }
        var bySchool: [String: [SeriesPoint]] = [:]
        bySchool.reserveCapacity(measured.count)
        for (k, school) in measured.enumerated() {
            bySchool[school] = points.indices.compactMap { j in
                latest[k * points.count + j].map { SeriesPoint(period: .point(points[j]), value: Fixed(units: $0.hundredths * 100)) }
            }
        }
        return SeriesLookup(state: self, definition: d, points: bySchool, measured: measured)
    }

    /// The latest value at each measuring point, in the points' order.
    static func pointSeries<S: Sequence>(_ values: S) -> [SeriesPoint] where S.Element == Evaluation {
        var latest: [MeasuringPoint: Evaluation] = [:]
        for e in values {
            guard let p = e.point else { continue }
            if let old = latest[p], old.date > e.date { continue }
            latest[p] = e
        }
        return MeasuringPoint.allCases.compactMap { p in
            latest[p].map { SeriesPoint(period: .point(p), value: Fixed(units: $0.hundredths * 100)) }
        }
    }

    /// The schools an indicator has values for, in the programme or not.
    public func measuredSchools(_ d: IndicatorDefinition) -> [String] {
        if d.periodKind == .point, let b = BuiltinIndicator(rawValue: d.id) {
            var seen = Set<String>(), out: [String] = []
            for e in evaluations.values where e.programme == d.programme && e.indicator == b && seen.insert(e.school).inserted { out.append(e.school) }
            return out
        }
        return measurements.keys.filter { $0.programme == d.programme && $0.indicator == d.id }.map(\.school)
    }

    /// Whether a school is one of a programme's (offered a place at some time) or only a comparison school.
    public func isInProgramme(_ programme: ProgrammeID, _ school: String) -> Bool {
        participation[Enrolment(programme, school)] != nil
    }
}

/// Every school's values of one indicator, gathered once (`NetworkState.seriesLookup`).
public struct SeriesLookup: Sendable {
    let state: NetworkState
    let definition: IndicatorDefinition
    /// A built-in indicator's values by school; nil for a measured one, read from its series directly.
    let points: [String: [SeriesPoint]]?
    /// A built-in indicator's schools with any value, at a measuring point or not (`measuredSchools`); nil for a
    /// measured one.
    let measured: [String]?

    public func callAsFunction(_ school: String) -> [SeriesPoint] {
        guard let points else { return state.measurements[SeriesKey(definition.programme, definition.id, school)]?.points ?? [] }
        return points[school] ?? []
    }
}
