/// Which of a person's writes an undo takes: the newest that nothing later builds on. Newer ones that something
/// builds on are skipped, each with the first later record that blocks it, so the person hears why; an older write
/// never stays stuck behind a newer one another person built on.
public struct UndoChoice: Sendable, Equatable {
    /// The write's records, oldest first.
    public let seqs: [Int]
    /// Newer writes of the person's that cannot be undone now: their records, and the record that builds on them.
    public let skipped: [Blocked]

    public struct Blocked: Sendable, Equatable {
        public let seqs: [Int]
        public let by: Int
    }
}

extension NetworkState {
    /// A person's writes that undo can still reach, newest first, each its records oldest first.
    public func writes(of actor: String) -> [[Int]] {
        guard let stack = undoStacks[actor] else { return [] }
        var out: [[Int]] = []
        var current: [Int] = [], at: Timestamp?
        for record in stack.reversed() {
            if record.at != at, !current.isEmpty { out.append(current.reversed()); current = [] }
            at = record.at
            current.append(record.seq)
        }
        if !current.isEmpty { out.append(current.reversed()) }
        return out
    }

    /// The first later record that builds on any record of a write (undone newest first), or nil when the whole
    /// write can be undone now.
    public func blocker(of write: [Int], by actor: String) -> Int? {
        var scratch = self
        for seq in write.reversed() {
            guard let record = scratch.undoStacks[actor]?.last(where: { $0.seq == seq }) else { return nil }
            if let later = scratch.builtOn(record) { return later }
            scratch.undo(seq, by: actor)
        }
        return nil
    }

    /// What `undoLast` undoes for `actor`, and what it skips; nil when there is nothing to undo at all.
    public func undoChoice(for actor: String) -> UndoChoice? {
        var skipped: [UndoChoice.Blocked] = []
        for write in writes(of: actor) {
            if let by = blocker(of: write, by: actor) { skipped.append(.init(seqs: write, by: by)); continue }
            return UndoChoice(seqs: write, skipped: skipped)
        }
        return skipped.isEmpty ? nil : UndoChoice(seqs: [], skipped: skipped)
    }
}
