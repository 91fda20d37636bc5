import Domain
import Foundation
import Wording

/// `tavle import measurements FILE --indicator ID`: an indicator's values for any registered school, from the long
/// layout (institution; period; value; optional pupils) or the wide one the statistics portal exports (institution;
/// one column per period). Every cell is checked before anything is written; values already recorded are left
/// alone, so importing the same file twice writes nothing the second time; a value that differs is a correction,
/// made only with a reason.
public enum MeasurementImport {
    static let known: [String: [String]] = [
        "institution": ["institutionsnummer", "institution", "inst.nr.", "instnr", "inst_nr", "institutionnumber", "inst.no.", "instno",
                        "institutionsnr", "institutionsnr.", "skolekode"],
        "period": ["periode", "period", "skoleaar", "skolear", "schoolyear", "aar", "ar", "year", "dato", "date"],
        "value": ["vaerdi", "varde", "value", "andel", "share", "andel(%)", "share(%)", "resultat", "result"],
        "pupils": ["elever", "pupils", "antalelever", "numberofpupils", "n", "antal"],
        "name": ["navn", "name", "skolenavn", "skole", "school", "institutionsnavn", "inst_navn"],
    ]

    public struct Options: Sendable {
        public var reason: String?
        public var source: String?
        public var skipUnknown = false
        public init(reason: String? = nil, source: String? = nil, skipUnknown: Bool = false) {
            self.reason = reason; self.source = source; self.skipUnknown = skipUnknown
        }
    }

    /// One value the file gives: where it stands in the file, and what it says.
    struct Cell {
        let line: Int, column: String, school: String, period: Period, text: String, pupils: String?
    }

    public static func plan(_ input: CSVInput, state: NetworkState, indicator d: IndicatorDefinition, options: Options, now: Timestamp,
                            text: Catalogue, progress: ((Int) -> Void)? = nil) -> (ImportPlan, [String]) {
        var plan = ImportPlan()
        var errors: [String] = []
        let today = now.danishDay
        let cols = Columns(input.header, known: known)
        func fail(_ line: Int, _ column: String, _ message: String) { errors.append("\(input.file):\(line): \(column): \(message)") }
        guard cols.has("institution") else { return (plan, [text(.impNoInstitutionColumn, input.file)]) }
        // The layout: a period column makes it long; otherwise the columns whose headings hold a period.
        var cells: [Cell] = []
        var padded = 0
        func institution(_ raw: String?) -> String? {
            guard var s = raw?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
            // "Bakkeskolen (101001)" as some exports write a school; "49001" as Excel leaves "049001".
            if let open = s.lastIndex(of: "("), s.hasSuffix(")") { s = String(s[s.index(after: open)..<s.index(before: s.endIndex)]) }
            if s.count == 5, s.allSatisfy({ $0.isASCII && $0.isNumber }) { s = "0" + s; padded += 1 }
            return s
        }
        let example = Period.containing(today, kind: d.periodKind)?.spelled ?? "2016/17"
        if cols.has("period"), cols.has("value") {
            plan.warnings.append(text(.impLayoutLong, input.file))
            for (line, row) in input.rows {
                let school = institution(cols.value("institution", row)) ?? ""
                let p = cols.value("period", row) ?? ""
                guard let period = Period.read(p, kind: d.periodKind, near: today) else {
                    fail(line, cols.heading("period"), text(.impBadPeriodCell, p, text.name(d.periodKind))); continue
                }
                cells.append(Cell(line: line, column: cols.heading("value"), school: school, period: period,
                                  text: cols.value("value", row) ?? "", pupils: cols.value("pupils", row)))
            }
        } else {
            var periodColumns: [(index: Int, period: Period)] = []
            for (i, h) in input.header.enumerated() where i != cols.index["institution"] {
                if let p = periodInHeading(h, kind: d.periodKind, near: today) { periodColumns.append((i, p)) }
            }
            guard !periodColumns.isEmpty else { return (plan, [text(.impNoLayout, input.file, example)]) }
            let sorted = periodColumns.map(\.period).sorted()
            plan.warnings.append(text(.impLayoutWide, input.file, periodColumns.count, text.period(sorted.first!), text.period(sorted.last!)))
            for (line, row) in input.rows {
                let school = institution(cols.value("institution", row)) ?? ""
                for (i, p) in periodColumns {
                    cells.append(Cell(line: line, column: input.header[i], school: school, period: p,
                                      text: i < row.count ? row[i] : "", pupils: nil))
                }
            }
        }
        if padded > 0 { plan.warnings.append(text(.impPaddedInstitutions, text.grouped(padded))) }
        // The file's own decimal mark, from all its value cells.
        let mark = Cells.decimalMark(in: cells.map(\.text))
        var seen: [SeriesKey: [Period: Int]] = [:]
        var unknown: [String] = [], unknownSet = Set<String>()
        var missing = 0
        let series = { (school: String) in SeriesKey(d.programme, d.id, school) }
        for (n, c) in cells.enumerated() {
            if n % 1024 == 0 { progress?(n) }
            guard School.isValidInstitution(c.school) else { fail(c.line, cols.heading("institution"), text(.impInstitution, c.school)); continue }
            guard state.schools[c.school] != nil else {
                if unknownSet.insert(c.school).inserted { unknown.append(c.school) }
                continue
            }
            // Most cells are plain ("12,5"): read directly; the rest as spreadsheets write numbers (Cells.number).
            var parsed = plain(c.text, mark: mark)
            if parsed == nil {
                guard let cell = Cells.number(c.text, decimalMark: mark) else { fail(c.line, c.column, text(.impBadNumber, c.text)); continue }
                guard case .value(let decimal) = cell else { missing += 1; continue }
                parsed = Fixed(exactly: decimal)
            }
            guard let value = parsed, d.accepts(value) else {
                fail(c.line, c.column, text(.impValueOutOfRange, c.text, text.value(d.minimum, decimals: d.decimals),
                                            text.value(d.maximum, decimals: d.decimals), d.decimals)); continue
            }
            var pupils: Int?
            if let p = c.pupils {
                guard case .value(let v)? = Cells.number(p, decimalMark: mark), let whole = Int(exactly: NSDecimalNumber(decimal: v).doubleValue),
                      Measurement.pupilsRange.contains(whole) else { fail(c.line, cols.heading("pupils"), text(.impBadPupils, p)); continue }
                pupils = whole
            }
            if let first = seen[series(c.school)]?[c.period] {
                fail(c.line, c.column, text(.impDuplicatePeriod, c.school, c.period.spelled, first)); continue
            }
            seen[series(c.school), default: [:]][c.period] = c.line
            if let start = c.period.start, start > today { fail(c.line, c.column, text.message(.periodInFuture(c.period.spelled))); continue }
            let m = Measurement(programme: d.programme, indicator: d.id, school: c.school, period: c.period, value: value,
                                pupils: pupils, source: options.source)
            let name = state.schools[c.school]?.name ?? c.school
            if let before = state.measurements[m.series]?.point(c.period) {
                // Already recorded: the same value is left alone; another needs a reason.
                if before.value == value, pupils == nil || before.pupils == pupils { continue }
                guard let reason = options.reason else {
                    fail(c.line, c.column, text(.impDiffers, name, text.period(c.period), text.shown(value, d), text.shown(before.value, d))); continue
                }
                plan.commands.append(.correctMeasurement(m, reason: reason))
                plan.changed.append(text(.impCorrectionLine, c.school, name, text.period(c.period), text.shown(before.value, d), text.shown(value, d)))
            } else {
                plan.commands.append(.recordMeasurement(m))
                plan.added.append(text(.impMeasurementLine, c.school, name, text.period(c.period), text.shown(value, d)))
            }
        }
        if !unknown.isEmpty {
            let listed = unknown.prefix(10).joined(separator: ", ") + (unknown.count > 10 ? " …" : "")
            if options.skipUnknown { plan.warnings.append(text(.impUnknownSkipped, text.grouped(unknown.count), listed)) } else {
                errors += unknown.prefix(50).map { "\(input.file): " + text(.impNotInRegister, $0) }
                if unknown.count > 50 { errors.append("\(input.file): " + text(.impUnknownSkipped, text.grouped(unknown.count), listed)) }
            }
        }
        if missing > 0 { plan.warnings.append(text(.impMissingCells, text.grouped(missing))) }
        return (plan, errors)
    }

