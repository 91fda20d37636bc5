import ArgumentParser
import Domain
import Exchange
import FileStore
import Foundation
import PostgresStore
import TUI
import Wording

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: about(.helpImportSchoolsConsultantsOr),
                                                    subcommands: [Programmes.self, Schools.self, Consultants.self, Clusters.self])

    /// How many added or changed lines an import lists without `--verbose`.
    static let listedWithoutVerbose = 10

    struct Options: ParsableArguments {
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(.helpTheCsvFileUtf), completion: .file(extensions: ["csv", "CSV", "txt"])) var file: String
        @Option(help: help(.helpTheProgrammeToRecord), completion: Complete.programme) var programme: String?
        @Flag(name: .customLong("dry-run"), help: help(.helpCheckTheFileAnd)) var dryRun = false
        @Flag(help: help(.helpImportCreate)) var create = false
        @Flag(help: help(.helpImportVerbose)) var verbose = false
    }

    struct Schools: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpImportSchoolsInstitutionsnummerNavn))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options) { input, state, programme, progress in
                SchoolImport.plan(input, state: state, programme: programme, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Programmes: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpImportProgrammes))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options, needsProgramme: false) { input, state, _, progress in
                ProgrammeImport.plan(input, state: state, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Consultants: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpImportPeopleInitialerName))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options, needsProgramme: false) { input, state, _, progress in
                PeopleImport.plan(input, state: state, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }

    struct Clusters: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: about(.helpImportClustersIdAnd))
        @OptionGroup var options: Options
        func run() throws {
            try runImport(options) { input, state, programme, progress in
                guard let programme else {
                    return (ImportPlan(), [options.global.catalogue(.cliNoProgramme)])
                }
                return ClusterImport.plan(input, state: state, programme: programme, actor: options.global.actor, now: options.global.clock.now(), text: options.global.catalogue, progress: progress)
            }
        }
    }
}

/// Reads, validates, reports, and writes all rows as one append, or nothing. Every row is checked before the
/// writer lock is taken; under it the batch is decided again (in time linear in the rows) and written. A log that
/// does not exist yet is planned against an empty network and made only when there is something to write.
func runImport(_ o: ImportCommand.Options, needsProgramme: Bool = true,
               plan: (CSVInput, NetworkState, ProgrammeID?, @escaping (Int) -> Void) -> (ImportPlan, [String])) throws {
    let words = o.global.catalogue
    let path = try o.global.logPath()
    var st = stat()
    let log: LiveNetwork? = PostgresLocation.isURL(path) || lstat(path, &st) == 0 ? try openLog(path, text: words, quiet: true, writes: !o.dryRun) : nil
    let state = log?.state ?? NetworkState()
    guard let data = FileManager.default.contents(atPath: o.file) else {
        throw Failure(message: words(.errIO, o.file, words.operation("open"), words.systemError(ENOENT)), code: Exit.refused)
    }
    let input: CSVInput
    do { input = try CSVInput.read(data, file: o.file) } catch {
        throw Failure(message: describe(error, words), code: Exit.refused)
    }
    for n in input.notices { FileHandleOut.err(describe(n, words)) }
    var programme: ProgrammeID?
    var planned = state, first: [Command] = []
    if needsProgramme, let id = o.programme, state.programmes[id] == nil {
        // A programme the log does not have yet: made first, in the same write, when asked for.
        guard o.create else { throw Failure(message: words(.cliNoSuchProgramme, id), code: Exit.refused) }
        let p = Programme.byImport(id, today: o.global.clock.today)
        first = [.defineProgramme(p)]
        planned = evolve(state, Recorded(seq: state.lastSeq + 1, at: o.global.clock.now(), actor: o.global.actor, event: .programmeDefined(p)))
        programme = id
        FileHandleOut.err(words(.impCreatingProgramme, id, words.shortDate(p.start), words.shortDate(p.end)))
    } else if needsProgramme, !state.programmes.isEmpty {
        programme = try resolveProgramme(o.programme, in: state, text: words)
    }
    let progress = Progress(words, total: input.rows.count)
    var (result, errors) = plan(input, planned, programme) { progress.checked($0) }
    if !first.isEmpty, !result.commands.isEmpty { result.commands = first + result.commands }
    progress.finish()
    for w in result.warnings { FileHandleOut.err(w) }
    if !errors.isEmpty {
        for e in errors { FileHandleOut.err(e) }
        throw Failure(message: words(.impErrors, words.grouped(errors.count)), code: Exit.refused)
    }
    if result.commands.isEmpty { say(words(.impNoChanges)); return }
    // What changed, each line with --verbose; otherwise the first few and how many more.
    func list(_ heading: ImportText, _ mark: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        say(words(heading, words.grouped(lines.count)))
        let shown = o.verbose ? lines.count : ImportCommand.listedWithoutVerbose
        lines.prefix(shown).forEach { say("  \(mark) " + $0) }
        if lines.count > shown { say("  " + words(.impMore, words.grouped(lines.count - shown))) }
    }
    list(.impAdded, "+", result.added)
    list(.impChanged, "~", result.changed)
    if o.dryRun { say(words(.impDryRun)); return }
    let target = try log ?? openLog(path, text: words, create: true, quiet: true, writes: true)
    progress.writing(result.commands.count)
    let records = try append(result.commands, to: target, o.global)
    progress.finish()
    say(words(.impRecorded, words.grouped(records.count)))
}

