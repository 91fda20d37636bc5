import Demo
import Domain
import Foundation

/// A national log as the programmes' indicators make one before any casework: a register of 10 000 schools (a
/// tenth of them in the programme) and four indicators with ten school years each, imported one indicator at a
/// time: 400 000 measurements in four writes.
enum NationalLog {
    static let schools = 10_000, years = 10
    static let indicators = ["dansk-under-4", "matematik-under-4", "trivsel", "fravaer"]
    /// Their names, as a coordinator would give them (the screens and the history show names, not ids).
    static let names = ["dansk-under-4": "Andel under 4 i dansk", "matematik-under-4": "Andel under 4 i matematik",
                        "trivsel": "Lav trivsel", "fravaer": "Højt fravær"]

    static func events(today: Day) throws -> [(at: Timestamp, actor: String, event: Event)] {
        let first = SchoolYear(containing: today).startYear - years
        var out = try MeasurementBench.setup(today: today, first: first)
        out.removeAll { if case .indicatorDefined = $0.event { return true } else { return false } }
        var state = NetworkState.replay(Recorded.numbered(out))
        func run(_ commands: [Command], _ at: Timestamp) throws {
            out += try decideBatch(commands, on: &state, actor: "mfr", now: at).map { ($0.at, $0.actor, $0.event) }
        }
        try run(indicators.map { id in
            .defineIndicator(IndicatorDefinition(id: id, programme: "p", names: [LocalName("da", names[id] ?? id)],
                                                 baseline: (first + years - 4 ... first + years - 2).map { .schoolYear($0) }))
        }, Copenhagen.timestamp(today.adding(days: -29), minutes: 9 * 60))
        var rng = SplitMix64(seed: 400)
        for (n, id) in indicators.enumerated() {
            var commands: [Command] = []
            commands.reserveCapacity(schools * years)
            for i in 0..<schools {
                for y in first..<first + years {
                    let v = Int.random(in: 0...1000, using: &rng)
                    commands.append(.recordMeasurement(Measurement(programme: "p", indicator: id, school: pad(100_000 + i, 6),
                                                                   period: .schoolYear(y), value: Fixed(units: v * 1000),
                                                                   pupils: Int.random(in: 20...140, using: &rng), source: "Uddannelsesstatistik")))
                }
            }
            try run(commands, Copenhagen.timestamp(today.adding(days: -28 + n), minutes: 10 * 60))
        }
        return out
    }
}
