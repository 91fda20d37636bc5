import Testing
@testable import Domain

/// Indicators as data: definitions, ranges, directions, baselines over several years, targets, corrections, and the
/// values recorded before indicators were data read as measurements.
@Suite struct IndicatorTests {
    let p = Fixture.p

    func share(_ id: String = "dansk-under-4", baseline: [Period] = [.schoolYear(2021), .schoolYear(2022), .schoolYear(2023)],
               target: IndicatorTarget? = IndicatorTarget(kind: .change, school: Fixed(5), programme: Fixed(3))) -> IndicatorDefinition {
        IndicatorDefinition(id: id, programme: p, names: [LocalName("da", "Andel under 4 i dansk"), LocalName("en", "Share below 4 in Danish")],
                            unit: .percent, minimum: .zero, maximum: Fixed(100), decimals: 1, better: .lower, periodKind: .schoolYear,
                            baseline: baseline, target: target, source: "Uddannelsesstatistik: karakterer, 9. klasse")
    }

    func m(_ school: String, _ year: Int, _ value: String, pupils: Int? = nil, indicator: String = "dansk-under-4") -> Measurement {
        Measurement(programme: p, indicator: indicator, school: school, period: .schoolYear(year), value: Fixed.parse(value)!, pupils: pupils)
    }

    func network() throws -> Fixture {
        var f = try Fixture.standard()
        try f.run(.setParticipation(Enrolment(p, "049001"), status: .offered))
        try f.run(.setParticipation(Enrolment(p, "049001"), status: .accepted))
        try f.run(.assignConsultant(Enrolment(p, "049001"), consultant: "ahj"))
        try f.run(.defineIndicator(share()))
        return f
    }

    @Test func fixedValuesAreExactAndSpelledOneWay() {
        #expect(Fixed.parse("12.5")?.units == 125_000)
        #expect(Fixed.parse("-0.0001")?.units == -1)
        #expect(Fixed.parse("12.50")?.spelled == "12.5")
        #expect(Fixed.parse("3.")?.spelled == "3")
        #expect(Fixed.parse("1.23456") == nil)
        #expect(Fixed.parse("1e3") == nil)
        #expect(Fixed.parse("") == nil && Fixed.parse("-") == nil && Fixed.parse(".") == nil)
        #expect(Fixed.parse("12.35")!.rounded(to: 1).spelled == "12.4")
        #expect(Fixed.parse("-12.35")!.rounded(to: 1).spelled == "-12.4")
        #expect(Fixed.parse("7")!.decimals == 0 && Fixed.parse("7.25")!.decimals == 2)
    }

    @Test func periodsAreSpelledAndOrderedByWhenTheyBegin() {
        #expect(Period.parse("2016/17") == .schoolYear(2016))
        #expect(Period.parse("2016/18") == nil)
        #expect(Period.parse("1999/00") == .schoolYear(1999))
        #expect(Period.parse("2016") == .year(2016))
        #expect(Period.parse("2016-06-30") == .day(Day(year: 2016, month: 6, day: 30)!))
        #expect(Period.parse("2016-02-30") == nil)
        #expect(Period.schoolYear(2016).spelled == "2016/17" && Period.schoolYear(1999).spelled == "1999/00")
        #expect(Period.schoolYear(2015) < .schoolYear(2016))
        #expect(Period.point(.baseline) < .point(.midway))
        #expect(Period.schoolYear(2016).previous == .schoolYear(2015))
    }

