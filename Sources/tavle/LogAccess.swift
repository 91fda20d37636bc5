import Demo
import Domain
import Foundation
import FileStore
import PostgresStore
import Wording

/// Opens the log from its snapshot when there is a good one, printing notices once on stderr, and maps log
/// errors to exit codes. A command that only reads (`writes` off) opens it for reading and never changes any
/// file; a command that writes checks the records behind the snapshot before its write, and afterwards writes a
/// snapshot that was set aside or is far behind (`writeDueSnapshot`).
/// Commands fold the records into state and let them go; `readHistory` reads them when one needs them.
func openLog(_ path: String, text: Catalogue, create: Bool = false, quiet: Bool = false, snapshot: Bool = true,
             writes: Bool = false, keepHistory: Bool = false, listen: Bool = false) throws -> LiveNetwork {
    do {
        let access: LiveNetwork.Access = writes ? .write : .read
        let log = PostgresLocation.isURL(path)
            ? try openShared(path, words: text, access: access, snapshot: snapshot, keepHistory: keepHistory, listen: listen)
            : try EventLog.open(path: path, access: access, create: create, useSnapshot: snapshot, keepHistory: keepHistory)
        if !quiet {
            for n in log.takeNotices() { FileHandleOut.err(text.message(n)) }
        }
        return log
    } catch let error as LogError {
        // The first command on a new machine: say where to begin, not only that the file is missing.
        if case .io(_, _, let code) = error, code == ENOENT, !PostgresLocation.isURL(path) {
            throw Failure(message: text.message(error) + "\n" + text(.cliFirstRun, path), code: logExitCode(error))
        }
        throw Failure(message: text.message(error), code: logExitCode(error))
    }
}

/// After a write: a snapshot that was set aside, or one far behind, is written again.
func writeDueSnapshot(_ log: LiveNetwork, _ text: Catalogue, now: Timestamp) {
    for n in log.takeNotices() { FileHandleOut.err(text.message(n)) }
    guard log.snapshotDue else { return }
    do { try log.writeSnapshot(now: now) } catch { FileHandleOut.err(text(.noticeSnapshotFailed, text.message(error))) }
}

func logExitCode(_ e: LogError) -> Int32 {
    switch e {
    case .damaged, .notALog, .unsupportedFormat, .replaced, .unsafeFile, .unreachable, .notInitialised: return Exit.damagedLog
    case .io(_, _, let code) where code == ENOENT: return Exit.damagedLog
    default: return Exit.refused
    }
}

func writeDemo(to path: String, text: Catalogue, clock: Clock) throws {
    do {
        let events = try DemoNetwork.events(today: clock.today)
        try EventLog.create(path: path, events: events, created: clock.now())
    } catch let e as LogError {
        throw Failure(message: text.message(e), code: Exit.refused)
    } catch let e as DomainError {
        throw Failure(message: text.message(e), code: Exit.refused)
    }
}

/// Resolves a programme id, or says which ones exist.
func resolveProgramme(_ id: String?, in state: NetworkState, text: Catalogue) throws -> ProgrammeID {
    guard let chosen = id ?? state.defaultProgramme else { throw Failure(message: text(.cliNoProgramme), code: Exit.refused) }
    guard state.programmes[chosen] != nil else {
        throw Failure(message: text(.cliUnknownProgramme, chosen, state.programmes.keys.joined(separator: ", ")), code: Exit.refused)
    }
    return chosen
}


/// Every record, reading the part a snapshot stood in for.
func readHistory(_ log: LiveNetwork, _ text: Catalogue) throws -> [Recorded] {
    do { return try log.history() } catch { throw Failure(message: text.message(error), code: logExitCode(error)) }
}
