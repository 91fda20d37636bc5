import Domain
import Wording

/// `D` on Resultater: a new indicator of the programme; `e`: the one shown, changed. The fields are the command
/// line's: names as `da=Navn; en=Name`, the unit, range and decimals, the better direction, the kind of period, the
/// baseline periods, the target and the source.
enum IndicatorSpec: FormSpec {
    static func make(_ d: IndicatorDefinition?, _ text: Catalogue) -> Form {
        let base = d ?? IndicatorDefinition(id: "", programme: "", names: [])
        var fields: [Field] = []
        if d == nil { fields.append(Field(.indicatorID)) }
        fields += [
            Field(.indicatorName, base.name(in: text.language.rawValue) ?? ""),
            Field(.names, base.names.filter { $0.language != text.language.rawValue }.map { "\($0.language)=\($0.text)" }.joined(separator: "; "),
                  optional: true),
            Field(.unit, text.name(base.unit), choices: IndicatorUnit.allCases.map { text.name($0) }),
            Field(.minimum, text.value(base.minimum, decimals: base.minimum.decimals)),
            Field(.maximum, text.value(base.maximum, decimals: base.maximum.decimals)),
            Field(.decimals, String(base.decimals), choices: (0...Fixed.maxDecimals).map(String.init)),
            Field(.better, text.name(base.better), choices: Better.allCases.map { text.name($0) }),
            Field(.periodKind, text.name(base.periodKind), choices: PeriodKind.definable.map { text.name($0) }),
            Field(.baseline, base.baseline.map(\.spelled).joined(separator: ", "), optional: true),
            Field(.targetKind, base.target.map { text.name($0.kind) } ?? "", optional: true, choices: TargetKind.allCases.map { text.name($0) }),
            Field(.schoolTarget, base.target?.school.map { text.value($0, decimals: $0.decimals) } ?? "", optional: true),
            Field(.programmeTarget, base.target?.programme.map { text.value($0, decimals: $0.decimals) } ?? "", optional: true),
            Field(.source, base.source, optional: true),
        ]
        return Form(.indicator(id: d?.id), fields, focus: d == nil ? .indicatorID : .indicatorName)
    }

    static func id(_ f: Form) -> String? { if case .indicator(let id) = f.purpose { return id }; return nil }

    static func title(_ f: Form, _ m: Model) -> String {
        guard let id = id(f), let p = m.programme, let d = m.state.indicator(p, id) else { return m.text(.formDefineIndicator) }
        return m.text(.formChangeIndicator, m.text.name(d))
    }

    /// The definition the fields make, or what is wrong with them, worded.
    static func definition(_ f: Form, _ m: Model) -> Result<IndicatorDefinition, FormProblem> {
        guard let p = m.programme else { return .failure(FormProblem("")) }
        // The name in the interface's language, then the others as `en=Name; …`, kept in the order the definition had.
        var names: [LocalName] = f[.indicatorName].isEmpty ? [] : [LocalName(m.text.language.rawValue, f[.indicatorName])]
        for part in f[.names].split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { return .failure(FormProblem(m.text(.cliBadPair, m.text(.formNames), String(part)))) }
            names.append(LocalName(pair[0], pair[1]))
        }
        if let id = id(f), let old = m.state.indicator(p, id)?.names.map(\.language) {
            names.sort { (old.firstIndex(of: $0.language) ?? old.count) < (old.firstIndex(of: $1.language) ?? old.count) }
        }
        func choice<T>(_ field: FieldID, _ all: [T], _ word: (T) -> String) -> T? { all.first { word($0) == f[field] } }
        guard let unit = choice(.unit, IndicatorUnit.allCases, m.text.name), let better = choice(.better, Better.allCases, m.text.name),
              let kind = choice(.periodKind, PeriodKind.definable, m.text.name), let decimals = Int(f[.decimals]) else {
            return .failure(FormProblem(m.text(.formBadChoice, f[.unit], "")))
        }
        func number(_ field: FieldID) -> Result<Fixed?, FormProblem> {
            guard !f[field].isEmpty else { return .success(nil) }
            guard let v = MeasurementSpec.value(f[field]) else { return .failure(FormProblem(m.text(.formBadNumber, f[field]))) }
            return .success(v)
        }
        guard case .success(let lo?) = number(.minimum) else { return .failure(FormProblem(m.text(.formBadNumber, f[.minimum]))) }
        guard case .success(let hi?) = number(.maximum) else { return .failure(FormProblem(m.text(.formBadNumber, f[.maximum]))) }
        var baseline: [Period] = []
        for part in f[.baseline].split(separator: ",") {
            let typed = part.trimmingCharacters(in: .whitespaces)
            guard let period = Period.read(typed, kind: kind, near: m.today) else {
                return .failure(FormProblem(m.text(.cliBadPeriod2, typed, m.text.name(kind), MeasurementSpec.lastEnded(kind, m.today))))
            }
            baseline.append(period)
        }
        guard case .success(let school) = number(.schoolTarget) else { return .failure(FormProblem(m.text(.formBadNumber, f[.schoolTarget]))) }
        guard case .success(let whole) = number(.programmeTarget) else { return .failure(FormProblem(m.text(.formBadNumber, f[.programmeTarget]))) }
        let targetKind = choice(.targetKind, TargetKind.allCases, m.text.name)
        let target = targetKind.flatMap { k in school == nil && whole == nil ? nil : IndicatorTarget(kind: k, school: school, programme: whole) }
        return .success(IndicatorDefinition(id: id(f) ?? f[.indicatorID], programme: p, names: names, unit: unit, minimum: lo, maximum: hi,
                                            decimals: decimals, better: better, periodKind: kind, baseline: baseline, target: target,
                                            source: f[.source]))
    }

    static func problem(_ f: Form, _ m: Model) -> String? {
        if case .failure(let p) = definition(f, m) { return p.text }
        return nil
    }

    static func command(_ f: Form, _ m: Model) -> Command? {
        guard case .success(let d) = definition(f, m) else { return nil }
        return id(f) == nil ? .defineIndicator(d) : .changeIndicator(d)
    }

    static func question(_ f: Form, _ m: Model) -> String {
        let name = (try? definition(f, m).get()).map { m.text.name($0) } ?? f[.indicatorName]
        return m.text(id(f) == nil ? .confirmDefineIndicator : .confirmChangeIndicator, name)
    }
}

/// What is wrong with a form's fields, worded.
struct FormProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
