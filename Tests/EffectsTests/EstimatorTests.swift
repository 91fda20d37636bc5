import Effects
import Testing

@Suite struct EstimatorTests {
    func row(_ id: String, _ t: Int, _ g: Int?, _ y: Double) -> PanelRow { PanelRow(id: id, period: t, group: g, outcome: y) }

    @Test func unitsMissingAPeriodAreLeftOutAndNamed() throws {
        var rows: [PanelRow] = []
        for t in 2020...2023 { rows.append(row("a", t, 2022, 1)); rows.append(row("b", t, nil, 2)) }
        rows += [row("c", 2020, nil, 1), row("c", 2021, nil, 1)]
        let p = try Panel.balanced(rows.shuffled())
        #expect(p.units.sorted() == ["a", "b"])
        #expect(p.incomplete == ["c"])
        #expect(p.periods == [2020, 2021, 2022, 2023])
    }

    @Test func rowsThatCannotMakeAPanelAreRefusedByName() {
        #expect(throws: PanelProblem.repeated(id: "a", period: 2020)) {
            try Panel.balanced([row("a", 2020, nil, 1), row("a", 2020, nil, 2), row("a", 2021, nil, 1)])
        }
        #expect(throws: PanelProblem.groupDiffers(id: "a", first: 2021, then: 0)) {
            try Panel.balanced([row("a", 2020, 2021, 1), row("a", 2021, nil, 2)])
        }
        #expect(throws: PanelProblem.tooFewPeriods(1)) { try Panel.balanced([row("a", 2020, nil, 1)]) }
        #expect(throws: PanelProblem.notFinite(id: "a", period: 2020)) { try Panel.balanced([row("a", 2020, nil, .nan)]) }
        // A period far beyond any year would overflow the event times: refused, not a crash.
        #expect(throws: PanelProblem.outOfRange(id: "a", value: Int.max)) {
            try Panel.balanced([row("a", Int.max, Int.min, 1), row("a", 2021, Int.min, 2)])
        }
    }

    /// By hand: two treated units rise by 3 and 5 after the start, three comparison units by 1, 1 and 4.
    @Test func oneCellIsTheDifferenceOfMeanChangesWithItsInfluenceFunctionSE() throws {
        let rows = [row("t1", 1, 2, 0), row("t1", 2, 2, 3), row("t2", 1, 2, 0), row("t2", 2, 2, 5),
                    row("c1", 1, nil, 0), row("c1", 2, nil, 1), row("c2", 1, nil, 0), row("c2", 2, nil, 1),
                    row("c3", 1, nil, 0), row("c3", 2, nil, 4)]
        let e = try EffectEstimate.estimate(try Panel.balanced(rows), EstimateOptions(repetitions: 2))
        let cell = try #require(e.cells.first)
        #expect(e.cells.count == 1)
        #expect(abs(cell.att - (4 - 2)) < 1e-12)
        // SE² = Σ_T (Δ − 4)² / n_T² + Σ_C (Δ − 2)² / n_C² = 2/4 + 6/9.
        #expect(abs(cell.se - (2.0 / 4 + 6.0 / 9).squareRoot()) < 1e-12)
        #expect(cell.treated == 2 && cell.comparison == 3)
        #expect(e.warnings.contains(.smallGroup(group: 2, units: 2)))
        #expect(e.warnings.contains(.fewPrePeriods(groups: [2])))
        #expect(e.warnings.contains(.noPreTest))
    }

    @Test func theWarningsSayWhatTheEstimateCannotBear() throws {
        // No never-treated unit: the last group serves as the comparison.
        let sim = SimulatedPanel(periods: 2010...2015, cohorts: [(2011, 15), (2012, 15), (2014, 20)], never: 0,
                                 effect: .constant(2), seed: 5)
        let e = try EffectEstimate.estimate(sim.panel(), EstimateOptions(repetitions: 2))
        #expect(e.warnings.contains(.noNeverTreated(lastGroup: 2014)))
        #expect(e.groups == [2011, 2012])
        #expect(e.periods == [2010, 2011, 2012, 2013])
        // A pre-trend planted: the treated drift away before they start.
        var rows = SimulatedPanel(periods: 2010...2017, cohorts: [(2015, 40)], never: 40, effect: .zero, seed: 9).rows()
        rows = rows.map { r in
            var r = r
            if r.group != nil { r.outcome += 0.8 * Double(r.period - 2010) }
            return r
        }
        let drift = try EffectEstimate.estimate(try Panel.balanced(rows), EstimateOptions(repetitions: 2))
        let p = try #require(drift.preTest?.pValue)
        #expect(drift.warnings.contains(.preTrend(pValue: p)))
        #expect(p < 0.001)
        // Nothing to estimate when every unit is treated from the start.
        #expect(throws: EffectProblem.noTreatedGroup) {
            try EffectEstimate.estimate(try Panel.balanced([row("a", 1, 1, 0), row("a", 2, 1, 1), row("b", 1, nil, 0), row("b", 2, nil, 0)]))
        }
    }

    @Test func theMinimumDetectableEffectComesFromThePrePeriods() throws {
        let e = try EffectEstimate.estimate(CoverageTests.panel(7, effect: .zero).panel(), EstimateOptions(repetitions: 2))
        let pre = e.dynamic.points.filter { $0.key < 0 }.map(\.se)
        let rms = (pre.reduce(0) { $0 + $1 * $1 } / Double(pre.count)).squareRoot()
        #expect(abs(try #require(e.minimumDetectable) - 2.8016 * rms) < 0.001 * rms)
    }

    @Test func theSameSeedGivesTheSameBand() throws {
        let p = CoverageTests.panel(3, effect: .constant(1)).panel()
        let a = try EffectEstimate.estimate(p, EstimateOptions(seed: 42))
        let b = try EffectEstimate.estimate(p, EstimateOptions(seed: 42))
        let c = try EffectEstimate.estimate(p, EstimateOptions(seed: 43))
        #expect(a == b)
        #expect(a.dynamic.critical != c.dynamic.critical)
    }

    @Test func theChiSquareTailIsRight() {
        // R: pchisq(3.84145882, 1, lower.tail = FALSE) = 0.05; pchisq(20, 7, lower.tail = FALSE) = 0.005569683.
        #expect(abs(ChiSquare.upperTail(3.841458820694124, df: 1) - 0.05) < 1e-9)
        #expect(abs(ChiSquare.upperTail(20, df: 7) - 0.005569683) < 1e-8)
        #expect(abs(ChiSquare.upperTail(2, df: 10) - 0.9963402) < 1e-6)
        #expect(abs(Normal.cdf(Normal.z975) - 0.975) < 1e-12)
    }
}
