import Demo
import Domain
import Effects
import Exchange
import Foundation
import Wording

/// What the CSV importers must hold for any bytes at all. Returns the broken promise, or nil.
public enum CSVChecks {
    /// The demo network: people, programmes and clusters for rows to refer to.
    static let today = Day(year: 2026, month: 11, day: 22)!
    /// The fuzzer's fixed moment, so a run does not depend on the day it runs.
    static let now = Copenhagen.timestamp(today, minutes: 12 * 60)
    static let base: NetworkState = {
        let entries: [DemoNetwork.Entry]
        do { entries = try DemoNetwork.events(today: today) } catch { fatalError("the demo network for \(today) was refused: \(error)") }
        return NetworkState.replay(Recorded.numbered(entries))
    }()

    public static func check(_ bytes: [UInt8]) -> String? {
        let file = "fuzz.csv"
        let breaks = bytes.reduce(0) { $0 + ($1 == 10 || $1 == 13 ? 1 : 0) }
        let input: CSVInput
        do { input = try CSVInput.read(Data(bytes), file: file) } catch {
            switch error {
            case .notUTF8(_, let line), .malformed(_, let line, _), .tooManyFields(_, let line, _, _), .row(_, let line, _, _):
                return line >= 1 && line <= breaks + 2 ? nil : "a refusal names line \(line) of a file with \(breaks) line breaks"
            case .empty, .onlyHeader, .tooLarge, .duplicateColumn, .spreadsheet: return nil
            default: return "an unexpected refusal: \(error)"
            }
        }
        if input.rows.isEmpty { return "a file without rows was read" }
        // An accepted file holds no control character that could reach a terminal.
        if input.rows.contains(where: { $0.fields.contains { !$0.unicodeScalars.allSatisfy { TextRules.allowed($0, multiline: true) } } }) {
            return "an accepted file holds a control character"
        }
        var last = 1
        for (line, _) in input.rows {
            if line <= last || line > breaks + 2 { return "row line \(line) after \(last), of \(breaks) line breaks" }
            last = line
        }
        let text = Catalogue(.standard)
        let programme = base.programmes.keys.first
        let plans: [(String, (ImportPlan, [String]))] = [
            ("schools", SchoolImport.plan(input, state: base, programme: programme, actor: "mfr", now: now, text: text)),
            ("people", PeopleImport.plan(input, state: base, actor: "mfr", now: now, text: text)),
            ("clusters", ClusterImport.plan(input, state: base, programme: programme ?? "", actor: "mfr", now: now, text: text)),
        ] + base.indicatorDefinitions(programme ?? "").prefix(1).map { d in
            ("measurements", MeasurementImport.plan(input, state: base, indicator: d, options: .init(reason: "Rettet", skipUnknown: true), now: now, text: text))
        }
        for (kind, (plan, errors)) in plans {
            if let e = errors.first(where: { !$0.hasPrefix(file) }) { return "\(kind): an error that names no file: \(e)" }
            guard errors.isEmpty else { continue }
            // An accepted file is one Domain accepts too, command by command, and names only what the file holds.
            var state = base
            let fields = Set(input.rows.flatMap { $0.fields.map { $0.trimmingCharacters(in: .whitespaces) } })
            for command in plan.commands {
                if case .registerSchool(let s) = command, !fields.contains(s.institution) {
                    return "\(kind): school \(s.institution) is in no row"
                }
                do {
                    try decideBatch([command], on: &state, actor: "mfr", now: now)
                } catch {
                    return "\(kind): an accepted file holds a command Domain refuses: \(command): \(error)"
                }
            }
        }
        return panel(bytes, input, breaks: breaks)
    }

    /// A panel file (`tavle effect --panel`), read by its own headings: refused by a line inside the file, or read
    /// and estimated without a crash, every figure finite or marked as not defined.
    static func panel(_ bytes: [UInt8], _ input: CSVInput, breaks: Int) -> String? {
        guard input.header.count >= 4 else { return nil }
        let h = input.header.map { $0.trimmingCharacters(in: .whitespaces) }
        let columns = PanelFile.Columns(id: h[0], period: h[1], group: h[2], outcome: h[3])
        let rows: [PanelRow]
        do { rows = try PanelFile.read(Data(bytes), file: "fuzz.csv", columns: columns) } catch {
            if case .row(_, let line, _, _) = error, line < 1 || line > breaks + 2 { return "panel: a refusal names line \(line)" }
            return nil
        }
        guard let p = try? Panel.balanced(rows), let e = try? EffectEstimate.estimate(p, EstimateOptions(repetitions: 5)) else { return nil }
        if e.units > rows.count { return "panel: \(e.units) units from \(rows.count) rows" }
        if e.cells.contains(where: { $0.att.isInfinite || $0.se.isInfinite }) { return "panel: an infinite figure" }
        return nil
    }
}
