/// An indicator's average at a measuring point, with what it rests on: the dashboard and the report both show
/// these figures, computed once here, and neither shows an average without its count.
public struct EvaluationAverage: Sendable, Equatable {
    public let indicator: BuiltinIndicator
    public let point: MeasuringPoint
    /// The mean of the values, in hundredths of a per cent.
    public let hundredths: Int
    /// How many values, and from how many schools.
    public let values: Int
    public let schools: Int
    /// The programme's schools that take part, for "n of N".
    public let ofSchools: Int

    /// Fewer than five schools, or under half of the programme's: not a programme-wide result, and said so.
    public var isThin: Bool { isFew || schools * 2 < ofSchools }
    /// Fewer than five schools: too few for any average (a region's included).
    public var isFew: Bool { schools < 5 }
}

extension NetworkState {
    /// Each indicator's average at each measuring point among a programme's values (those dated up to `day`, when
    /// given), in the order of the indicators and points; only pairs with values.
    public func evaluationAverages(_ programme: ProgrammeID, upTo day: Day? = nil, where keep: (Evaluation) -> Bool = { _ in true }) -> [EvaluationAverage] {
        var totals: [BuiltinIndicator: [MeasuringPoint: (sum: Int, count: Int, schools: Set<String>)]] = [:]
        for v in evaluations.values where v.programme == programme && day.map({ v.date <= $0 }) ?? true && keep(v) {
            guard let point = v.point else { continue }
            var t = totals[v.indicator, default: [:]][point, default: (0, 0, [])]
            t.sum += v.hundredths; t.count += 1; t.schools.insert(v.school)
            totals[v.indicator, default: [:]][point] = t
        }
        let active = participation.filter { $0.key.programme == programme && $0.value.status == .accepted }.count
        var out: [EvaluationAverage] = []
        for indicator in BuiltinIndicator.allCases {
            for point in MeasuringPoint.allCases {
                guard let t = totals[indicator]?[point] else { continue }
                out.append(EvaluationAverage(indicator: indicator, point: point, hundredths: t.sum / t.count, values: t.count,
                                             schools: t.schools.count, ofSchools: active))
            }
        }
        return out
    }
}
