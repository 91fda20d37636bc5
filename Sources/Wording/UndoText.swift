import Domain

/// Undo in words: which change, and which later change of whose blocks one that cannot be undone.
extension Catalogue {
    /// "«Kontakt med Strandskolen» kan ikke fortrydes: «Opfølgning …», som Anne Holm Jensen skrev 3.12.2026, bygger
    /// videre på den."
    public func undoBlocked(_ write: [Int], by: Int, history: [Recorded], state: NetworkState) -> String {
        self(.undoBlocked, summary(of: write, in: history, state: state), blockerText(by, history: history, state: state))
    }

    /// The refusal in words, with the changes named when the history is at hand.
    public func message(_ e: DomainError, history: [Recorded], state: NetworkState) -> String {
        guard case .undoBuiltOn(let seq, let by) = e else { return message(e, in: state) }
        let write = state.writes(of: history.record(seq: seq)?.actor ?? "").first { $0.contains(seq) } ?? [seq]
        return undoBlocked(write, by: by, history: history, state: state)
    }

    /// What an undo skipped, one sentence per write: said with what it undid.
    public func undoSkipped(_ choice: UndoChoice, history: [Recorded], state: NetworkState) -> [String] {
        choice.skipped.map { self(.undoSkipped, summary(of: $0.seqs, in: history, state: state), blockerText($0.by, history: history, state: state)) }
    }

    public func blockerText(_ seq: Int, history: [Recorded], state: NetworkState) -> String {
        guard let r = history.record(seq: seq) else { return self(.evEventNumber, seq) }
        let who = state.people[r.actor]?.fullName ?? r.actor
        return self(.undoBlocker, sentence(r.event, in: state, history: history), who, shortDate(Copenhagen.local(r.at).day))
    }
}