    @Test func definitionsAreCheckedAndKept() throws {
        var f = try network()
        #expect(f.state.indicators["elevloeft/dansk-under-4"]?.baseline.count == 3)
        #expect(f.refusal(.defineIndicator(share())) == .duplicateIndicator("dansk-under-4"))
        var d = share("x"); d.names = [LocalName("da", "  ")]
        #expect(f.refusal(.defineIndicator(d)) == .indicatorNames)
        d = share("x"); d.names = [LocalName("da", "A"), LocalName("da", "B")]
        #expect(f.refusal(.defineIndicator(d)) == .indicatorNames)
        d = share("x"); d.minimum = Fixed(100); d.maximum = Fixed(100)
        #expect(f.refusal(.defineIndicator(d)) == .emptyRange(minimum: Fixed(100), maximum: Fixed(100)))
        d = share("x"); d.decimals = 5
        #expect(f.refusal(.defineIndicator(d)) == .decimalsOutOfRange(5))
        d = share("x"); d.baseline = [.year(2021)]
        #expect(f.refusal(.defineIndicator(d)) == .wrongPeriod(period: "2021", kind: .schoolYear))
        d = share("x"); d.target = IndicatorTarget(kind: .level, school: Fixed(120))
        #expect(f.refusal(.defineIndicator(d)) == .targetOutOfRange(Fixed(120)))
        d = share("x"); d.target = IndicatorTarget(kind: .change, school: Fixed(-2))
        #expect(f.refusal(.defineIndicator(d)) == .targetOutOfRange(Fixed(-2)))
        d = share("x"); d.id = "a b"
        #expect(f.refusal(.defineIndicator(d)) == .invalidID("a b"))
        // Only a coordinator defines.
        f.actor = "ahj"
        #expect(f.refusal(.defineIndicator(share("x"))) == .notPermitted(actor: "ahj", rule: .coordinatorOnly))
        f.actor = "mfr"
        #expect(f.refusal(.changeIndicator(share("nope"))) == .unknownIndicator(programme: p, indicator: "nope"))
        #expect(f.refusal(.changeIndicator(share())) == .indicatorUnchanged("dansk-under-4"))
        // Baseline periods are kept once, in order.
        d = share("y", baseline: [.schoolYear(2023), .schoolYear(2021), .schoolYear(2023)])
        try f.run(.defineIndicator(d))
        #expect(f.state.indicators["elevloeft/y"]?.baseline == [.schoolYear(2021), .schoolYear(2023)])
    }

    @Test func valuesAreCheckedAgainstTheirIndicator() throws {
        var f = try network()
        #expect(f.refusal(.recordMeasurement(m("049001", 2021, "100.1"))) == .measurementOutOfRange(value: Fixed.parse("100.1")!, minimum: .zero, maximum: Fixed(100), decimals: 1))
        #expect(f.refusal(.recordMeasurement(m("049001", 2021, "12.25"))) == .measurementOutOfRange(value: Fixed.parse("12.25")!, minimum: .zero, maximum: Fixed(100), decimals: 1))
        var wrong = m("049001", 2021, "12"); wrong.period = .year(2021)
        #expect(f.refusal(.recordMeasurement(wrong)) == .wrongPeriod(period: "2021", kind: .schoolYear))
        #expect(f.refusal(.recordMeasurement(m("049001", 2027, "12"))) == .periodInFuture("2027/28"))
        #expect(f.refusal(.recordMeasurement(m("999999", 2021, "12"))) == .unknownSchool("999999"))
        #expect(f.refusal(.recordMeasurement(m("049001", 2021, "12", indicator: "nope"))) == .unknownIndicator(programme: p, indicator: "nope"))
        try f.run(.recordMeasurement(m("049001", 2021, "12.5", pupils: 31)))
        #expect(f.refusal(.recordMeasurement(m("049001", 2021, "13"))) == .measurementExists(school: "049001", period: "2021/22", value: Fixed.parse("12.5")!))
    }

    @Test func aConsultantRecordsForTheirOwnSchoolsAndACoordinatorForAnySchool() throws {
        var f = try network()
        f.actor = "ahj"
        try f.run(.recordMeasurement(m("049001", 2021, "10")))
        // 101001 is not in the programme: a comparison school, measured by a coordinator only.
        #expect(f.refusal(.recordMeasurement(m("101001", 2021, "10"))) == .notPermitted(actor: "ahj", rule: .ownCaseload(school: "101001")))
        f.actor = "mfr"
        try f.run(.recordMeasurement(m("101001", 2021, "10")))
        #expect(f.state.comparisonSchools(share()) == ["101001"])
    }