/// Says how a long import is going, on a terminal only, once it has taken more than two seconds, at most twice a
/// second, on one line that the next report overwrites.
final class Progress {
    let words: Catalogue
    let total: Int
    let started = DispatchTime.now().uptimeNanoseconds
    var lastSaid: UInt64 = 0
    var shown = false
    let terminal = isatty(2) != 0

    init(_ words: Catalogue, total: Int) { self.words = words; self.total = total }

    func checked(_ row: Int) {
        guard terminal, row % 256 == 0 else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - started > 2_000_000_000, now - lastSaid > 500_000_000 else { return }
        lastSaid = now
        say(words(.impChecking, words.grouped(row), words.grouped(total)))
    }

    func writing(_ commands: Int) {
        guard terminal, DispatchTime.now().uptimeNanoseconds - started > 2_000_000_000 else { return }
        say(words(.impWriting, words.grouped(commands)))
    }

    func finish() {
        if shown { Console.err("\r\u{1B}[K"); shown = false }
    }

    private func say(_ s: String) {
        Console.err("\r\u{1B}[K" + s)
        shown = true
    }
}

func describe(_ n: InputNotice, _ w: Catalogue) -> String {
    switch n {
    case .readAsWindows1252(let f): return w(.impReadAs1252, f)
    case .blankRowsIgnored(let f, let n): return w(.impBlankRows, f, n)
    case .blankColumnsIgnored(let f, let n): return w(.impBlankColumns, f, n)
    }
}

func describe(_ p: ImportProblem, _ w: Catalogue) -> String {
    switch p {
    case .empty(let f): return w(.impFileEmpty, f)
    case .spreadsheet(let f, .openDocument): return w(.impOpenDocument, f)
    case .spreadsheet(let f, _): return w(.impSpreadsheet, f)
    case .onlyHeader(let f): return w(.impOnlyHeader, f)
    case .notUTF8(let f, let line): return w(.impNotUTF8, f, line)
    case .tooLarge(let f, let bytes, let limit): return w(.impTooLarge, f, bytes, limit)
    case .malformed(let f, let line, let detail): return w(.impMalformed, f, line, detail)
    case .missingColumn(let f, let c): return w(.impMissingColumn, f, c)
    case .duplicateColumn(let f, let c): return w(.impDuplicateColumn, f, c)
    case .tooManyFields(let f, let line, let n, let h): return "\(f):\(line): " + w(.impTooManyFields, n, h)
    case .row(let f, let line, let c, .controlCharacter(let scalar)):
        return "\(f):\(line): \(c): " + w(.impControlCharacter, "U+" + String(format: "%04X", scalar))
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: about(.helpExportSchoolsInterventionsContacts))
    @OptionGroup var global: GlobalOptions
    @Argument(help: help(.helpSchoolsInterventionsContactsOr), completion: Complete.exportTable) var table: String
    @Option(help: help(.helpCsvOrJsonMeetings), completion: Complete.exportFormat) var format: String = "csv"
    @Option(help: help(.helpIcsOnlyThisCluster), completion: Complete.cluster) var cluster: String?
    @Option(help: help(.helpIcsOnlyThisConsultant), completion: Complete.consultant) var consultant: String?
    @Option(help: help(.helpCsvForDanishExcel)) var excel: Bool = true
    @Option(help: help(.helpWriteToThisFile), completion: .file()) var out: String?
    @Option(help: help(.helpTheProgrammeIdDefault), completion: Complete.programme) var programme: String?

    func run() throws {
        let words = global.catalogue
        guard let t = Export.Table(rawValue: table) else {
            throw Failure(message: words(.cliTakes, "<table>", Export.Table.allCases.map(\.rawValue).joined(separator: ", "), table), code: Exit.refused)
        }
        guard format == "csv" || format == "json" || (format == "ics" && t == .meetings) else {
            throw Failure(message: words(.cliTakes, "--format", t == .meetings ? "csv, json, ics" : "csv, json", format), code: Exit.refused)
        }
        if format != "ics", cluster != nil || consultant != nil { throw ValidationError(words(.cliIcsOnly)) }
        let log = try openLog(try global.logPath(), text: words)
        if format == "ics" {
            // A filter that names nothing is refused with what it could name, rather than giving an empty calendar.
            let clusterID = try cluster.map { try Self.cluster($0, log.state, words) }
            if let consultant, log.state.people[consultant]?.role != .consultant {
                let known = log.state.people.values.filter { $0.role == .consultant }.map(\.name).sorted()
                throw Failure(message: words(.cliNoSuchConsultant, consultant, known.joined(separator: ", ")), code: Exit.refused)
            }
            // One programme's meetings, as the CSV and JSON give them: a cluster's own, when a cluster is named.
            let p = try resolveProgramme(programme ?? clusterID.flatMap { log.state.clusters[$0]?.programme }, in: log.state, text: words)
            let list = log.state.meetings.values.filter { m in
                m.programme == p && clusterID.map { m.clusters.contains($0) } ?? true && consultant.map { m.consultants.contains($0) } ?? true
            }.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            try Output.write(Data(ICalendar.document(list, state: log.state, logID: log.logID, stamp: global.clock.now(), text: words, version: Tavle.version).utf8), to: out, log: try global.logPath(), words)
            return
        }
        if t == .programmes, format == "json" {
            return try Output.write(try JSONOutput.encode(ProgrammeJSON.all(log.state)), to: out, log: try global.logPath(), words)
        }
        let p = try resolveProgramme(programme, in: log.state, text: words)
        let data = format == "json" ? try Export.json(t, log.state, p, words) : try Export.csv(t, log.state, p, words, excel: excel)
        try Output.write(data, to: out, log: try global.logPath(), words)
    }
}

