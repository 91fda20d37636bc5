import ArgumentParser
import Domain
import Wording

/// `tavle undo`: the newest of your changes that nothing builds on, in the words the dashboard asks with
/// ("Fortrød «76 klyngemøder planlagt» (76 hændelser)"), and any newer one it skipped, with what blocks it.
/// `--list` shows the changes undo can reach; `undo N` undoes the one numbered N.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: about(.undoAbstract))
    @OptionGroup var global: GlobalOptions
    @Argument(help: help(.undoWhich)) var change: Int?
    @Flag(help: help(.undoList)) var list = false

    func run() throws {
        let words = global.catalogue
        let log = try openLog(try global.logPath(), text: words, writes: !list)
        let history = try readHistory(log, words)
        if list { return printList(log.state, history, words) }
        let before = log.state
        let choice = before.undoChoice(for: global.actor)
        do {
            let records = try log.append(change.map { .undoWrite(seq: $0) } ?? .undoLast(), actor: global.actor, now: global.clock.now())
            writeDueSnapshot(log, words, now: global.clock.now())
            say(words.report(records, history: history, state: log.state))
            if change == nil, let choice { for line in words.undoSkipped(choice, history: history, state: before) { say(line) } }
            for r in records { say(describe(r, words, in: log.state)) }
        } catch let e as DomainError {
            throw Failure(message: words.message(e, history: history, state: before), code: Exit.refused)
        } catch let e as LogError {
            throw Failure(message: words.message(e), code: logExitCode(e))
        }
    }

    /// Each change undo can reach, newest first: its number, when, and what it was; one that something builds on
    /// says what.
    func printList(_ state: NetworkState, _ history: [Recorded], _ words: Catalogue) {
        let writes = state.writes(of: global.actor)
        guard !writes.isEmpty else { return say(words(.undoListNone)) }
        say(words(.undoListHeading))
        for write in writes {
            guard let last = write.last, let r = history.record(seq: last) else { continue }
            let local = Copenhagen.local(r.at)
            var line = "  \(last)  " + words.shortDate(local.day) + " " + words.time(local.minutes) + "  " + words.summary(of: write, in: history, state: state)
            if let by = state.blocker(of: write, by: global.actor) {
                line += "  (" + words(.undoListBlocked, words.blockerText(by, history: history, state: state)) + ")"
            }
            say(line)
        }
    }
}