    @Test func aCorrectionCarriesAReasonAndBothStayInTheHistory() throws {
        var f = try network()
        try f.run(.recordMeasurement(m("049001", 2021, "12.5")))
        #expect(f.refusal(.correctMeasurement(m("049001", 2022, "11"), reason: "x")) == .noMeasurement(school: "049001", period: "2022/23"))
        #expect(f.refusal(.correctMeasurement(m("049001", 2021, "12.5"), reason: "x")) == .measurementUnchanged(Fixed.parse("12.5")!))
        #expect(f.refusal(.correctMeasurement(m("049001", 2021, "11"), reason: " ")) == .emptyField("reason"))
        let events = try f.run(.correctMeasurement(m("049001", 2021, "11"), reason: "Ministeriets rettede tal"))
        #expect(events == [.measurementCorrected(m("049001", 2021, "11"), reason: "Ministeriets rettede tal")])
        let point = f.state.measurements[SeriesKey(p, "dansk-under-4", "049001")]?.point(.schoolYear(2021))
        #expect(point?.value == Fixed(11) && point?.corrections == 1)
        // Undoing the correction puts the first value back.
        try f.run(.undoLast())
        #expect(f.state.measurements[SeriesKey(p, "dansk-under-4", "049001")]?.point(.schoolYear(2021))?.value == Fixed.parse("12.5")!)
        try f.run(.undoLast())
        #expect(f.state.measurements[SeriesKey(p, "dansk-under-4", "049001")] == nil)
    }

    @Test func aChangedDefinitionMustStillFitTheValuesRecorded() throws {
        var f = try network()
        try f.run(.recordMeasurement(m("049001", 2021, "42.5")))
        var narrower = share(); narrower.maximum = Fixed(40)
        #expect(f.refusal(.changeIndicator(narrower)) == .valuesWouldNotFit(count: 1))
        var fewer = share(); fewer.decimals = 0
        #expect(f.refusal(.changeIndicator(fewer)) == .valuesWouldNotFit(count: 1))
        var renamed = share(); renamed.names[0].text = "Dansk: andel under 4"
        try f.run(.changeIndicator(renamed))
        #expect(f.state.indicator(p, "dansk-under-4")?.name(in: "da") == "Dansk: andel under 4")
    }

    @Test func theBaselineIsTheMeanOfItsYearsAndTheChangeIsTurnedToTheBetterDirection() throws {
        var f = try network()
        for (y, v) in [(2019, "20"), (2020, "24"), (2021, "10"), (2022, "14"), (2023, "12"), (2025, "6")] {
            try f.run(.recordMeasurement(m("049001", y, v, pupils: 40)))
        }
        let cell = f.state.scoreCell(share(), school: "049001")
        #expect(cell.baseline == 12 && cell.baselineValues == 3)
        #expect(cell.latest?.period == .schoolYear(2025) && cell.latest?.pupils == 40)
        #expect(cell.change == -6 && cell.gain == 6)
        // A change target of 5 points in the better direction (down) is met by a fall of 6.
        #expect(cell.targetMet == true)
        // Higher is better: the same fall is a loss, and a level target of 8 is not met by 6 (lower is better: met).
        var up = share(target: IndicatorTarget(kind: .level, school: Fixed(8))); up.better = .higher
        #expect(f.state.scoreCell(up, school: "049001").gain == -6)
        #expect(f.state.scoreCell(up, school: "049001").targetMet == false)
        #expect(f.state.scoreCell(share(target: IndicatorTarget(kind: .level, school: Fixed(8))), school: "049001").targetMet == true)
        #expect(cell.trend == [20, 24, 10, 14, 12, 6])
        // The band: the changes between consecutive school years before the programme began (2025/26): +4, −14, +4,
        // −2; 2024/25 is missing, so the latest value has no year before it to change from.
        let band = try #require(cell.band)
        #expect(band.changes == 4)
        #expect(abs(band.mean - (-2)) < 1e-9)
        #expect(band.latestChange == nil && band.inside == nil)
    }

