import Domain

/// A demo with a country: about a thousand comparison schools across the real municipalities, each programme's
/// indicators, and eight school years of values for every school and indicator, drawn to look like the published
/// figures. A school has its own level (programme schools start worse: they were chosen because they struggle),
/// persistent year-to-year shocks, the noise of its year group's size, and a national trend. Planted: where
/// Turboforløb reached "i gang", the shares below grade 4 fall by `plantedShareFall` points and the grade average
/// rises by `plantedGradeRise` from that school year on; nothing else is planted. The README's demo section says
/// the same, so an effect estimate can be checked against it.
extension DemoNetwork {
    static let comparisonSchools = 1_000
    static let plantedKind = "turbo"
    static let plantedShareFall = 8.0
    static let plantedGradeRise = 0.4
    static let years = 8

    /// The last school year whose results are out: the one before the current.
    var latestYear: Int { SchoolYear(containing: today).startYear - 1 }
    var firstYear: Int { latestYear - Self.years + 1 }

    /// The country's other schools, registered (as `tavle import register` would) as Elevløft is set up. The country
    /// and its values draw from a generator of their own, so the rest of the demo is as it was without them.
    mutating func planCountry() {
        swap(&rng, &countryRNG)
        defer { swap(&rng, &countryRNG) }
        let day = Day(year: programmeStart.year, month: 1, day: 12)!
        var perCode: [Int: Int] = [:]
        var schools: [Command] = []
        let municipalities = Municipality.all
        for i in 0..<Self.comparisonSchools {
            // Every municipality, the larger regions more often.
            let m = i < municipalities.count ? municipalities[i] : pick(chance(0.5) ? municipalities.filter { [1084, 1082].contains($0.regionCode) } : municipalities)
            perCode[m.code, default: 0] += 1
            let name = pick(DemoCatalogue.prefixes) + pick(DemoCatalogue.suffixes)
            let kind: SchoolKind = chance(0.12) ? .friskole : .folkeskole
            schools.append(.registerSchool(School(institution: pad(m.code * 1000 + 200 + perCode[m.code]!, 6), name: name, municipality: m.code, kind: kind)))
        }
        // The vocational schools outside FastholdelsesTaskforce.
        for i in 0..<40 {
            let town = DemoCatalogue.vocationalTowns[i % DemoCatalogue.vocationalTowns.count]
            let m = Municipality.named(town)!
            perCode[m.code, default: 0] += 1
            schools.append(.registerSchool(School(institution: pad(m.code * 1000 + 200 + perCode[m.code]!, 6),
                                                  name: "\(town) \(DemoCatalogue.vocationalKinds[(i + 1) % 3]) \(i / 25 + 2)",
                                                  municipality: m.code, kind: .erhvervsskole)))
        }
        at(day, 9 * 60 + 30, DemoCatalogue.coordinator.name, batch: schools)
    }

    /// What the demo's indicators are and how their values are drawn.
    struct Model {
        let definition: IndicatorDefinition
        /// Mean and spread of school levels; how much worse a programme school starts; yearly national trend.
        let mean: Double, spread: Double, programmeOffset: Double, trend: Double
        /// Persistent shock's spread; the planted effect (in the measured direction).
        let shock: Double, planted: Double
        /// Whether the value is a share whose noise follows the year group's size.
        let isShare: Bool
    }

    func models() -> [String: [Model]] {
        let base = (latestYear - 3...latestYear - 1).map { Period.schoolYear($0) }
        func share(_ id: String, _ da: String, _ en: String, better: Better, target: IndicatorTarget?, source: String) -> IndicatorDefinition {
            IndicatorDefinition(id: id, programme: "", names: [LocalName("da", da), LocalName("en", en)], unit: .percent, minimum: .zero,
                                maximum: Fixed(100), decimals: 1, better: better, periodKind: .schoolYear, baseline: base, target: target, source: source)
        }
        let five = IndicatorTarget(kind: .change, school: Fixed(5), programme: Fixed(3))
        var grade = IndicatorDefinition(id: "karaktergennemsnit", programme: "", names: [LocalName("da", "Karaktergennemsnit, 9. klasse"),
                                        LocalName("en", "Grade average, year 9")], unit: .gradePoints, minimum: Fixed(-3), maximum: Fixed(12),
                                        decimals: 2, better: .higher, periodKind: .schoolYear, baseline: base,
                                        target: IndicatorTarget(kind: .change, school: Fixed.parse("0.5")), source: "Uddannelsesstatistik: karakterer, 9. klasse")
        grade.source = "Uddannelsesstatistik: karakterer, 9. klasse"
        return [
            DemoCatalogue.elevloeft: [
                Model(definition: share("dansk-under-4", "Andel under 4 i dansk", "Share below grade 4 in Danish", better: .lower, target: five,
                                        source: "Uddannelsesstatistik: karakterer, 9. klasse"),
                      mean: 14, spread: 6, programmeOffset: 7, trend: -0.3, shock: 2, planted: -Self.plantedShareFall, isShare: true),
                Model(definition: share("matematik-under-4", "Andel under 4 i matematik", "Share below grade 4 in maths", better: .lower, target: five,
                                        source: "Uddannelsesstatistik: karakterer, 9. klasse"),
                      mean: 16, spread: 7, programmeOffset: 8, trend: -0.2, shock: 2, planted: -Self.plantedShareFall, isShare: true),
                Model(definition: grade, mean: 7.2, spread: 0.7, programmeOffset: -0.7, trend: 0.03, shock: 0.2, planted: Self.plantedGradeRise, isShare: false),
            ],
            DemoCatalogue.fastholdelse: [
                Model(definition: share("fastholdelse", "Fastholdelse efter 3 måneder", "Retention after 3 months", better: .higher,
                                        target: IndicatorTarget(kind: .level, school: Fixed(85)), source: "Uddannelsesstatistik: frafald på erhvervsuddannelser"),
                      mean: 82, spread: 5, programmeOffset: -4, trend: 0.2, shock: 1.5, planted: 0, isShare: true),
            ],
        ]
    }

