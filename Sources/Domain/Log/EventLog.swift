import Glibc
import Foundation

/// The append-only log: JSON Lines with a header, each record chained by CRC-32C.
/// This is the only code that touches the disk. Appending is in EventLogWrite.swift.
public final class EventLog {
    public static let formatName = "tavle-log"
    public static let formatVersion = 1
    /// The largest single record accepted, in bytes.
    public static let recordLimit = 4 << 20

    /// Whether a command may write. A log opened for reading never changes any file.
    public enum Access: Sendable { case read, write }

    public let path: String
    public let access: Access
    public internal(set) var notices: [LogNotice] = []
    public var logID: String { reader.logID }
    public var state: NetworkState { reader.state }
    /// The records read since opening: all of them, unless a snapshot was used or history is not kept.
    /// `history()` always gives all.
    public var events: [Recorded] { reader.events }
    public var readOnly: ReadOnlyReason? { reader.readOnly }
    /// Where appends go: the real disk, or a test's faulty one.
    let fileSystem: LogFileSystem

    var fd: Int32 = -1
    var reader: LogReader
    var offset: Int { reader.offset }
    var lines: Int { reader.lines }
    var halted: Bool { reader.halted }
    var identity: (dev: UInt64, ino: UInt64)?
    /// The snapshot opening started from, or found and set aside, and the history it stands in for.
    public internal(set) var snapshot: SnapshotInfo?
    public internal(set) var snapshotProblem: SnapshotProblem?
    var historyPending: SnapshotInfo?
    /// How far the checksum chain has been checked from the start: the part a snapshot stands in for is checked
    /// before the first write.
    var chainChecked = 0
    /// Events since the snapshot after which a new one is due.
    public var snapshotEvery = 5_000

    private init(path: String, access: Access, fileSystem: LogFileSystem, keepHistory: Bool) {
        self.path = path
        self.access = access
        self.fileSystem = fileSystem
        self.reader = LogReader(path: path, keepEvents: keepHistory)
    }

    deinit { if fd >= 0 { close(fd) } }

    // MARK: Opening

    /// Opens a log. With `create`, a missing file becomes a new, empty log (owner-only). A link, a file that is not
    /// regular, another user's or writable by others, and a file that does not begin with a Tavle header are refused.
    /// Opening changes nothing: an incomplete last line is only noted, and moved aside by the next append.
    /// With `useSnapshot`, a valid snapshot next to the log stands in for the records it covers. Without
    /// `keepHistory`, records are folded into the state and not kept; `history()` reads them when asked.
    public static func open(path: String, access: Access = .write, create: Bool = true, useSnapshot: Bool = false,
                            keepHistory: Bool = true, fileSystem: LogFileSystem = SystemFileSystem()) throws(LogError) -> EventLog {
        let log = EventLog(path: path, access: access, fileSystem: fileSystem, keepHistory: keepHistory)
        if try FileSafety.check(path: path) == nil {
            guard create else { throw .io(path: path, operation: "open", code: ENOENT) }
            try Posix.makeDirectories(Posix.directory(of: path))
            try write(path: path, records: [])
            log.notices.append(.created(path))
        }
        var fd = Glibc.open(path, (access == .write ? O_RDWR | O_APPEND : O_RDONLY) | O_CLOEXEC | O_NOFOLLOW)
        var writable = access == .write
        if fd < 0 && access == .write && (errno == EACCES || errno == EROFS) {
            fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            writable = false
        }
        guard fd >= 0 else { throw errno == ELOOP ? .unsafeFile(path: path, reason: .symlink) : Posix.fail(path, "open") }
        log.fd = fd
        try FileSafety.check(fd: fd, path: path)
        if let id = Posix.identity(fd: fd) { log.identity = (id.dev, id.ino) }
        if useSnapshot { try log.resumeFromSnapshot() }
        if access == .read { log.reader.setReadOnly(.openedForReading) } else if !writable { log.reader.setReadOnly(.noWritePermission) }
        try log.catchUp()
        if let r = log.readOnly, r != .openedForReading { log.notices.append(.readOnly(r)) }
        return log
    }

