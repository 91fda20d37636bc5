/// The check that a snapshot never outranks the log: once the records behind it are read, they are folded (on
/// another thread, as at a million records that takes seconds) and the result compared with the state the snapshot
/// gave. Either way the log's own fold is kept: on a difference because it is the truth, and when they agree
/// because it shares every value with the records the history holds, where the snapshot's state holds copies of
/// them (at a million records that, with the freed pages given back, is a quarter of the dashboard's memory).
public struct SnapshotAudit: @unchecked Sendable {
    // The store is compared by identity only, on the thread that made the audit.
    let store: EventStore
    let history: [Recorded]
    let state: NetworkState

    /// Folds the history and compares it with the state: the slow part, for another thread.
    public func run() -> SnapshotAudit.Outcome {
        // The snapshot's undo book, still in its bytes (UndoBook.swift), made before the fold rather than among its
        // allocations: let go with the snapshot's state, its pages are then whole and given back.
        _ = state.undoBook.value
        let folded = NetworkState.replay(history)
        return Outcome(store: store, folded: folded, agrees: folded == state)
    }

    /// What the log's records fold to, and whether it is the state the snapshot gave with the same records after it.
    public struct Outcome: @unchecked Sendable {
        let store: EventStore
        let folded: NetworkState
        public let agrees: Bool
    }

    /// What `adopt` did with an outcome.
    public enum Answer: Sendable, Equatable {
        /// The log was opened again, or no snapshot stands any more: nothing changed.
        case stale
        /// The log's own fold, equal to the state, took its place: the same figures, stored once.
        case shared
        /// They differed: the log's own state is shown, and the snapshot is set aside (`snapshotProblem` says why).
        case disagreed
    }
}

extension LiveNetwork {
    /// The audit of the snapshot opening started from, once every record is read; nil when there is nothing (left)
    /// to audit.
    public func snapshotAudit() -> SnapshotAudit? {
        guard snapshot != nil, historyLoaded, !snapshotAudited else { return nil }
        return SnapshotAudit(store: store, history: events, state: state)
    }

    /// Takes an audit's outcome. Records appended since the audit was made are applied to its fold, so it stands
    /// for the same moment as the state: applying the same records to equal states gives equal states.
    @discardableResult
    public func adopt(_ audit: SnapshotAudit.Outcome) -> SnapshotAudit.Answer {
        guard audit.store === store, snapshot != nil, reader.keepEvents else { return .stale }
        var own = audit.folded
        for r in events where r.seq > own.lastSeq { own.apply(r) }
        guard own.lastSeq == state.lastSeq else { return .stale }
        reader.replaceState(own)
        snapshotAudited = true
        guard !audit.agrees else { return .shared }
        snapshots?.discard()
        snapshot = nil
        setSnapshotProblem(.disagrees)
        return .disagreed
    }
}
