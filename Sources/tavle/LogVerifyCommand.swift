import ArgumentParser
import Domain
import FileStore
import Foundation
import Wording

/// `tavle log verify`: every record read and checked; with `--head`, whether the log still holds exactly the
/// history a head pinned; with `--against`, where it parts from another copy.
struct LogVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: about(.logVerifyAbstract))

    @OptionGroup var global: GlobalOptions
    @Option(help: help(.logVerifyHead), completion: .file()) var head: String?
    @Option(help: help(.logVerifyAgainst)) var against: String?
    @Flag(help: help(.optionJSON)) var json = false

    func run() throws {
        let text = global.catalogue
        let path = try global.logPath()
        var pinned: LogHead?
        if let head {
            guard let h = LogHead(parsing: head) else { throw Failure(message: text(.cliHeadBad, head), code: Exit.usage) }
            pinned = h
        }
        // Every record is read: a snapshot would vouch for the ones it covers.
        let log = try openLog(path, text: text, snapshot: false)
        let last = try storeCall(text) { try LogHead.last(of: log) }
        var lines: [String] = [text(.cliVerified, shown(path), log.recordCount, log.state.lastSeq), text(.cliHeadIs, last.description)]
        var ok = true
        var result = VerifyJSON(log: shown(path), events: log.recordCount, lastSequence: log.state.lastSeq, ok: true, head: last.description)
        if let pinned {
            let found = try storeCall(text) { try LogHead.at(pinned.seq, of: log) }
            let holds = found == pinned
            ok = ok && holds
            result.pinned = PinnedJSON(head: pinned.description, holds: holds, found: OrNull(found?.description))
            if holds {
                lines.append(text(.cliHeadHolds, shown(path), pinned.seq))
            } else if found == nil {
                lines.append(text(.cliHeadTooShort, shown(path), log.state.lastSeq, pinned.seq))
            } else {
                lines.append(text(.cliHeadChanged, shown(path), pinned.seq))
            }
        }
        if let against {
            let other = global.absolute(against)
            let copy = try openLog(other, text: text, quiet: true, snapshot: false)
            let outcome = try storeCall(text) { try LogComparison.compare(log.store, upTo: log.byteCount, copy.store, upTo: copy.byteCount) }
            var json = AgainstJSON(log: shown(other), outcome: "same", line: OrNull(nil))
            switch outcome {
            case .same(let n):
                lines.append(text(.cliAgainstSame, shown(path), shown(other), n))
            case .differ(let line):
                ok = false
                json = AgainstJSON(log: shown(other), outcome: line == 0 ? "other-log" : "differ", line: OrNull(line))
                if line == 0 {
                    lines.append(text(.cliAgainstOtherLog, shown(path), shown(other), log.logID, copy.logID))
                } else {
                    lines.append(text(.cliAgainstDiffer, line))
                    lines.append("  " + shown(path) + ": " + (try describe(line, in: log, text)))
                    lines.append("  " + shown(other) + ": " + (try describe(line, in: copy, text)))
                }
            case .longer(let firstIsLonger, let from):
                let (long, short) = firstIsLonger ? (path, other) : (other, path)
                let more = (firstIsLonger ? log : copy).state.lastSeq - (from - 1)
                json = AgainstJSON(log: shown(other), outcome: firstIsLonger ? "behind" : "ahead", line: OrNull(from))
                lines.append(text(.cliAgainstLonger, shown(long), shown(short), from - 1, more, from))
            }
            result.against = json
        }
        result.ok = ok
        if json { try printJSON(result) } else { for l in lines { say(l) } }
        if !ok { Foundation.exit(Exit.damagedLog) }
    }

    /// A record for a reader: its number, when and by whom, and what it did.
    func describe(_ seq: Int, in log: LiveNetwork, _ text: Catalogue) throws -> String {
        let history = try readHistory(log, text)
        guard let r = history.record(seq: seq) else { return "–" }
        let local = Copenhagen.local(r.at)
        let who = log.state.people[r.actor]?.fullName ?? r.actor
        return "#\(seq) " + text.shortDate(local.day) + " " + text.time(local.minutes) + ", " + who + ": " + text.sentence(r.event, in: log.state)
    }
}

/// `tavle log head`: the last record's number and the SHA-256 of the log through it, as `SEQ:HASH`.
struct LogHeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "head", abstract: about(.logHeadAbstract))

    @OptionGroup var global: GlobalOptions
    @Flag(help: help(.optionJSON)) var json = false

    func run() throws {
        let text = global.catalogue
        let path = try global.logPath()
        let log = try openLog(path, text: text, snapshot: false)
        let head = try storeCall(text) { try LogHead.last(of: log) }
        if json { return try printJSON(HeadJSON(log: shown(path), lastSequence: head.seq, sha256: head.sha256, head: head.description)) }
        say(head.description)
    }
}

/// The head line the report, `log stats` and `log copy` print.
func headLine(_ log: LiveNetwork, _ text: Catalogue) throws -> LogHead {
    try storeCall(text) { try LogHead.last(of: log) }
}