    /// A cell of digits with at most one decimal mark (the file's) and a leading minus, read without a detour
    /// through `Decimal`; nil for anything else (which `Cells.number` then reads, or refuses).
    static func plain(_ text: String, mark: Character) -> Fixed? {
        guard let m = mark.asciiValue else { return nil }
        var digits = 0, marks = 0
        for (i, b) in text.utf8.enumerated() {
            if b >= 48, b <= 57 { digits += 1 } else if b == m { marks += 1 } else if !(b == UInt8(ascii: "-") && i == 0) { return nil }
        }
        guard digits > 0, marks <= 1 else { return nil }
        return Fixed.parse(m == UInt8(ascii: ".") ? text : text.replacingOccurrences(of: String(mark), with: "."))
    }

    /// The period a wide layout's heading names: "2016/17", "2016/2017", "Skoleår 2016/2017", "2016".
    static func periodInHeading(_ heading: String, kind: PeriodKind, near: Day) -> Period? {
        if let p = Period.read(heading, kind: kind, near: near) { return p }
        let pattern: Regex<Substring>
        switch kind {
        case .schoolYear: pattern = /[0-9]{4}\s*[\/\-–]\s*[0-9]{2,4}/
        case .year: pattern = /(?:^|[^0-9])[0-9]{4}(?![0-9])/
        case .date, .point: return nil
        }
        guard let match = heading.firstMatch(of: pattern) else { return nil }
        let digits = String(match.output).filter { !$0.isWhitespace }.drop { !$0.isNumber }
        return Period.read(String(digits), kind: kind, near: near)
    }
}

extension Fixed {
    /// The value a decimal holds, when it has at most four decimals and fits.
    init?(exactly d: Decimal) {
        guard let v = Fixed.parse(NSDecimalNumber(decimal: d).stringValue) else { return nil }
        self = v
    }
}
