import Effects
import Testing

/// Over many simulated panels with a known effect, the 95 % intervals cover it about 95 % of the time, and with
/// no effect (and parallel trends true) the pre-trend test rejects about 5 % of the time. The panels have 261 units in
/// three groups and eight periods. With a third of that (groups of 12–20) the test rejected 28 % of the time: a Wald
/// test over 13 pre-period cells with so few units per group over-rejects, which the README and the view say.
@Suite struct CoverageTests {
    static func panel(_ seed: UInt64, effect: SimulatedPanel.Effect) -> SimulatedPanel {
        SimulatedPanel(periods: 2015...2022, cohorts: [(2018, 45), (2019, 60), (2021, 36)], never: 120, effect: effect,
                       seed: seed)
    }

    @Test func theIntervalsCoverAKnownEffectAboutNinetyFivePercentOfTheTime() throws {
        var covered = 0, bandCovered = 0
        let runs = 200
        for seed in 0..<runs {
            let sim = Self.panel(UInt64(10_000 + seed), effect: .constant(1))
            let e = try EffectEstimate.estimate(sim.panel(), EstimateOptions(repetitions: 499, seed: UInt64(seed)))
            if let i = e.interval, i.contains(sim.trueGroupEffect) { covered += 1 }
            // The event study's band covers every event time's true effect (0 before the start, 1 after) at once.
            let all = e.dynamic.points.allSatisfy { p in
                let truth = p.key >= 0 ? 1.0 : 0.0
                return abs(p.att - truth) <= e.dynamic.critical * p.se
            }
            if all { bandCovered += 1 }
        }
        let share = Double(covered) / Double(runs), band = Double(bandCovered) / Double(runs)
        #expect(share >= 0.92 && share <= 0.98, "the 95 % interval covered the effect in \(covered) of \(runs)")
        #expect(band >= 0.92, "the simultaneous band covered every event time in \(bandCovered) of \(runs)")
    }

    @Test func withNoEffectThePreTrendTestRejectsAboutFivePercentOfTheTime() throws {
        var rejected = 0, tested = 0
        for seed in 0..<200 {
            let e = try EffectEstimate.estimate(Self.panel(UInt64(20_000 + seed), effect: .zero).panel(),
                                                EstimateOptions(repetitions: 2))
            guard let t = e.preTest else { continue }
            tested += 1
            if t.rejects { rejected += 1 }
        }
        #expect(tested == 200)
        let share = Double(rejected) / Double(tested)
        #expect(share >= 0.02 && share <= 0.10, "the pre-trend test rejected \(rejected) of \(tested)")
    }
}
