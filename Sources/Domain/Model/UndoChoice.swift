import DequeModule

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
        return writeRanges(stack).map { stack[$0].map(\.seq) }
    }

    /// The first later record that builds on any record of a write (undone newest first), or nil when the whole
    /// write can be undone now.
    public func blocker(of write: [Int], by actor: String) -> Int? {
        guard let stack = undoStacks[actor] else { return nil }
        var records: [UndoRecord] = []
        for seq in write {
            guard let record = stack.last(where: { $0.seq == seq }) else { return nil }
            records.append(record)
        }
        return blocker(of: records)
    }

    /// What `undoLast` undoes for `actor`, and what it skips; nil when there is nothing to undo at all.
    public func undoChoice(for actor: String) -> UndoChoice? {
        guard let stack = undoStacks[actor] else { return nil }
        var skipped: [UndoChoice.Blocked] = []
        for range in writeRanges(stack) {
            let write = stack[range]
            if let by = blocker(of: write) { skipped.append(.init(seqs: write.map(\.seq), by: by)); continue }
            return UndoChoice(seqs: write.map(\.seq), skipped: skipped)
        }
        return skipped.isEmpty ? nil : UndoChoice(seqs: [], skipped: skipped)
    }

    /// Where each write lies in a stack, newest first: the runs of records made at one moment.
    private func writeRanges(_ stack: Deque<UndoRecord>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var end = stack.endIndex
        while end > stack.startIndex {
            let at = stack[end - 1].at
            var start = end - 1
            while start > stack.startIndex, stack[start - 1].at == at { start -= 1 }
            out.append(start..<end)
            end = start
        }
        return out
    }

    /// The first later record that builds on a write's records, oldest first, undone newest first. Undoing the
    /// newer ones hands each entity they wrote back to its toucher before them; that hand-back is followed in a
    /// small table of its own rather than on a copy of the state, so asking costs the write's size, not the
    /// network's.
    private func blocker(of write: some BidirectionalCollection<UndoRecord>) -> Int? {
        var handedBack: [EntityKey: Int] = [:]
        for record in write.reversed() {
            let later = record.writes.compactMap { key -> Int? in
                guard let now = handedBack[key] ?? touched[key]?.seq else { return nil }
                return now > record.seq ? now : nil
            }.min()
            if let later { return later }
            for t in record.previousTouched where (handedBack[t.key] ?? touched[t.key]?.seq) == record.seq {
                handedBack[t.key] = t.seq
            }
        }
        return nil
    }
}