extension ExportCommand {
    /// A cluster by its id or its name (case and Danish letters aside); refused with the ids there are.
    static func cluster(_ s: String, _ state: NetworkState, _ words: Catalogue) throws -> String {
        if state.clusters[s] != nil { return s }
        let key = Folding.keys(s).short
        if let c = state.clusters.values.first(where: { Folding.keys($0.name).short == key }) { return c.id }
        let known = state.clusters.values.map { "\($0.id) (\($0.name))" }.sorted()
        throw Failure(message: words(.cliNoSuchCluster, s, known.joined(separator: ", ")), code: Exit.refused)
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: about(.helpAStatusReportFor))
    @OptionGroup var global: GlobalOptions
    @Option(help: help(.helpTheProgrammeIdDefault), completion: Complete.programme) var programme: String?
    @OptionGroup var travel: AsOfOption
    @Option(help: help(.helpMdOrHtml), completion: Complete.reportFormat) var format: String = "md"
    @Option(help: help(.helpWriteToThisFile), completion: .file()) var out: String?
    @Option(help: help(.helpPaper), completion: .list(Report.Paper.allCases.map(\.rawValue))) var paper: String = "a4"

    func run() throws {
        let words = global.catalogue
        guard let sheet = Report.Paper(rawValue: paper.lowercased()) else {
            throw Failure(message: words(.cliTakes, "--paper", Report.Paper.allCases.map(\.rawValue).joined(separator: ", "), paper), code: Exit.refused)
        }
        let pdf = format == "pdf"
        guard let f = pdf ? .html : Report.Format(rawValue: format) else { throw Failure(message: words(.cliTakes, "--format", "md, html, pdf", format), code: Exit.refused) }
        if pdf, out == nil { throw ValidationError(words(.cliPDFNeedsOut)) }
        let log = try openLog(try global.logPath(), text: words)
        var state = log.state
        var day = global.clock.today
        var head = try headLine(log, words)
        if let asOf = travel.asOf {
            day = try Parse.day(asOf, words, near: global.clock.today)
            let prefix = try readHistory(log, words).prefix { Copenhagen.local($0.at).day <= day }
            state = NetworkState.replay(prefix)
            head = try storeCall(words) { try LogHead.at(prefix.last?.seq ?? 0, of: log) } ?? head
        }
        let p = try resolveProgramme(programme, in: state, text: words)
        let report = Report(state: state, programme: p, asOf: day, text: words, head: (head.seq, head.description))
        let text = f == .md ? report.markdown() : report.html(paper: sheet)
        try Output.write(pdf ? try PDFReport.convert(text, words) : Data(text.utf8), to: out, log: try global.logPath(), words)
    }
}

