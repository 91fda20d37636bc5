/// The network as it stood after an earlier event, for looking at only: time travel and reports as of a day.
///
/// A state replayed for looking back has every table a full replay has, but no undo bookkeeping: who built on
/// what, and the values each record would put back, are what deciding a write asks about, and no one writes into
/// the past. Only the records the history undoes somewhere (`undoneSeqs`) keep the values they replaced, so that
/// their `undone` applies as it did. That bookkeeping is most of the fold's work. Never decide against such a state:
/// its undo stacks hold only those records.
extension NetworkState {
    /// The records a history undoes anywhere in it: the ones looking back must be able to put back.
    public static func undoneSeqs<S: Sequence>(in history: S) -> Set<Int> where S.Element == Recorded {
        // Read in place: a copy of each record retains every string in it (94 ms at a million records, 3 ms so).
        if let found = history.withContiguousStorageIfAvailable({ undoneSeqs(inPlace: $0) }) { return found }
        var out = Set<Int>()
        for r in history { if case .undone(let seq) = r.event { out.insert(seq) } }
        return out
    }

    private static func undoneSeqs(inPlace history: UnsafeBufferPointer<Recorded>) -> Set<Int> {
        var out = Set<Int>()
        for i in history.indices { if case .undone(let seq) = history[i].event { out.insert(seq) } }
        return out
    }

    /// `events` replayed for looking back; `undone` holds at least the records undone among them (by default,
    /// those), and holds the later ones too if the state is to be stepped forward with `applyForLookingBack`.
    public static func replayForLookingBack<C: Collection>(_ events: C, undone: Set<Int>? = nil) -> NetworkState where C.Element == Recorded {
        let undone = undone ?? undoneSeqs(in: events)
        // A long history on every core (LookingBackInParts.swift).
        if events.count >= partsFrom, let state = events.withContiguousStorageIfAvailable({ replayInParts($0, undone: undone) }) {
            return state
        }
        var state = NetworkState()
        state.applyForLookingBack(events, undone: undone)
        return state
    }

    /// `records` onto this state replayed for looking back, in order: a step forward in time travel. Read in place
    /// where they lie in one buffer (a copy of each record retains every string in it).
    public mutating func applyForLookingBack<C: Collection>(_ records: C, undone: Set<Int>) where C.Element == Recorded {
        let inPlace: Void? = records.withContiguousStorageIfAvailable { b in
            for i in b.indices { applyForLookingBack(b[i], undone: undone) }
        }
        if inPlace == nil { for r in records { applyForLookingBack(r, undone: undone) } }
    }

    /// One event onto a state replayed for looking back: a step forward in time travel.
    public mutating func applyForLookingBack(_ recorded: Recorded, undone: Set<Int>) {
        if case .undone(let seq) = recorded.event {
            undo(seq, by: recorded.actor)
        } else if !undone.contains(recorded.seq) {
            apply(recorded.event)
        } else {
            rememberRestores(recorded, restores: restores(for: recorded.event))
            apply(recorded.event)
        }
        lastSeq = recorded.seq
        lastAt = recorded.at
    }
}

extension NetworkState {
    /// The network as it stood after event `seq`, worked out from this later state by putting back, newest first,
    /// what each event after it replaced, as undoing them one by one would: `later` are the records after `seq` up
    /// to this state's last, in order. A day back on a national log is then a few thousand restores instead of a
    /// replay of the whole log. Nil when that cannot give the replay's network: an undo among `later` (the record it
    /// undid is gone from its stack), or a record its writer's stack no longer holds (`undoDepth`). For looking at
    /// only, like `replayForLookingBack`: every table is the replay's, but the undo records, the id counters and
    /// who built on what are the later state's.
    public func rewound<C: BidirectionalCollection>(to seq: Int, at: Timestamp?, undoing later: C) -> NetworkState?
    where C.Element == Recorded {
        guard let last = later.last else { return seq == lastSeq ? self : nil }
        guard last.seq == lastSeq, let first = later.first, first.seq > seq else { return nil }
        // Every record since must still be in its writer's stack: beyond the oldest any stack holds, or more records
        // than the stacks hold, the answer is no at once (a far jump asks this first).
        var held = 0, oldest = Int.max
        for stack in undoStacks.values { held += stack.count; oldest = min(oldest, stack.first?.seq ?? Int.max) }
        guard later.count <= held, first.seq >= oldest else { return nil }
        // Each writer's stack is searched from where the previous (newer) record of theirs was found.
        var searched: [String: Int] = [:]
        var restores: [[Restore]] = []
        restores.reserveCapacity(later.count)
        for r in later.reversed() {
            if case .undone = r.event { return nil }
            guard let stack = undoStacks[r.actor] else { return nil }
            var i = searched[r.actor] ?? stack.endIndex
            while i > stack.startIndex, stack[i - 1].seq > r.seq { i -= 1 }
            guard i > stack.startIndex, stack[i - 1].seq == r.seq else { return nil }
            i -= 1
            searched[r.actor] = i
            restores.append(stack[i].restores)
        }
        var state = self
        for record in restores { for r in record.reversed() { state.restore(r) } }
        state.lastSeq = seq
        state.lastAt = at
        return state
    }
}
