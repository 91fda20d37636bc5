// Indicators and their measurements: one function a command, called from `decide`.

/// A new or changed indicator of a programme.
func decideIndicator(_ given: IndicatorDefinition, isNew: Bool, _ state: NetworkState) throws(DomainError) -> [Event] {
    var d = given
    _ = try requireProgramme(d.programme, state)
    try requireID(d.id)
    let existing = state.indicators[d.key]
    if isNew, existing != nil { throw .duplicateIndicator(d.id) }
    if !isNew, existing == nil { throw .unknownIndicator(programme: d.programme, indicator: d.id) }
    d.names = d.names.compactMap { n in trimmed(n.text).map { LocalName(n.language, $0) } }
    d.source = trimmed(d.source) ?? ""
    guard !d.names.isEmpty, Set(d.names.map(\.language)).count == d.names.count else { throw .indicatorNames }
    for n in d.names { try requireID(n.language) }
    guard (0...Fixed.maxDecimals).contains(d.decimals) else { throw .decimalsOutOfRange(d.decimals) }
    guard d.minimum < d.maximum else { throw .emptyRange(minimum: d.minimum, maximum: d.maximum) }
    guard d.minimum.decimals <= d.decimals, d.maximum.decimals <= d.decimals else {
        throw .measurementOutOfRange(value: d.minimum.decimals > d.decimals ? d.minimum : d.maximum, minimum: d.minimum,
                                     maximum: d.maximum, decimals: d.decimals)
    }
    guard PeriodKind.definable.contains(d.periodKind) else { throw .wrongPeriod(period: d.periodKind.rawValue, kind: .schoolYear) }
    var seen = Set<Period>()
    for p in d.baseline {
        guard p.kind == d.periodKind else { throw .wrongPeriod(period: p.spelled, kind: d.periodKind) }
        seen.insert(p)
    }
    d.baseline = seen.sorted()
    if let t = d.target {
        // A level lies in the range; a change is an improvement no larger than the range is wide.
        for v in [t.school, t.programme].compactMap({ $0 }) {
            let fits = t.kind == .level ? d.accepts(v) : v > .zero && v <= d.maximum - d.minimum && v.decimals <= d.decimals
            guard fits else { throw .targetOutOfRange(v) }
        }
        if t.school == nil, t.programme == nil { d.target = nil }
    }
    if let existing {
        guard existing != d else { throw .indicatorUnchanged(d.id) }
        // Values recorded under the old definition must still fit the new one.
        let misfits = state.measurements.lazy.filter { $0.key.programme == d.programme && $0.key.indicator == d.id }
            .reduce(0) { n, s in n + s.value.points.filter { $0.period.kind != d.periodKind || !d.accepts($0.value) }.count }
        guard misfits == 0 else { throw .valuesWouldNotFit(count: misfits) }
    }
    return [isNew ? .indicatorDefined(d) : .indicatorChanged(d)]
}

/// A value of an indicator at any registered school, in the programme or not; a correction replaces one recorded
/// before and says why.
func decideMeasurement(_ given: Measurement, reason: String?, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    var m = given
    _ = try requireProgramme(m.programme, state)
    guard let d = state.indicators[NetworkState.kindKey(m.programme, m.indicator)] else {
        throw .unknownIndicator(programme: m.programme, indicator: m.indicator)
    }
    guard state.schools[m.school] != nil else { throw .unknownSchool(m.school) }
    guard m.period.kind == d.periodKind else { throw .wrongPeriod(period: m.period.spelled, kind: d.periodKind) }
    if let start = m.period.start, start > context.today { throw .periodInFuture(m.period.spelled) }
    guard d.accepts(m.value) else {
        throw .measurementOutOfRange(value: m.value, minimum: d.minimum, maximum: d.maximum, decimals: d.decimals)
    }
    if let p = m.pupils, !Measurement.pupilsRange.contains(p) {
        throw .measurementOutOfRange(value: Fixed(p), minimum: Fixed(Measurement.pupilsRange.lowerBound),
                                     maximum: Fixed(Measurement.pupilsRange.upperBound), decimals: 0)
    }
    m.source = trimmed(m.source)
    let before = state.measurements[m.series]?.point(m.period)
    guard let reason else {
        if let before { throw .measurementExists(school: m.school, period: m.period.spelled, value: before.value) }
        return [.measurementRecorded(m)]
    }
    guard let before else { throw .noMeasurement(school: m.school, period: m.period.spelled) }
    guard before.value != m.value || before.pupils != m.pupils else { throw .measurementUnchanged(m.value) }
    guard let why = trimmed(reason) else { throw .emptyField("reason") }
    return [.measurementCorrected(m, reason: why)]
}