    @Test func theLatestChangeIsJudgedAgainstTheSchoolsOwnNormalVariation() throws {
        var f = try network()
        for (y, v) in [(2020, "20"), (2021, "22"), (2022, "19"), (2023, "21"), (2024, "20"), (2025, "8")] {
            try f.run(.recordMeasurement(m("049001", y, v)))
        }
        let band = try #require(f.state.scoreCell(share(), school: "049001").band)
        #expect(band.changes == 4 && band.latestChange == -12)
        #expect(band.inside == false)
        var g = try network()
        for (y, v) in [(2020, "20"), (2021, "22"), (2022, "19"), (2023, "21"), (2024, "20"), (2025, "18")] {
            try g.run(.recordMeasurement(m("049001", y, v)))
        }
        #expect(g.state.scoreCell(share(), school: "049001").band?.inside == true)
    }

    @Test func groupsCountWhatTheyRestOn() throws {
        var f = try network()
        try f.run(.recordMeasurement(m("049001", 2023, "20", pupils: 30)))
        try f.run(.recordMeasurement(m("049001", 2025, "10", pupils: 32)))
        try f.run(.recordMeasurement(m("101001", 2025, "30", pupils: 50)))
        let d = share()
        let g = f.state.groupScore(d, cells: ["049001", "101001", "111111"].map { f.state.scoreCell(d, school: $0) })
        #expect(g.schools == 3 && g.measured == 2 && g.withBaseline == 1)
        #expect(g.meanLatest == 20 && g.meanGain == 10 && g.pupils == 82)
        #expect(g.targetMet == 1 && g.targetKnown == 1 && g.isFew)
    }

    @Test func valuesRecordedBeforeIndicatorsWereDataReadAsMeasurementsOfTheBuiltInOnes() throws {
        var f = try network()
        let day = Day(year: 2026, month: 10, day: 1)!
        try f.run(.recordEvaluation(Evaluation(programme: p, school: "049001", indicator: .fastholdelse, point: .baseline, hundredths: 8150, date: day)))
        try f.run(.recordEvaluation(Evaluation(programme: p, school: "049001", indicator: .fastholdelse, point: .midway, hundredths: 8400, date: day)))
        let ids = f.state.indicatorDefinitions(p).map(\.id)
        #expect(ids == ["dansk-under-4", "fastholdelse"])
        // The built-in indicators used are found by their place among all of them.
        #expect(BuiltinIndicator.allCases.map(\.index) == Array(BuiltinIndicator.allCases.indices))
        let d = try #require(f.state.indicator(p, "fastholdelse"))
        #expect(d.better == .higher && d.periodKind == .point)
        let cell = f.state.scoreCell(d, school: "049001")
        #expect(cell.latest?.value == Fixed.parse("84")! && cell.baseline == 81.5 && cell.gain == 2.5)
        // Recording new values under a built-in id needs the programme to define it.
        #expect(f.refusal(.recordMeasurement(m("049001", 2025, "80", indicator: "fastholdelse"))) == .unknownIndicator(programme: p, indicator: "fastholdelse"))
        // A measurement is enough for an intervention to be evaluated.
        var g = try network()
        let key = InterventionKey(p, "049001", "turbo")
        try g.run(.setInterventionStatus(key, status: .started, date: Day(year: 2026, month: 9, day: 1)!))
        try g.run(.setInterventionStatus(key, status: .completed, date: Day(year: 2026, month: 10, day: 1)!))
        #expect(g.refusal(.setInterventionStatus(key, status: .evaluated)) == .evaluationRequired(school: "049001"))
        try g.run(.recordMeasurement(m("049001", 2025, "9")))
        try g.run(.setInterventionStatus(key, status: .evaluated))
    }
}
