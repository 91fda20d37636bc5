/// Indicators and their measurements. Each kind of record said once: its shape, how it is written, how it is read.
enum IndicatorRecords {
    static let definitionFields: [FieldShape] = [
        .init("indicator", .id), .init("programme", .id), .init("languages", .ids), .init("names", .lines),
        .init("unit", .code(IndicatorUnit.allCases.map(\.rawValue))), .init("minimum", .decimal), .init("maximum", .decimal),
        .init("decimals", .int(0...Fixed.maxDecimals)), .init("better", .code(Better.allCases.map(\.rawValue))),
        .init("period", .code(PeriodKind.definable.map(\.rawValue))), .init("baseline", .periods),
        .init("targetKind", .code(TargetKind.allCases.map(\.rawValue)), optional: true),
        .init("schoolTarget", .decimal, optional: true), .init("programmeTarget", .decimal, optional: true),
        .init("source", .line, optional: true),
    ]

    static func write(_ d: IndicatorDefinition, _ w: inout RecordWriter) {
        w.field("indicator", d.id); w.field("programme", d.programme)
        w.field("languages", d.names.map(\.language)); w.field("names", d.names.map(\.text))
        w.field("unit", d.unit.rawValue); w.field("minimum", d.minimum.spelled); w.field("maximum", d.maximum.spelled)
        w.field("decimals", d.decimals); w.field("better", d.better.rawValue); w.field("period", d.periodKind.rawValue)
        w.field("baseline", d.baseline.map(\.spelled)); w.field("targetKind", d.target?.kind.rawValue)
        w.field("schoolTarget", d.target?.school?.spelled); w.field("programmeTarget", d.target?.programme?.spelled)
        w.field("source", d.source.isEmpty ? nil : d.source)
    }

    static func read(_ f: Fields) throws(RecordProblem) -> IndicatorDefinition {
        let languages = try f.strings("languages"), names = try f.strings("names")
        guard languages.count == names.count else { throw .badValue(field: "names") }
        let kind = try f.optionalString("targetKind")
        let targetKind = try kind.map { (k: String) throws(RecordProblem) -> TargetKind in
            guard let t = TargetKind(rawValue: k) else { throw .badValue(field: "targetKind") }
            return t
        }
        let decimals = try f.int("decimals")
        guard (0...Fixed.maxDecimals).contains(decimals) else { throw .badValue(field: "decimals") }
        let school = try f.optionalFixed("schoolTarget"), programme = try f.optionalFixed("programmeTarget")
        // A target's values go with its kind: neither without the other.
        guard (targetKind == nil) == (school == nil && programme == nil) else { throw .badValue(field: "targetKind") }
        return IndicatorDefinition(
            id: try f.string("indicator"), programme: try f.string("programme"),
            names: zip(languages, names).map { LocalName($0, $1) }, unit: try f.raw("unit", as: IndicatorUnit.self),
            minimum: try f.fixed("minimum"), maximum: try f.fixed("maximum"), decimals: decimals,
            better: try f.raw("better", as: Better.self), periodKind: try f.raw("period", as: PeriodKind.self),
            baseline: try f.periods("baseline"),
            target: targetKind.map { IndicatorTarget(kind: $0, school: school, programme: programme) },
            source: try f.optionalString("source") ?? "")
    }

    static let indicatorDefined = RecordKind(
        shape: .init(definitionFields, .coordinator, pairedLists: ("languages", "names")),
        write: { event, w in
            guard case .indicatorDefined(let d) = event else { return }
            write(d, &w)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in .indicatorDefined(try read(f)) })

    static let indicatorChanged = RecordKind(
        shape: .init(definitionFields, .coordinator, pairedLists: ("languages", "names")),
        write: { event, w in
            guard case .indicatorChanged(let d) = event else { return }
            write(d, &w)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in .indicatorChanged(try read(f)) })

    static let measurementFields: [FieldShape] = [
        .init("programme", .id), .init("indicator", .id), .init("school", .id), .init("period", .period),
        .init("value", .decimal), .init("pupils", .int(Measurement.pupilsRange), optional: true), .init("source", .line, optional: true),
    ]

    static func write(_ m: Measurement, _ w: inout RecordWriter) {
        w.field("programme", m.programme); w.field("indicator", m.indicator); w.field("school", m.school)
        w.field("period", m.period); w.field("value", m.value); w.field("pupils", m.pupils)
        w.field("source", m.source)
    }

    static func read(_ f: Fields) throws(RecordProblem) -> Measurement {
        // The ranges the shape gives, checked here as the server checks them.
        let pupils = try f.optionalInt("pupils")
        if let pupils, !Measurement.pupilsRange.contains(pupils) { throw .badValue(field: "pupils") }
        return Measurement(programme: try f.repeatedString("programme"), indicator: try f.repeatedString("indicator"),
                    school: try f.string("school"), period: try f.period("period"), value: try f.fixed("value"), pupils: pupils,
                    source: try f.optionalRepeatedString("source"))
    }

    static let measurementRecorded = RecordKind(
        shape: .init(measurementFields, .caseload),
        write: { event, w in
            guard case .measurementRecorded(let m) = event else { return }
            write(m, &w)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in .measurementRecorded(try read(f)) })

    static let measurementCorrected = RecordKind(
        shape: .init(measurementFields + [.init("reason", .text)], .caseload),
        write: { event, w in
            guard case .measurementCorrected(let m, let reason) = event else { return }
            write(m, &w); w.field("reason", reason)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in .measurementCorrected(try read(f), reason: try f.string("reason")) })
}
