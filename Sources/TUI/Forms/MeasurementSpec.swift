import Domain
import Wording

/// `E` where the programme has defined its indicators: a value of one of them for the selected school, for a
/// period (by default the last school year or calendar year that has ended), with the pupils it rests on.
enum MeasurementSpec: FormSpec {
    static func make(_ school: String, _ d: IndicatorDefinition, state: NetworkState, today: Day, _ text: Catalogue) -> Form {
        let names = choices(d.programme, state, text)
        return Form(.measurement(school: school), [Field(.indicator, text.name(d), choices: names), Field(.period, lastEnded(d.periodKind, today)),
                                                   Field(.amount), Field(.pupils, optional: true)],
                    focus: .amount)
    }

    /// A programme's defined indicators by their names in the language, as the form offers them.
    static func choices(_ programme: ProgrammeID, _ state: NetworkState, _ text: Catalogue) -> [String] {
        state.indicators.values.filter { $0.programme == programme }.map { text.name($0) }
    }

    /// The period most often recorded: the last school year or calendar year that has ended, or today.
    static func lastEnded(_ kind: PeriodKind, _ today: Day) -> String {
        switch kind {
        case .schoolYear: return Period.schoolYear(SchoolYear(containing: today).startYear - 1).spelled
        case .year: return Period.year(today.year - 1).spelled
        case .date, .point: return today.iso
        }
    }

    static func indicator(_ f: Form, _ m: Model) -> IndicatorDefinition? {
        guard let p = m.programme else { return nil }
        let typed = f[.indicator], key = Folding.keys(typed).short
        return m.state.indicators.values.first { $0.programme == p && ($0.id == typed || Folding.keys(m.text.name($0)).short == key) }
    }

    static func title(_ f: Form, _ m: Model) -> String {
        guard case .measurement(let s) = f.purpose else { return "" }
        return m.text(.formMeasurement, m.state.schools[s]?.name ?? s)
    }

    static func problem(_ f: Form, _ m: Model) -> String? {
        guard let d = indicator(f, m) else {
            return m.text(.formBadChoice, f[.indicator], choices(m.programme ?? "", m.state, m.text).joined(separator: ", "))
        }
        if Period.read(f[.period], kind: d.periodKind, near: m.today) == nil {
            return m.text(.cliBadPeriod2, f[.period], m.text.name(d.periodKind), lastEnded(d.periodKind, m.today))
        }
        if value(f[.amount]) == nil { return m.text(.formBadNumber, f[.amount]) }
        if !f[.pupils].isEmpty, Int(f[.pupils]).map({ $0 >= 0 }) != true { return m.text(.formBadNumber, f[.pupils]) }
        return nil
    }

    /// A value with a decimal comma or point.
    static func value(_ typed: String) -> Fixed? {
        let t = typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")
        return Fixed.parse(t.contains(",") && !t.contains(".") ? t.replacingOccurrences(of: ",", with: ".") : t)
    }

    /// Says the value as it will be shown, the indicator, the period as read and the school.
    static func question(_ f: Form, _ m: Model) -> String {
        guard case .recordMeasurement(let v)? = command(f, m), let d = indicator(f, m) else { return m.text(.confirmGeneric, title(f, m)) }
        return m.text(.confirmMeasurement, m.text.shown(v.value, d), m.text.name(d), m.text.period(v.period), m.state.schools[v.school]?.name ?? v.school)
    }

    static func command(_ f: Form, _ m: Model) -> Command? {
        guard let p = m.programme, case .measurement(let s) = f.purpose, let d = indicator(f, m),
              let period = Period.read(f[.period], kind: d.periodKind, near: m.today), let v = value(f[.amount]) else { return nil }
        return .recordMeasurement(Measurement(programme: p, indicator: d.id, school: s, period: period, value: v, pupils: Int(f[.pupils])))
    }
}

