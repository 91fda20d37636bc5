import Domain
import Wording

/// Indicators, periods and exact values as the command line takes them.
extension Parse {
    /// A value with a decimal comma or point ("12,5", "12.5", "-3"); at most four decimals.
    static func fixed(_ text: String, _ words: Catalogue) throws -> Fixed {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")
        let point = t.contains(",") && !t.contains(".") ? t.replacingOccurrences(of: ",", with: ".") : t
        guard let v = Fixed.parse(point) else { throw Failure(message: words(.cliBadNumber, text), code: Exit.refused) }
        return v
    }

    /// A period of the indicator's kind: a school year as 2016/17, 2016/2017 or 2016-17; a year; a date.
    static func period(_ text: String, _ kind: PeriodKind, _ words: Catalogue, near: Day) throws -> Period {
        if let p = Period.read(text, kind: kind, near: near) { return p }
        let example = kind == .date ? words.shortDate(near) : (Period.containing(near, kind: kind)?.spelled ?? "2016/17")
        throw Failure(message: words(.cliBadPeriod2, text, words.name(kind), example), code: Exit.refused)
    }

    /// One of a set of codes, by its code.
    static func code<T: RawRepresentable & CaseIterable>(_ text: String, _ words: Catalogue) throws -> T where T.RawValue == String {
        if let v = T(rawValue: text.lowercased()) { return v }
        throw Failure(message: words(.cliBadChoice, text, T.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
    }

    /// A programme's indicator by its id or by its name in any language; otherwise refused with every one listed.
    static func indicator(_ text: String, in programme: ProgrammeID, _ state: NetworkState, _ words: Catalogue) throws -> IndicatorDefinition {
        let all = state.indicatorDefinitions(programme)
        if let d = all.first(where: { $0.id == text }) { return d }
        let key = Folding.keys(text).short
        if let d = all.first(where: { d in Folding.keys(words.name(d)).short == key || d.names.contains { Folding.keys($0.text).short == key } }) {
            return d
        }
        if all.isEmpty { throw Failure(message: words(.cliNoIndicators), code: Exit.refused) }
        throw Failure(message: words(.cliBadChoice, text, all.map { "\($0.id) (\(words.name($0)))" }.joined(separator: ", ")), code: Exit.refused)
    }
}
