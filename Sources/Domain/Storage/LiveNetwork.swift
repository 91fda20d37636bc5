/// The one live network the command line and the dashboard hold: the state folded from a store's lines, kept up
/// to date, and written to only through `append`. Any store will do (a file, a database); snapshots are optional.
/// Writing is in LiveNetworkWrite.swift, snapshots and history in LiveNetworkSnapshots.swift.
public final class LiveNetwork {
    /// Whether a command may write. A network opened for reading never changes any file.
    public enum Access: Sendable { case read, write }

    public private(set) var store: EventStore
    public let snapshots: SnapshotStore?
    public let access: Access
    var reader: LogReader
    public internal(set) var notices: [LogNotice] = []
    /// The snapshot opening started from, or found and set aside, and the history it stands in for.
    public internal(set) var snapshot: SnapshotInfo?
    public internal(set) var snapshotProblem: SnapshotProblem?
    var historyPending: SnapshotInfo?
    /// The log's own fold has been compared with the snapshot's state and taken its place (SnapshotAudit.swift).
    public internal(set) var snapshotAudited = false
    /// How far the checksum chain is checked from the start: the part a snapshot stands in for is checked
    /// before the first write.
    var chainChecked = 0
    /// Events since the snapshot after which a new one is due.
    public var snapshotEvery = 5_000

    public var location: String { store.location }
    public var logID: String { reader.logID }
    public var state: NetworkState { reader.state }
    /// The records read since opening: all of them, unless a snapshot was used or history is not kept.
    /// `history()` always gives all.
    public var events: [Recorded] { reader.events }
    public var readOnly: ReadOnlyReason? { reader.readOnly }
    /// How many records have been read (or appended) since the header.
    public var recordCount: Int { max(0, reader.lines - 1) }
    var offset: Int { reader.offset }
    /// How many bytes of the log have been read: its size, once opened.
    public var byteCount: Int { reader.offset }

    /// Opens the network on a store. With `useSnapshot`, a valid snapshot stands in for the records it covers.
    /// Without `keepHistory`, records are folded into the state and let go; `history()` reads them when asked.
    /// Opening changes nothing: an incomplete last line is only noted, and set aside by the next append.
    public init(store: EventStore, snapshots: SnapshotStore? = nil, access: Access = .write, useSnapshot: Bool = false,
                keepHistory: Bool = true) throws(LogError) {
        self.store = store
        self.snapshots = snapshots
        self.access = access
        reader = LogReader(path: store.location, keepEvents: keepHistory)
        if useSnapshot { try resumeFromSnapshot() }
        if access == .read { reader.setReadOnly(.openedForReading) } else if let r = store.readOnly { reader.setReadOnly(r) }
        try catchUp()
        notices = store.takeNotices() + notices
        if let r = readOnly, r != .openedForReading { notices.append(.readOnly(r)) }
    }

    /// Reads what other writers appended. Returns whether anything new arrived.
    @discardableResult
    public func refresh() throws(LogError) -> Bool {
        let before = reader.lines
        try store.checkIdentity(covering: offset)
        try catchUp()
        return reader.lines != before
    }

    /// After the store was replaced by another program: the new one, read from the start; no snapshot is trusted.
    public func reopen() throws(LogError) {
        let fresh = try store.reopened()
        store = fresh
        reader = LogReader(path: fresh.location, keepEvents: reader.keepEvents)
        if access == .read { reader.setReadOnly(.openedForReading) } else if let r = fresh.readOnly { reader.setReadOnly(r) }
        snapshot = nil
        historyPending = nil
        snapshotAudited = false
        chainChecked = 0
        try catchUp()
    }

    /// Reads every complete line past `offset`, and notes (never moves) what follows the last one.
    func catchUp() throws(LogError) {
        guard !reader.halted else { return }
        // Zeros at the end (gigabytes of them, perhaps) are counted, not read.
        let zeros = try store.zeroTail(after: offset)
        let bytes: [UInt8]
        if let zeros { bytes = try store.read(from: offset, count: zeros.start - offset) } else { bytes = try store.read(from: offset) }
        // Room for the records up front (no line is shorter than 100 bytes), so the list never regrows and copies.
        if bytes.count > 1 << 20 { reader.reserve(bytes.count / 100) }
        let tailStart = try reader.consume(bytes)
        let tail = bytes[tailStart...]
        guard !reader.halted else { return }
        if let zeros {
            if reader.lines == 0 { throw .notALog(path: store.location, problem: .headerIncomplete) }
            // A record's start followed by zeros was not written by an append.
            guard tail.isEmpty else { throw .damaged(line: reader.lines + 1, offset: offset, problem: .garbage(bytes: zeros.end - offset)) }
            return notePending(bytes: zeros.end - zeros.start, zeros: true)
        }
        guard !tail.isEmpty else { return }
        if reader.lines == 0 { throw .notALog(path: store.location, problem: .headerIncomplete) }
        switch Tail.kind(tail) {
        case .garbage: throw .damaged(line: reader.lines + 1, offset: offset, problem: .garbage(bytes: tail.count))
        case .zeros: notePending(bytes: tail.count, zeros: true)
        case .partialRecord: notePending(bytes: tail.count, zeros: false)
        }
    }

    private func notePending(bytes: Int, zeros: Bool) {
        let notice = LogNotice.tornTailPending(bytes: bytes, line: reader.lines + 1, zeros: zeros)
        if !notices.contains(notice) { notices.append(notice) }
    }

    /// Notices are said once: taking them clears them.
    public func takeNotices() -> [LogNotice] {
        notices += store.takeNotices()
        defer { notices = [] }
        return notices
    }
}
