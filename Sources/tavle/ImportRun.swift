import Domain
import Exchange
import Foundation
import PostgresStore
import Wording

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
    case .row(let f, let line, let c, .notWhole(let text)): return "\(f):\(line): \(c): " + w(.impNotWhole, text)
    case .row(let f, let line, let c, .notNumber(let text)): return "\(f):\(line): \(c): " + w(.impNotNumber, text)
    }
}
