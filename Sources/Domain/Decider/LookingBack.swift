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
        var out = Set<Int>()
        for r in history { if case .undone(let seq) = r.event { out.insert(seq) } }
        return out
    }

    /// `events` replayed for looking back; `undone` holds at least the records undone among them (by default,
    /// those), and holds the later ones too if the state is to be stepped forward with `applyForLookingBack`.
    public static func replayForLookingBack<C: Collection>(_ events: C, undone: Set<Int>? = nil) -> NetworkState where C.Element == Recorded {
        let undone = undone ?? undoneSeqs(in: events)
        var state = NetworkState()
        for e in events { state.applyForLookingBack(e, undone: undone) }
        return state
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
