/// Which units a group is compared with.
public enum ComparisonGroup: String, CaseIterable, Sendable {
    /// Units never treated in the panel.
    case never
    /// Units never treated and units not yet treated in the periods compared.
    case notYet = "notyet"
}

/// Which period a group's development is measured from.
public enum BasePeriod: String, CaseIterable, Sendable {
    /// Before treatment, the period just before; after, the last period before the group's start.
    case varying
    /// Always the last period before the group's start.
    case universal
}

/// How an estimate is made: the comparison, the base period, and the multiplier bootstrap's repetitions and seed.
public struct EstimateOptions: Sendable, Equatable {
    public var comparison: ComparisonGroup
    public var base: BasePeriod
    public var repetitions: Int
    public var seed: UInt64
    public init(comparison: ComparisonGroup = .never, base: BasePeriod = .varying, repetitions: Int = 999,
                seed: UInt64 = 20_211_001) {
        self.comparison = comparison; self.base = base; self.repetitions = repetitions; self.seed = seed
    }
    /// The significance level of every interval and test: 5 %.
    public static let alpha = 0.05
    /// Groups smaller than this are warned of.
    public static let fewUnits = 5
}
