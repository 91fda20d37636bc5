import Foundation

/// Snapshots: starting from one, checking it belongs to this log, writing one, and the history behind it.
extension LiveNetwork {
    public var snapshotLocation: String? { snapshots?.location }

    /// Events read past the snapshot (or since the start, without one).
    public var eventsSinceSnapshot: Int { state.lastSeq - (snapshot?.seq ?? 0) }

    /// A new snapshot is due when the old one was set aside, or enough events came after it.
    public var snapshotDue: Bool {
        snapshots != nil && readOnly == nil && !state.isEmpty && (snapshotProblem != nil || eventsSinceSnapshot >= snapshotEvery)
    }

    /// Starts from a snapshot that belongs to this log; otherwise notes why not. Records it covered that no
    /// longer end where it recorded are damage in the log, never a reason to quietly read past them.
    func resumeFromSnapshot() throws(LogError) {
        guard let found = snapshots?.load() else { return }
        let info: SnapshotInfo, state: NetworkState
        switch found {
        case .failure(let problem): setSnapshotProblem(problem); return
        case .success(let value): (info, state) = value
        }
        if overwritten(info) { throw .damaged(line: info.lines, offset: info.offset, problem: .overwritten(lines: info.lines)) }
        do throws(SnapshotProblem) {
            try matches(info)
            reader = LogReader(path: store.location, resume: state, snapshot: info, keepEvents: reader.keepEvents)
            snapshot = info
            historyPending = info
        } catch {
            setSnapshotProblem(error)
        }
    }

    func setSnapshotProblem(_ p: SnapshotProblem) {
        snapshotProblem = p
        notices.append(.snapshotIgnored(p))
    }

    /// The log's own id, from its header line.
    private func headerID() -> String? {
        guard let head = try? store.read(from: 0, count: 64 << 10), let nl = head.firstIndex(of: 10) else { return nil }
        var header = LogReader(path: store.location)
        guard (try? header.consume(Array(head[...nl]))) != nil else { return nil }
        return header.logID
    }

    /// The log reaches past where a snapshot of it ends, but no line with the checksum it recorded ends there.
    private func overwritten(_ info: SnapshotInfo) -> Bool {
        guard info.offset > 0, let end = try? store.read(from: info.offset - 1, count: 1), end.count == 1, headerID() == info.logID else { return false }
        do throws(SnapshotProblem) { try matches(info); return false } catch { return error == .stale }
    }

    /// The snapshot must name this log, and the log's line where it ends must carry the checksum it recorded.
    private func matches(_ info: SnapshotInfo) throws(SnapshotProblem) {
        guard let id = headerID() else { throw .stale }
        guard id == info.logID else { throw .otherLog }
        guard info.lines >= 1, info.offset > 0 else { throw .stale }
        // The last line it covers: usually within 64 kB of its end, at most one record's limit.
        for reach in [64 << 10, LogFormat.recordLimit + 64] {
            let span = min(info.offset, reach)
            guard let before = try? store.read(from: info.offset - span, count: span), before.count == span, before.last == 10 else { throw .stale }
            guard let newline = before.dropLast().lastIndex(of: 10) ?? (span == info.offset ? -1 : nil) else { continue }
            let line = Array(before[(newline + 1)..<(before.count - 1)])
            let stated = line.withUnsafeBytes { try? RecordReader.splitChecksum($0).crc }
            guard stated == info.logCRC else { throw .stale }
            return
        }
        throw .stale
    }

    /// Every record, reading the part a snapshot stood in for on first use (or all of them, each time, when
    /// history is not kept); their checksums are checked on the way.
    public func history() throws(LogError) -> [Recorded] {
        if !reader.keepEvents { return try Self.readRecords(store, upTo: offset, lines: reader.lines, crc: reader.lastCRC) }
        guard let job = historyJob() else { return events }
        _ = adoptHistory(try job.read(), of: job)
        return events
    }

    /// The records a snapshot stood in for, as a job to read them on another thread while the dashboard answers
    /// keys (at a million records reading them takes seconds); nil when there is none to read. Nothing else may
    /// read, write or refresh the store while it runs. Its records go to `adoptHistory`.
    public func historyJob() -> HistoryJob? {
        guard reader.keepEvents, let info = historyPending else { return nil }
        return HistoryJob(store: store, info: info)
    }

