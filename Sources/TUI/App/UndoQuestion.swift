import Domain
import Wording

/// `u`: what the person's last write was, asked about before it is undone.
extension Model {
    mutating func askUndo() {
        guard mayStart(.takePart) else { return }
        let seqs = state.lastWrite(of: user)
        guard let last = seqs.last else { notice = .failed(.domain(.nothingToUndo)); return }
        let command = Command.undoLast(expecting: last)
        // Refused before asking: a later event built on it, or the person may not write.
        if let refusal = domainRefusal(command) { notice = .refused(.domain(refusal)); return }
        overlay = .confirm(Confirmation(question: text(.confirmUndo, text.summary(of: seqs, in: events, state: state), text.events(seqs.count)),
                                        command: command))
    }
}
