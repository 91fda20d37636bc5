/// What an indicator's values count.
public enum IndicatorUnit: String, CaseIterable, Sendable {
    case percent
    case gradePoints = "grade-points"
    case count
    case per100Pupils = "per-100-pupils"
}

/// Which way is an improvement.
public enum Better: String, CaseIterable, Sendable {
    case lower, higher

    /// A change turned so that positive is better: a fall in "share below grade 4" is an improvement.
    public func gain(_ change: Fixed) -> Fixed { self == .higher ? change : -change }
    public func gain(_ change: Double) -> Double { self == .higher ? change : -change }
}

/// What a target is: a level to reach, or a change from the baseline in the better direction.
public enum TargetKind: String, CaseIterable, Sendable {
    case level, change
}

/// An indicator's target, for each school and for the programme as a whole (either may be left out).
public struct IndicatorTarget: Sendable, Equatable {
    public var kind: TargetKind
    public var school: Fixed?
    public var programme: Fixed?
    public init(kind: TargetKind, school: Fixed? = nil, programme: Fixed? = nil) {
        self.kind = kind; self.school = school; self.programme = programme
    }

    /// Whether a series with this baseline and latest value meets `target` (nil when there is no baseline to
    /// measure a change from).
    public static func met(_ target: Fixed, kind: TargetKind, better: Better, baseline: Double?, latest: Double) -> Bool? {
        switch kind {
        case .level: return better == .lower ? latest <= target.double + 1e-9 : latest >= target.double - 1e-9
        case .change:
            guard let baseline else { return nil }
            return better.gain(latest - baseline) >= target.double - 1e-9
        }
    }
}

/// An indicator's name in one language.
public struct LocalName: Sendable, Equatable {
    public var language: String
    public var text: String
    public init(_ language: String, _ text: String) { self.language = language; self.text = text }
}

/// An indicator of a programme's results framework, defined by the programme (`indicator.defined`).
public struct IndicatorDefinition: Sendable, Equatable {
    public var id: String
    public var programme: ProgrammeID
    /// Its name in each language the programme gave one in, in the order given.
    public var names: [LocalName]
    public var unit: IndicatorUnit
    public var minimum: Fixed
    public var maximum: Fixed
    /// How many decimals values have.
    public var decimals: Int
    public var better: Better
    public var periodKind: PeriodKind
    /// The periods the baseline is the mean of (one or several).
    public var baseline: [Period]
    public var target: IndicatorTarget?
    /// Where the values come from ("Uddannelsesstatistik: karakterer, 9. klasse").
    public var source: String

    public init(id: String, programme: ProgrammeID, names: [LocalName], unit: IndicatorUnit = .percent,
                minimum: Fixed = .zero, maximum: Fixed = Fixed(100), decimals: Int = 1, better: Better = .lower,
                periodKind: PeriodKind = .schoolYear, baseline: [Period] = [], target: IndicatorTarget? = nil, source: String = "") {
        self.id = id; self.programme = programme; self.names = names; self.unit = unit; self.minimum = minimum
        self.maximum = maximum; self.decimals = decimals; self.better = better; self.periodKind = periodKind
        self.baseline = baseline; self.target = target; self.source = source
    }

    /// The name given in `language`, if one was.
    public func name(in language: String) -> String? { names.first { $0.language == language }?.text }

    /// Whether a value lies in the indicator's range and has no more decimals than it allows.
    public func accepts(_ v: Fixed) -> Bool { v >= minimum && v <= maximum && v.decimals <= decimals }

    /// The key the network's tables file it under.
    public var key: String { NetworkState.kindKey(programme, id) }

    /// How the indicators values were recorded before indicators were data (`evaluation.recorded`, in hundredths
    /// of a per cent at the programme's measuring points) read as one: lower is better for the shares below
    /// grade 4, higher for retention; the baseline is the baseline measuring point.
    public static func builtin(_ i: BuiltinIndicator, programme: ProgrammeID) -> IndicatorDefinition {
        IndicatorDefinition(id: i.rawValue, programme: programme, names: [], unit: .percent, minimum: .zero, maximum: Fixed(100),
                            decimals: 2, better: i == .fastholdelse ? .higher : .lower, periodKind: .point,
                            baseline: [.point(.baseline)], target: nil, source: "")
    }
}

/// The series of one indicator at one school.
public struct SeriesKey: Hashable, Sendable {
    public var programme: ProgrammeID
    public var indicator: String
    public var school: String
    public init(_ programme: ProgrammeID, _ indicator: String, _ school: String) {
        self.programme = programme; self.indicator = indicator; self.school = school
    }
}

/// One measured value: of an indicator, at a school (in the programme or not), for a period.
public struct Measurement: Sendable, Equatable {
    public var programme: ProgrammeID
    public var indicator: String
    public var school: String
    public var period: Period
    public var value: Fixed
    /// How many pupils the value rests on, when known.
    public var pupils: Int?
    public var source: String?
    /// How many pupils a value may rest on: what `decide`, the reader, the server and an import all allow.
    public static let pupilsRange = 0...10_000_000

    public init(programme: ProgrammeID, indicator: String, school: String, period: Period, value: Fixed,
                pupils: Int? = nil, source: String? = nil) {
        self.programme = programme; self.indicator = indicator; self.school = school; self.period = period
        self.value = value; self.pupils = pupils; self.source = source
    }

    public var series: SeriesKey { SeriesKey(programme, indicator, school) }
}

/// A value in a series as the network holds it: how often it was corrected.
public struct SeriesPoint: Sendable, Equatable {
    public var period: Period
    public var value: Fixed
    public var pupils: Int?
    public var source: String?
    public var corrections: Int
    public init(period: Period, value: Fixed, pupils: Int? = nil, source: String? = nil, corrections: Int = 0) {
        self.period = period; self.value = value; self.pupils = pupils; self.source = source; self.corrections = corrections
    }
}

/// A school's values of one indicator, in the order of their periods.
public struct Series: Sendable, Equatable {
    public internal(set) var points: [SeriesPoint] = []
    public init(_ points: [SeriesPoint] = []) { self.points = points }

    public func point(_ p: Period) -> SeriesPoint? { points.first { $0.period == p } }

    /// Puts `point` in its place (replacing the one of its period), or takes the period's away. Returns the
    /// period's point before.
    @discardableResult
    mutating func set(_ period: Period, _ point: SeriesPoint?) -> SeriesPoint? {
        if let i = points.firstIndex(where: { $0.period == period }) {
            let old = points[i]
            if let point { points[i] = point } else { points.remove(at: i) }
            return old
        } else if let point {
            // Values mostly arrive in the order of their periods: the end is checked first.
            let i = points.last.map { $0.period < period } == true ? points.count : points.firstIndex { $0.period > period } ?? points.count
            points.insert(point, at: i)
        }
        return nil
    }
}
