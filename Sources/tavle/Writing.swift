import Domain
import Wording

// How every subcommand that writes goes through the one live network.

/// Decides and appends one command, printing what was recorded.
func write(_ global: GlobalOptions, _ command: Command) throws {
    let text = global.catalogue
    let log = try openLog(try global.logPath(), text: text, writes: true)
    for r in try append(command, to: log, global) { say(describe(r, text, in: log.state)) }
}

/// Appends at the clock's time, expecting the store's end; a refusal becomes exit status 1 with the reason.
func append(_ command: Command, to log: LiveNetwork, _ global: GlobalOptions) throws -> [Recorded] {
    try append([command], to: log, global)
}

/// Appends several commands as one write: all land, or none.
func append(_ commands: [Command], to log: LiveNetwork, _ global: GlobalOptions) throws -> [Recorded] {
    let text = global.catalogue
    let now = global.clock.now()
    do {
        defer { writeDueSnapshot(log, text, now: now) }
        return try log.append(commands, actor: global.actor, now: now)
    } catch let e as DomainError {
        throw Failure(message: text.message(e, in: log.state), code: Exit.refused)
    } catch let e as LogError {
        throw Failure(message: text.message(e), code: logExitCode(e))
    }
}

/// One line per recorded event: its sequence number and what it says.
/// A receipt names the log's sequence number, and the id of a new follow-up, meeting or cluster, labelled, since the
/// command line refers to them by it ("follow-up done F0345").
func describe(_ r: Recorded, _ text: Catalogue, in state: NetworkState? = nil, history: [Recorded]? = nil) -> String {
    var line = "#\(r.seq) \(r.at.iso) \(r.actor): \(text.sentence(r.event, in: state, history: history))"
    if let id = r.event.newID { line += " (" + text(.cliIdLabel, id) + ")" }
    return line
}