    /// Each programme's indicators defined, and its series loaded: the years before the programme in one import a
    /// few days after the indicators, each later year when the ministry publishes it (1 November).
    mutating func planIndicators() {
        swap(&rng, &countryRNG)
        defer { swap(&rng, &countryRNG) }
        var registered: [School] = [], offered: [String: Set<String>] = [:]
        for step in plan {
            for c in step.commands {
                if case .registerSchool(let s) = c { registered.append(s) }
                if case .setParticipation(let e, .offered, _, _) = c { offered[e.programme, default: []].insert(e.school) }
            }
        }
        let coord = DemoCatalogue.coordinator.name
        for (programme, list) in models().sorted(by: { $0.key > $1.key }) {
            let mine = offered[programme] ?? []
            let pool = registered.filter { s in
                programme == DemoCatalogue.fastholdelse ? s.kind == .erhvervsskole : s.kind != .erhvervsskole
            }
            let defined = programmeStart.adding(days: -60)
            at(defined, 9 * 60, coord, batch: list.map { var d = $0.definition; d.programme = programme; return .defineIndicator(d) })
            // Values by school year, drawn school by school so a school's years hang together.
            var byYear: [Int: [Command]] = [:]
            for model in list {
                for s in pool {
                    for (year, value, pupils) in series(model, school: s.institution, inProgramme: mine.contains(s.institution)) {
                        byYear[year, default: []].append(.recordMeasurement(Measurement(
                            programme: programme, indicator: model.definition.id, school: s.institution, period: .schoolYear(year),
                            value: value, pupils: pupils)))
                    }
                }
            }
            let history = byYear.keys.filter { $0 < programmeStart.year }.sorted().flatMap { byYear[$0]! }
            at(defined.adding(days: 3), 10 * 60, coord, batch: history)
            for year in byYear.keys.filter({ $0 >= programmeStart.year }).sorted() {
                at(Day(year: year + 1, month: 11, day: 1)!, 10 * 60, coord, batch: byYear[year]!)
            }
        }
    }

    /// One school's eight years of an indicator: (school year, value, pupils).
    mutating func series(_ m: Model, school: String, inProgramme: Bool) -> [(Int, Fixed, Int?)] {
        let level = m.mean + (inProgramme ? m.programmeOffset : 0) + m.spread * normal()
        // Year groups of 20 to 140 pupils, most near 45.
        let sizes = yearGroups(school)
        let plantedFrom = m.planted == 0 ? nil : started[school]?[Self.plantedKind].map { SchoolYear(containing: $0).startYear }
        var shock = 0.0
        var out: [(Int, Fixed, Int?)] = []
        let d = m.definition
        for year in firstYear...latestYear {
            shock = 0.5 * shock + m.shock * normal()
            var mean = level + m.trend * Double(year - firstYear) + shock
            if let from = plantedFrom, year >= from { mean += m.planted }
            let pupils = sizes[year - firstYear]
            var v: Double
            if m.isShare {
                // The share of a year group of `pupils`: its binomial noise, several points at a small school.
                let p = min(max(mean / 100, 0.005), 0.995)
                v = 100 * (p + (p * (1 - p) / Double(pupils)).squareRoot() * normal())
            } else {
                v = mean + 1.6 / Double(pupils).squareRoot() * normal()
            }
            v = min(max(v, d.minimum.double), d.maximum.double)
            out.append((year, Fixed(rounding: v).rounded(to: d.decimals), pupils))
        }
        return out
    }

    /// A school's year groups, one a school year: the same for every indicator, drawn once.
    mutating func yearGroups(_ school: String) -> [Int] {
        if let known = yearGroupSizes[school] { return known }
        // Year groups of 20 to 140 pupils, most near 45, a tenth up or down from year to year.
        let size = min(140, max(20, 45 + Int((18 * normal() + 10 * abs(normal())).rounded())))
        var sizes: [Int] = []
        for _ in 0..<Self.years { sizes.append(max(18, size + Int((Double(size) * 0.1 * normal()).rounded()))) }
        yearGroupSizes[school] = sizes
        return sizes
    }

    /// A near-normal draw with mean 0 and spread 1: twelve uniforms less six (Irwin–Hall).
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += Double.random(in: 0..<1, using: &rng) }
        return sum - 6
    }
}
