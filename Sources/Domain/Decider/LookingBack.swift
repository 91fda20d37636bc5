/// The network as it stood after an earlier event, for looking at only: time travel and reports as of a day.
///
/// A state replayed for looking back has every table a full replay has, and undo stacks that still put values
/// back (a later `undone` in the log applies as it did), but it keeps no account of which later event built on
/// which entity: that bookkeeping is most of the fold's work and only deciding a write asks about it, and no one
/// writes into the past. Never decide against such a state.
extension NetworkState {
    public static func replayForLookingBack<S: Sequence>(_ events: S) -> NetworkState where S.Element == Recorded {
        var state = NetworkState()
        for e in events { state.applyForLookingBack(e) }
        return state
    }

    /// One event onto a state replayed for looking back: a step forward in time travel.
    public mutating func applyForLookingBack(_ recorded: Recorded) {
        if case .undone(let seq) = recorded.event {
            undo(seq, by: recorded.actor)
        } else if let restores = applyCapturing(recorded.event) {
            rememberRestores(recorded, restores: restores)
        } else {
            rememberRestores(recorded, restores: restores(for: recorded.event))
            apply(recorded.event)
        }
        lastSeq = recorded.seq
        lastAt = recorded.at
    }
}
