import Domain
import Effects
import Foundation

/// A panel in the layout R's `did` and Stata's `csdid` read, one row per unit and period: `tavle export panel` writes
/// it, and `tavle effect --panel` reads any such file, so an evaluator can check Tavle on their own data.
public enum PanelFile {
    public static let header = ["id", "period", "group", "outcome", "name"]

    /// The panel's rows: id, period, first treated period (0 for never), outcome, and the school's name last (which
    /// `did` and `csdid` ignore). Numbers are written as R writes them: a point, no grouping, every digit needed. The
    /// name goes through the exports' guard (`Export.cell`), so a spreadsheet never reads it as a formula.
    public static func csv(_ panel: EffectPanel, names: (String) -> String) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for r in panel.rows {
            out += [r.id, String(r.period), String(r.group ?? 0), shortest(r.outcome), quoted(Export.cell(names(r.id)))].joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func shortest(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)" }

    static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// The columns to read, by their headings.
    public struct Columns: Sendable {
        public var id, period, group, outcome: String
        public init(id: String = "id", period: String = "period", group: String = "group", outcome: String = "outcome") {
            self.id = id; self.period = period; self.group = group; self.outcome = outcome
        }
    }

    /// Reads a panel. A group of 0, empty, `NA` or `Inf` is never treated; an outcome that is empty or `NA` is
    /// missing (its unit is then left out of the estimate, and named). Any other cell that is not a number is refused
    /// with its line and column.
    public static func read(_ data: Data, file: String, columns c: Columns) throws(ImportProblem) -> [PanelRow] {
        let input = try CSVInput.read(data, file: file)
        func index(_ name: String) throws(ImportProblem) -> Int {
            let key = name.lowercased()
            guard let i = input.header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == key })
            else { throw .missingColumn(file: file, column: name) }
            return i
        }
        let (iID, iPeriod, iGroup, iOutcome) = (try index(c.id), try index(c.period), try index(c.group), try index(c.outcome))
        let mark = Cells.decimalMark(in: input.rows.prefix(200).map { $0.fields.indices.contains(iOutcome) ? $0.fields[iOutcome] : "" })
        let never: Set<String> = ["", "0", "na", "nan", "inf", "."]
        var rows: [PanelRow] = []
        rows.reserveCapacity(input.rows.count)
        for (line, fields) in input.rows {
            func cell(_ i: Int) -> String { fields.indices.contains(i) ? fields[i].trimmingCharacters(in: .whitespaces) : "" }
            func whole(_ text: String, _ column: String) throws(ImportProblem) -> Int {
                if let n = Int(text) { return n }
                if let d = Double(text), d == d.rounded(), abs(d) < 1e9 { return Int(d) }
                throw .row(file: file, line: line, column: column, message: .notWhole(text))
            }
            let id = cell(iID)
            let period = try whole(cell(iPeriod), c.period)
            let g = cell(iGroup)
            let group = never.contains(g.lowercased()) ? nil : try whole(g, c.group)
            let o = cell(iOutcome)
            if o.isEmpty || o.uppercased() == "NA" { continue }
            let value: Double
            if let v = Double(o), v.isFinite { value = v }
            else if case .value(let d)? = Cells.number(o, decimalMark: mark) { value = NSDecimalNumber(decimal: d).doubleValue }
            else { throw .row(file: file, line: line, column: c.outcome, message: .notNumber(o)) }
            rows.append(PanelRow(id: id, period: period, group: group, outcome: value))
        }
        return rows
    }
}
