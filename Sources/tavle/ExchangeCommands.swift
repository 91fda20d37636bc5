import ArgumentParser
import Domain
import Exchange
import Foundation
import TUI

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import schools, consultants or clusters from CSV.",
                                                    subcommands: [Schools.self, Consultants.self, Clusters.self])

    struct Options: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file: UTF-8 (with or without BOM), ; or , separated, with a header row.") var file: String
        @Option(help: "The programme to record participation, consultant and cluster in.") var programme: String?
        @Flag(name: .customLong("dry-run"), help: "Check the file and say what would change, without writing.") var dryRun = false
    }

    struct Schools: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import schools: institutionsnummer, navn, kommune (required); skoleform, deltagelse, konsulent, klynge.")
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options) { input, log, programme in
                SchoolImport.plan(input, state: log.state, programme: programme, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue)
            }
        }
    }

    struct Consultants: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import people: initialer/name and fuldt navn (required); rolle, base.")
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options, needsProgramme: false) { input, log, _ in
                PeopleImport.plan(input, state: log.state, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue)
            }
        }
    }

    struct Clusters: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import clusters: id and navn (required); spor, institutionsnummer (one row per member).")
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options) { input, log, programme in
                guard let programme else {
                    return (ImportPlan(), [options.global.catalogue(.cliNoProgramme)])
                }
                return ClusterImport.plan(input, state: log.state, programme: programme, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue)
            }
        }
    }
}

/// Reads, validates, reports, and writes all rows as one append, or nothing.
func runImport(_ o: ImportCommand.Options, needsProgramme: Bool = true,
               plan: (CSVInput, EventLog, ProgrammeID?) -> (ImportPlan, [String])) throws {
    let words = o.global.catalogue
    let log = try openLog(try o.global.logPath(), text: words, create: true, quiet: true)
    guard let data = FileManager.default.contents(atPath: o.file) else {
        throw Failure(message: words(.errIO, o.file, "open", String(cString: strerror(ENOENT))), code: Exit.refused)
    }
    let input: CSVInput
    do { input = try CSVInput.read(data, file: o.file) } catch {
        throw Failure(message: describe(error, words), code: Exit.refused)
    }
    var programme: ProgrammeID?
    if needsProgramme, !log.state.programmes.isEmpty { programme = try resolveProgramme(o.programme, in: log.state, text: words) }
    let (result, errors) = plan(input, log, programme)
    for w in result.warnings { FileHandleOut.err(w) }
    if !errors.isEmpty {
        for e in errors { FileHandleOut.err(e) }
        throw Failure(message: words(.impErrors, errors.count), code: Exit.refused)
    }
    if result.commands.isEmpty { print(words(.impNoChanges)); return }
    if !result.added.isEmpty { print(words(.impAdded, result.added.count)); result.added.forEach { print("  + " + $0) } }
    if !result.changed.isEmpty { print(words(.impChanged, result.changed.count)); result.changed.forEach { print("  ~ " + $0) } }
    if o.dryRun { print(words(.impDryRun)); return }
    do {
        let records = try log.append(result.commands, actor: o.global.actor)
        print(words(.impRecorded, records.count))
    } catch {
        throw Failure(message: words.message(error), code: (error as? LogError).map(logExitCode) ?? Exit.refused)
    }
}

func describe(_ p: ImportProblem, _ w: Catalogue) -> String {
    switch p {
    case .empty(let f): return w(.impFileEmpty, f)
    case .onlyHeader(let f): return w(.impOnlyHeader, f)
    case .notUTF8(let f, let line): return w(.impNotUTF8, f, line)
    case .tooLarge(let f, let bytes, let limit): return w(.impTooLarge, f, bytes, limit)
    case .malformed(let f, let line, let detail): return w(.impMalformed, f, line, detail)
    case .missingColumn(let f, let c): return w(.impMissingColumn, f, c)
    case .row(let f, let line, let c, let m): return "\(f):\(line): \(c): \(m)"
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export schools, interventions, contacts or meetings as CSV or JSON.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "schools, interventions, contacts or meetings.") var table: String
    @Option(help: "csv or json; meetings also ics (iCalendar).") var format: String = "csv"
    @Option(help: "ics: only this cluster's meetings.") var cluster: String?
    @Option(help: "ics: only this consultant's meetings.") var consultant: String?
    @Option(help: "CSV for Danish Excel (BOM, ;, CRLF, dd-mm-yyyy); --excel=false gives plain comma CSV with ISO dates.") var excel: Bool = true
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Option(help: "The programme id. Default: the largest programme.") var programme: String?

    func run() throws {
        let words = global.catalogue
        guard let t = Export.Table(rawValue: table) else {
            throw ValidationError("export takes schools, interventions, contacts or meetings, not \"\(table)\".")
        }
        guard format == "csv" || format == "json" || (format == "ics" && t == .meetings) else {
            throw ValidationError("--format takes csv or json (and ics for meetings), not \"\(format)\".")
        }
        let log = try openLog(try global.logPath(), text: words, create: false, quiet: true)
        if format == "ics" {
            let list = log.state.meetings.values.filter { m in
                cluster.map { m.clusters.contains($0) } ?? true && consultant.map { m.consultants.contains($0) } ?? true
            }.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            try emit(Data(ICalendar.document(list, state: log.state, logID: log.logID, stamp: global.clock.now(), text: words).utf8), to: out, words)
            return
        }
        let p = try resolveProgramme(programme, in: log.state, text: words)
        let data = format == "json" ? try Export.json(t, log.state, p, words) : try Export.csv(t, log.state, p, words, excel: excel)
        try emit(data, to: out, words)
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "A status report for the steering group, in Markdown or self-contained HTML.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The programme id. Default: the largest programme.") var programme: String?
    @Option(name: .customLong("as-of"), help: "Report the network as it stood at the end of this date.") var asOf: String?
    @Option(help: "md or html.") var format: String = "md"
    @Option(help: "Write to this file instead of standard output.") var out: String?

    func run() throws {
        let words = global.catalogue
        guard let f = Report.Format(rawValue: format) else { throw ValidationError("--format takes md or html, not \"\(format)\".") }
        let log = try openLog(try global.logPath(), text: words, create: false, quiet: true)
        var state = log.state
        var day = global.clock.today
        if let asOf {
            day = try Parse.day(asOf, words)
            state = NetworkState.replay(try readHistory(log, words).prefix { Copenhagen.local($0.at).day <= day })
        }
        let p = try resolveProgramme(programme, in: state, text: words)
        let report = Report(state: state, programme: p, asOf: day, text: words)
        try emit(Data((f == .md ? report.markdown() : report.html()).utf8), to: out, words)
    }
}

/// Writes output to a file (whole, then renamed into place) or to standard output.
func emit(_ data: Data, to path: String?, _ words: Catalogue) throws {
    guard let path else { FileHandle.standardOutput.write(data); return }
    do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
        throw Failure(message: words(.errIO, path, "write", error.localizedDescription), code: Exit.refused)
    }
}
