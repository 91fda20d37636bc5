import Foundation
import Glibc

/// Snapshots: starting from one, checking it belongs to this log, writing one, and the history behind it.
extension EventLog {
    public var snapshotPath: String { Snapshot.path(for: path) }

    /// Events read past the snapshot (or since the start, without one).
    public var eventsSinceSnapshot: Int { state.lastSeq - (snapshot?.seq ?? 0) }

    /// A new snapshot is due when the old one was set aside, or enough events came after it.
    public var snapshotDue: Bool {
        readOnly == nil && !state.isEmpty && (snapshotProblem != nil || eventsSinceSnapshot >= snapshotEvery)
    }

    /// Starts the reader from a snapshot that belongs to this log; otherwise notes why not. Records it covered that
    /// no longer end where it recorded are damage in the log, never a reason to quietly read past them.
    func resumeFromSnapshot() throws(LogError) {
        guard let found = Snapshot.read(path: snapshotPath) else { return }
        let info: SnapshotInfo, state: NetworkState
        switch found {
        case .failure(let problem): setSnapshotProblem(problem); return
        case .success(let value): (info, state) = value
        }
        if overwritten(info) { throw .damaged(line: info.lines, offset: info.offset, problem: .overwritten(lines: info.lines)) }
        do throws(SnapshotProblem) {
            try matches(info)
            startReader(at: info, state: state)
        } catch {
            setSnapshotProblem(error)
        }
    }

    /// The log reaches past where a snapshot of it ends, but no line with the checksum it recorded ends there.
    private func overwritten(_ info: SnapshotInfo) -> Bool {
        guard let size = Posix.identity(fd: descriptor)?.size, size >= info.offset, info.offset > 0 else { return false }
        guard let head = try? Posix.read(fd: descriptor, from: 0, count: min(size, 64 << 10), path: path),
              let nl = head.firstIndex(of: 10) else { return false }
        var header = LogReader(path: path)
        guard (try? header.consume(Array(head[...nl]))) != nil, header.logID == info.logID else { return false }
        do throws(SnapshotProblem) { try matches(info); return false } catch { return error == .stale }
    }

    /// The snapshot must name this log, and the log's line where it ends must carry the checksum it recorded.
    private func matches(_ info: SnapshotInfo) throws(SnapshotProblem) {
        guard let head = try? Posix.read(fd: descriptor, from: 0, count: 64 << 10, path: path),
              let nl = head.firstIndex(of: 10) else { throw .stale }
        var header = LogReader(path: path)
        guard (try? header.consume(Array(head[...nl]))) != nil else { throw .stale }
        guard header.logID == info.logID else { throw .otherLog }
        guard info.offset >= nl + 1, info.lines >= 1, let size = Posix.identity(fd: descriptor)?.size, size >= info.offset else { throw .stale }
        // The last line it covers: usually within 64 kB of its end, at most one record's limit.
        for reach in [64 << 10, EventLog.recordLimit + 64] {
            let span = min(info.offset, reach)
            guard let before = try? Posix.read(fd: descriptor, from: info.offset - span, count: span, path: path),
                  before.count == span, before.last == 10 else { throw .stale }
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
        if !keepsHistory {
            let at = currentPosition
            return try readRecords(upTo: at.offset, lines: at.lines, crc: at.crc)
        }
        guard let info = historyPending else { return events }
        prependHistory(try readRecords(upTo: info.offset, lines: info.lines, crc: info.logCRC))
        chainChecked = max(chainChecked, info.offset)
        return events
    }

    /// Compares the state the log's own records fold to (up to some event) with the state read from the snapshot and
    /// the records after it. On any difference the log's own state wins: the snapshot is set aside (deleted, so no
    /// command believes it), a new one is due, and the answer is true.
    public func adoptIfDisagrees(_ folded: NetworkState) -> Bool {
        guard snapshot != nil, keepsHistory else { return false }
        var own = folded
        for r in events where r.seq > own.lastSeq { own.apply(r) }
        guard own.lastSeq == state.lastSeq, own != state else { return false }
        reader.replaceState(own)
        unlink(snapshotPath)
        snapshot = nil
        setSnapshotProblem(.disagrees)
        return true
    }

    private func readRecords(upTo offset: Int, lines: Int, crc: UInt32) throws(LogError) -> [Recorded] {
        let bytes = try Posix.read(fd: descriptor, from: 0, count: offset, path: path)
        var r = LogReader(path: path, fold: false)
        let done = try r.consume(bytes)
        guard done == offset, r.lines == lines, r.lastCRC == crc else { throw .replaced(path) }
        return r.events
    }

    /// Whether `events` holds every record, so `history()` has nothing left to read.
    public var historyLoaded: Bool { historyPending == nil && keepsHistory }

    /// Writes a snapshot of the state as read so far. Returns what it covers.
    @discardableResult
    public func writeSnapshot() throws(LogError) -> SnapshotInfo {
        let info = position(written: .now())
        try Snapshot.write(state, info: info, path: snapshotPath)
        snapshotWritten(info)
        return info
    }

    /// The same, on another thread: the state is a value, so the dashboard keeps going. `done` runs on that thread.
    public func writeSnapshotInBackground(done: @escaping @Sendable (Result<SnapshotInfo, LogError>) -> Void) {
        let info = position(written: .now()), state = self.state, path = snapshotPath
        snapshotWritten(info)
        Thread.detachNewThread {
            do throws(LogError) {
                try Snapshot.write(state, info: info, path: path)
                done(.success(info))
            } catch {
                done(.failure(error))
            }
        }
    }

    /// The snapshot file as it stands: what it covers, or why it would be set aside. Nil if there is none.
    public func inspectSnapshot() -> Result<SnapshotInfo, SnapshotProblem>? {
        guard let found = Snapshot.read(path: snapshotPath) else { return nil }
        return found.flatMap { (info, _) in
            do throws(SnapshotProblem) { try matches(info); return .success(info) } catch { return .failure(error) }
        }
    }
}
