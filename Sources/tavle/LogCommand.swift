import ArgumentParser
import Domain
import Foundation
import Wording

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: about(.logAbstract),
        subcommands: [LogVerifyCommand.self, LogHeadCommand.self, SnapshotCommand.self, Stats.self, LogCopyCommand.self])

    struct SnapshotCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snapshot",
            abstract: about(.logSnapshotAbstract))

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let text = global.catalogue
            let log = try openLog(try global.logPath(), text: text)
            do {
                let info = try log.writeSnapshot(now: global.clock.now())
                let file = log.snapshotLocation ?? ""
                say(text(.cliSnapshotWritten, file, text.megabytes(fileSize(file)), text.grouped(info.seq)))
            } catch {
                throw Failure(message: text.message(error), code: logExitCode(error))
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: about(.logStatsAbstract))

        @OptionGroup var global: GlobalOptions
        @Flag(help: help(.optionJSON)) var json = false

        func run() throws {
            let text = global.catalogue
            let path = try global.logPath()
            let log = try openLog(path, text: text, quiet: true, snapshot: false)
            let events = try readHistory(log, text)
            let head = try headLine(log, text)
            var byType: [String: Int] = [:]
            for r in events { byType[r.event.typeName, default: 0] += 1 }
            if json {
                let snapshot: SnapshotJSON
                switch log.inspectSnapshot() {
                case nil: snapshot = SnapshotJSON(path: OrNull(log.snapshotLocation), state: "none")
                case .failure(let problem)?: snapshot = SnapshotJSON(path: OrNull(log.snapshotLocation), state: "ignored", text: text.reason(problem))
                case .success(let info)?:
                    snapshot = SnapshotJSON(path: OrNull(log.snapshotLocation), state: "used", bytes: info.bytes, lastSequence: info.seq,
                                            newerEvents: log.state.lastSeq - info.seq)
                }
                return try printJSON(StatsJSON(log: shown(path), bytes: log.byteCount, events: events.count, lastSequence: log.state.lastSeq,
                                               head: head.description, byType: byType, snapshot: snapshot))
            }
            say(text(.cliStatsLog, shown(path), text.megabytes(log.byteCount) + ", " + text(.cliStatsEvents, text.grouped(events.count)),
                       text.grouped(log.state.lastSeq)))
            say(text(.cliHeadIs, head.description))
            switch log.inspectSnapshot() {
            case nil:
                say(text(.cliStatsNoSnapshot, (log.snapshotLocation ?? "")))
            case .failure(let problem)?:
                say(text(.cliStatsSnapshotIgnored, (log.snapshotLocation ?? ""), text.reason(problem)))
            case .success(let info)?:
                let local = Copenhagen.local(info.written)
                say(text(.cliStatsSnapshot, (log.snapshotLocation ?? ""), text.megabytes(info.bytes), text.grouped(info.seq),
                           text.grouped(log.state.lastSeq - info.seq), text.compactDate(local.day, today: global.clock.today) + " " + text.time(local.minutes)))
            }
            say(text(.cliStatsByType))
            // Each kind worded, with the id the log and jq use.
            let counts = Dictionary(uniqueKeysWithValues: byType.map { id, n in (EventType(rawValue: id).map { text.name($0) + " (\(id))" } ?? id, n) })
            let width = counts.keys.map(\.count).max() ?? 0
            for (type, n) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                let number = text.grouped(n)
                say("  " + type.padding(toLength: width, withPad: " ", startingAt: 0) + String(repeating: " ", count: max(1, 10 - number.count)) + number)
            }
        }
    }
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}
