/// The check that a snapshot never outranks the log: the records behind it are folded (on another thread, as at a
/// million records that takes seconds) and the result compared with the state the snapshot gave.
///
/// Before anyone asked for the history, the audit reads those records from the store itself and lets each go once
/// folded: when they agree the snapshot's state stays (it keeps its texts in a few buffers and its undo book in its
/// bytes, where the fold holds a string for each), so the dashboard's memory never holds the history nobody looked at.
/// Once the history is read it folds the records read; when they agree the log's own fold takes the state's place,
/// as it shares every value with those records where the snapshot's state holds copies of them. On a difference the
/// log's own fold is kept either way: it is the truth.
public struct SnapshotAudit: @unchecked Sendable {
    // The store is compared by identity on the thread that made the audit, and read on the audit's thread only while
    // nothing else reads, writes or refreshes it (as with a `HistoryJob`).
    let store: EventStore
    let source: Source
    let state: NetworkState

    enum Source {
        /// The history, read.
        case records([Recorded])
        /// The records behind the snapshot, read from the store as the audit folds them, and those read since.
        case log(HistoryJob, since: [Recorded])
    }

    /// Whether the audit reads the store (nothing else may meanwhile), rather than records already read.
    public var readsStore: Bool { if case .log = source { true } else { false } }

    /// Folds the history and compares it with the state: the slow part, for another thread. Nil when `stop` (asked
    /// between pieces of the store read) said so: the dashboard was closed meanwhile.
    public func run(stop: () -> Bool = { false }) -> SnapshotAudit.Outcome? {
        switch source {
        case .records(let history):
            // The snapshot's undo book, still in its bytes (UndoBook.swift), made before the fold rather than among its
            // allocations: let go with the snapshot's state, its pages are then whole and given back. (Before the
            // history is read the state stays when they agree, and its book is compared without being kept.)
            _ = state.undoBook.value
            let folded = NetworkState.replay(history)
            return Outcome(store: store, folded: .success(folded), agrees: folded == state, read: nil)
        case .log(let job, let since):
            do throws(LogError) {
                guard var folded = try job.fold(stop: stop) else { return nil }
                for r in since { folded.apply(r) }
                return Outcome(store: store, folded: .success(folded), agrees: folded == state, read: job.info)
            } catch {
                return Outcome(store: store, folded: .failure(error), agrees: false, read: job.info)
            }
        }
    }

    /// What the log's records fold to, and whether it is the state the snapshot gave with the same records after it.
    public struct Outcome: @unchecked Sendable {
        let store: EventStore
        let folded: Result<NetworkState, LogError>
        public let agrees: Bool
        /// The snapshot whose records the audit read from the store itself (their checksum chain checked on the way).
        let read: SnapshotInfo?
    }

    /// What `adopt` did with an outcome.
    public enum Answer: Sendable, Equatable {
        /// The log was opened again, or no snapshot stands any more: nothing changed.
        case stale
        /// They agree, and the snapshot's state stays: the history was not read, and nothing changes.
        case kept
        /// The log's own fold, equal to the state, took its place: the same figures, stored once.
        case shared
        /// They differed: the log's own state is shown, and the snapshot is set aside (`snapshotProblem` says why).
        case disagreed
        /// The records behind the snapshot could not be read or checked: nothing changed, and the audit is still due.
        case failed(LogError)
    }
}

extension LiveNetwork {
    /// The audit of the snapshot opening started from; nil when there is nothing (left) to audit. Before the history
    /// is read the audit reads the store: nothing else may read, write or refresh it until it has run.
    public func snapshotAudit() -> SnapshotAudit? {
        guard snapshot != nil, !snapshotAudited, reader.keepEvents else { return nil }
        if historyLoaded { return SnapshotAudit(store: store, source: .records(events), state: state) }
        guard let job = historyJob() else { return nil }
        return SnapshotAudit(store: store, source: .log(job, since: events), state: state)
    }

    /// Takes an audit's outcome. Records appended since the audit was made are applied to its fold, so it stands
    /// for the same moment as the state: applying the same records to equal states gives equal states.
    @discardableResult
    public func adopt(_ audit: SnapshotAudit.Outcome) -> SnapshotAudit.Answer {
        guard audit.store === store, snapshot != nil, reader.keepEvents, !snapshotAudited else { return .stale }
        // What the audit read from the store must be the records still behind the snapshot opening started from.
        if let read = audit.read, historyPending != read { return .stale }
        var own: NetworkState
        switch audit.folded {
        case .failure(let error): return .failed(error)
        case .success(let s): own = s
        }
        if let read = audit.read { chainChecked = max(chainChecked, read.offset) }
        if audit.agrees, !historyLoaded {
            snapshotAudited = true
            return .kept
        }
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
