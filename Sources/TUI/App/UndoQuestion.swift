import Domain
import Wording

/// `u`: the newest of the person's writes that nothing builds on, asked about before it is undone; newer ones
/// passed by are named with what builds on them.
extension Model {
    mutating func askUndo() {
        guard mayStart(.takePart) else { return }
        guard let choice = state.undoChoice(for: session.user) else { notice = .failed(.domain(.nothingToUndo)); return }
        guard let last = choice.seqs.last else {
            let newest = choice.skipped[0]
            notice = .refused(.other(text.undoBlocked(newest.seqs, by: newest.by, history: events, state: state)))
            return
        }
        let command = Command.undoLast(expecting: last)
        // Refused before asking: the person may not write.
        if let refusal = domainRefusal(command) { notice = .refused(.domain(refusal)); return }
        var question = text(.confirmUndo, text.summary(of: choice.seqs, in: events, state: state), text.events(choice.seqs.count))
        if let skipped = text.undoSkipped(choice, history: events, state: state).first {
            question = skipped + " " + question
        }
        overlay = .confirm(Confirmation(question: question, command: command))
    }

    /// Whether the undo question would name a record behind the snapshot, not read yet: `events` holds only those
    /// since. (Nothing to undo is said at once.)
    var undoNamesHistory: Bool {
        guard let choice = state.undoChoice(for: session.user) else { return false }
        let first = events.first?.seq ?? state.lastSeq + 1
        return (choice.seqs + choice.skipped.flatMap { $0.seqs + [$0.by] }).contains { $0 < first }
    }
}