    /// Takes the records a `historyJob` read: `events` then holds every record. False, and nothing taken, if the
    /// log was opened again since the job was made (its records may then be another file's).
    @discardableResult
    public func adoptHistory(_ records: [Recorded], of job: HistoryJob) -> Bool {
        guard job.store === store, historyPending == job.info else { return false }
        reader.prepend(records)
        historyPending = nil
        chainChecked = max(chainChecked, job.info.offset)
        return true
    }

    static func readRecords(_ store: EventStore, upTo offset: Int, lines: Int, crc: UInt32) throws(LogError) -> [Recorded] {
        let bytes = try store.read(from: 0, count: offset)
        var r = LogReader(path: store.location, fold: false)
        let done = try r.consume(bytes)
        guard done == offset, r.lines == lines, r.lastCRC == crc else { throw .replaced(store.location) }
        return r.events
    }

    /// Whether `events` holds every record, so `history()` has nothing left to read.
    public var historyLoaded: Bool { historyPending == nil && reader.keepEvents }

    /// What a snapshot written now would cover.
    func position(written: Timestamp) -> SnapshotInfo {
        SnapshotInfo(logID: logID, seq: state.lastSeq, lines: reader.lines, offset: offset, logCRC: reader.lastCRC, written: written, bytes: 0)
    }

    /// Writes a snapshot of the state as read so far. Returns what it covers.
    @discardableResult
    public func writeSnapshot(now: Timestamp) throws(LogError) -> SnapshotInfo {
        guard let snapshots else { throw .readOnly(.openedForReading) }
        let info = position(written: now)
        try snapshots.save(state, info: info)
        snapshot = info
        snapshotProblem = nil
        return info
    }

    /// A snapshot of the state now, to be saved on another thread (the state is a value): the store and what to
    /// give it. Counts as written, so none is due again meanwhile.
    public func snapshotJob(now: Timestamp) -> (store: SnapshotStore, state: NetworkState, info: SnapshotInfo)? {
        guard let snapshots else { return nil }
        let info = position(written: now)
        snapshot = info
        snapshotProblem = nil
        return (snapshots, state, info)
    }

    /// The snapshot as it stands: what it covers, or why it would be set aside. Nil if there is none.
    public func inspectSnapshot() -> Result<SnapshotInfo, SnapshotProblem>? {
        guard let found = snapshots?.load() else { return nil }
        return found.flatMap { (info, _) in
            do throws(SnapshotProblem) { try matches(info); return .success(info) } catch { return .failure(error) }
        }
    }
}

/// Reads the records a snapshot stood in for, up to where the snapshot ends, checking each one's checksum and the
/// chain's end against what the snapshot says; made by `LiveNetwork.historyJob`.
public struct HistoryJob: @unchecked Sendable {
    // The store is used by one thread at a time: the loop that made the job reads, writes and refreshes nothing
    // until the job is done.
    let store: EventStore
    let info: SnapshotInfo

    public func read() throws(LogError) -> [Recorded] {
        try LiveNetwork.readRecords(store, upTo: info.offset, lines: info.lines, crc: info.logCRC)
    }

    /// What the records fold to, read in pieces and let go once folded (the snapshot's audit before anyone asked for
    /// the history): the same checks as `read`, and never the whole history, nor the whole file, in memory at once.
    /// Nil when `stop` said so between two pieces.
    func fold(pieceBytes: Int = 32 << 20, stop: () -> Bool = { false }) throws(LogError) -> NetworkState? {
        var r = LogReader(path: store.location, keepEvents: false)
        var at = 0, carried: [UInt8] = []
        while at < info.offset {
            if stop() { return nil }
            let n = min(pieceBytes, info.offset - at)
            let bytes = try store.read(from: at, count: n)
            guard bytes.count == n else { throw .replaced(store.location) }
            let piece = carried + bytes
            let done = try r.consume(piece)
            carried = Array(piece[done...])
            at += n
        }
        guard carried.isEmpty, r.offset == info.offset, r.lines == info.lines, r.lastCRC == info.logCRC, !r.halted else {
            throw .replaced(store.location)
        }
        return r.state
    }
}