    /// Writes a new log with the given events. Refuses to overwrite an existing file.
    public static func create(path: String, events: [(at: Timestamp, actor: String, event: Event)]) throws(LogError) {
        var seq = 0
        let records = events.map { e -> Recorded in
            seq += 1
            return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event)
        }
        try write(path: path, records: records)
    }

    private static func write(path: String, records: [Recorded]) throws(LogError) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0 && errno == EEXIST { throw .fileExists(path) }
        guard fd >= 0 else { throw Posix.fail(path, "open") }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        var (bytes, crc) = header(id: UUID().uuidString.lowercased(), created: .now())
        for r in records {
            let line = try encode(r, previous: crc)
            bytes += line.bytes; crc = line.crc
        }
        do {
            try Posix.writeOnce(fd: fd, bytes, path: path)
            try Posix.dataSync(fd: fd, path: path)
            try Posix.syncDirectory(of: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    static func header(id: String, created: Timestamp) -> (bytes: [UInt8], crc: UInt32) {
        var w = RecordWriter()
        w.field("format", formatName)
        w.field("version", formatVersion)
        w.field("log", id)
        w.field("created", created.iso)
        let crc = w.finish(previous: 0)
        return (w.bytes, crc)
    }

    /// The lines for these records, chained after the checksum `previous`, exactly as an append writes them.
    public static func encode(_ records: [Recorded], after previous: UInt32) throws(LogError) -> [UInt8] {
        var bytes: [UInt8] = [], crc = previous
        for r in records {
            let line = try encode(r, previous: crc)
            bytes += line.bytes; crc = line.crc
        }
        return bytes
    }

    static func encode(_ r: Recorded, previous: UInt32) throws(LogError) -> (bytes: [UInt8], crc: UInt32) {
        var w = RecordWriter()
        EventCodec.encode(r, into: &w)
        let crc = w.finish(previous: previous)
        guard w.bytes.count <= recordLimit else { throw .recordTooLarge(bytes: w.bytes.count, limit: recordLimit) }
        return (w.bytes, crc)
    }

    // MARK: Snapshot bookkeeping (see EventLogSnapshots.swift)

    var descriptor: Int32 { fd }
    var keepsHistory: Bool { reader.keepEvents }
    var currentPosition: (offset: Int, lines: Int, crc: UInt32) { (offset, lines, reader.lastCRC) }

    /// How many records have been read (or appended) since the header.
    public var recordCount: Int { max(0, lines - 1) }

    func startReader(at info: SnapshotInfo, state: NetworkState) {
        reader = LogReader(path: path, resume: state, snapshot: info, keepEvents: reader.keepEvents)
        snapshot = info
        historyPending = info
    }

    func setSnapshotProblem(_ p: SnapshotProblem) {
        snapshotProblem = p
        notices.append(.snapshotIgnored(p))
    }

    func prependHistory(_ records: [Recorded]) {
        reader.prepend(records)
        historyPending = nil
    }

    func position(written: Timestamp) -> SnapshotInfo {
        SnapshotInfo(logID: logID, seq: state.lastSeq, lines: lines, offset: offset, logCRC: reader.lastCRC, written: written, bytes: 0)
    }

    func snapshotWritten(_ info: SnapshotInfo) {
        snapshot = info
        snapshotProblem = nil
    }

    // MARK: Reading

    /// Reads records other processes appended. Returns whether anything new arrived.
    @discardableResult
    public func refresh() throws(LogError) -> Bool {
        let before = lines
        try checkIdentity()
        try catchUp()
        return lines != before
    }

    func checkIdentity() throws(LogError) {
        guard let now = Posix.identity(path: path), let mine = Posix.identity(fd: fd),
              let identity, now.dev == identity.dev, now.ino == identity.ino, mine.size >= offset
        else { throw .replaced(path) }
    }

    /// Reads every complete line past `offset`, and notes (never moves) what follows the last one.
    func catchUp() throws(LogError) {
        guard !halted else { return }
        let bytes = try Posix.readAll(fd: fd, from: offset, path: path)
        // Room for the records up front (no line is shorter than 100 bytes), so the list never regrows and copies.
        if bytes.count > 1 << 20 { reader.reserve(bytes.count / 100) }
        let tailStart = try reader.consume(bytes)
        let tail = bytes[tailStart...]
        guard !tail.isEmpty, !halted else { return }
        if lines == 0 { throw .notALog(path: path, problem: .headerIncomplete) }
        switch Tail.kind(tail) {
        case .garbage: throw .damaged(line: lines + 1, offset: offset, problem: .garbage(bytes: tail.count))
        case .zeros: notePending(bytes: tail.count, zeros: true)
        case .partialRecord: notePending(bytes: tail.count, zeros: false)
        }
    }

    private func notePending(bytes: Int, zeros: Bool) {
        let notice = LogNotice.tornTailPending(bytes: bytes, line: lines + 1, zeros: zeros)
        if !notices.contains(notice) { notices.append(notice) }
    }

    /// Notices are said once: taking them clears them.
    public func takeNotices() -> [LogNotice] {
        defer { notices = [] }
        return notices
    }
}

/// What follows a log's last complete line.
enum Tail {
    case partialRecord, zeros, garbage

    static let recordStart = Array("{\"seq\":".utf8)

    /// A crashed append leaves the start of a record, or zeros where the file grew before its data landed.
    /// Anything else was not written by an append.
    static func kind(_ tail: ArraySlice<UInt8>) -> Tail {
        if tail.allSatisfy({ $0 == 0 }) { return .zeros }
        guard tail.count <= EventLog.recordLimit, !tail.contains(0) else { return .garbage }
        let n = min(tail.count, recordStart.count)
        return tail.prefix(n).elementsEqual(recordStart.prefix(n)) ? .partialRecord : .garbage
    }
}
