import Glibc
import Foundation

/// The append-only log: JSON Lines with a header, each record chained by CRC-32C.
/// This is the only code that touches the disk.
public final class EventLog {
    public static let formatName = "tavle-log"
    public static let formatVersion = 1
    /// The largest single record accepted, in bytes.
    public static let recordLimit = 4 << 20

    public let path: String
    public private(set) var notices: [LogNotice] = []
    public var logID: String { reader.logID }
    public var state: NetworkState { reader.state }
    /// The records read since opening: all of them, unless a snapshot was used or history is not kept.
    /// `history()` always gives all.
    public var events: [Recorded] { reader.events }
    public var readOnly: ReadOnlyReason? { reader.readOnly }
    /// Where appends go: the real disk, or a test's faulty one.
    let fileSystem: LogFileSystem

    private var fd: Int32 = -1
    private var reader: LogReader
    private var offset: Int { reader.offset }
    private var lines: Int { reader.lines }
    private var halted: Bool { reader.halted }
    private var identity: (dev: UInt64, ino: UInt64)?
    /// The snapshot opening started from, or found and set aside, and the history it stands in for.
    public private(set) var snapshot: SnapshotInfo?
    public private(set) var snapshotProblem: SnapshotProblem?
    private(set) var historyPending: SnapshotInfo?
    /// Events since the snapshot after which a new one is due.
    public var snapshotEvery = 5_000

    private init(path: String, fileSystem: LogFileSystem, keepHistory: Bool) {
        self.path = path
        self.fileSystem = fileSystem
        self.reader = LogReader(path: path, keepEvents: keepHistory)
    }

    deinit { if fd >= 0 { close(fd) } }

    // MARK: Opening

    /// Opens a log, creating it empty (owner-only) if missing and `create` is set.
    /// Recovers a torn tail, refuses damage, and opens read-only on a newer schema.
    /// With `useSnapshot`, a valid snapshot next to the log stands in for the records it covers. Without
    /// `keepHistory`, records are folded into the state and not kept; `history()` reads them when asked.
    public static func open(path: String, create: Bool = true, useSnapshot: Bool = false, keepHistory: Bool = true,
                            fileSystem: LogFileSystem = SystemFileSystem()) throws(LogError) -> EventLog {
        let log = EventLog(path: path, fileSystem: fileSystem, keepHistory: keepHistory)
        if access(path, F_OK) != 0 {
            guard create else { throw .io(path: path, operation: "open", code: ENOENT) }
            try Posix.makeDirectories(Posix.directory(of: path))
            try write(path: path, records: [])
            log.notices.append(.created(path))
        }
        var fd = Glibc.open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        var writable = true
        if fd < 0 && (errno == EACCES || errno == EROFS) {
            fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            writable = false
        }
        guard fd >= 0 else { throw Posix.fail(path, "open") }
        log.fd = fd
        if let id = Posix.identity(fd: fd) { log.identity = (id.dev, id.ino) }
        if useSnapshot { log.resumeFromSnapshot() }
        if !writable { log.reader.setReadOnly(.noWritePermission) }
        try log.catchUp(recoverTail: true)
        if log.lines == 0, log.readOnly == nil { try log.writeMissingHeader() }
        if let r = log.readOnly { log.notices.append(.readOnly(r)) }
        return log
    }

    /// An empty file (say, truncated to nothing) becomes an empty log: it gets its header.
    private func writeMissingHeader() throws(LogError) {
        try Posix.lock(fd: fd, path: path)
        defer { Posix.unlock(fd: fd) }
        try catchUp(recoverTail: false)
        guard lines == 0, Posix.identity(fd: fd)?.size == 0 else { return }
        let header = EventLog.header(id: UUID().uuidString.lowercased(), created: .now())
        try Posix.writeOnce(fd: fd, header.bytes, path: path)
        try Posix.dataSync(fd: fd, path: path)
        try catchUp(recoverTail: false)
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
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
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
        try catchUp(recoverTail: false)
        return lines != before
    }

    private func checkIdentity() throws(LogError) {
        guard let now = Posix.identity(path: path), let mine = Posix.identity(fd: fd),
              let identity, now.dev == identity.dev, now.ino == identity.ino, mine.size >= offset
        else { throw .replaced(path) }
    }

    /// Reads every complete line past `offset`. An incomplete tail is recovered only under the lock.
    private func catchUp(recoverTail: Bool) throws(LogError) {
        guard !halted else { return }
        let bytes = try Posix.readAll(fd: fd, from: offset, path: path)
        // Room for the records up front (no line is shorter than 100 bytes), so the list never regrows and copies.
        if bytes.count > 1 << 20 { reader.reserve(bytes.count / 100) }
        let tailStart = try consume(bytes)
        let tail = bytes.count - tailStart
        guard tail > 0, !halted, recoverTail else { return }
        if readOnly != nil {
            notices.append(.tornTailIgnored(bytes: tail, line: lines + 1))
            return
        }
        try Posix.lock(fd: fd, path: path)
        defer { Posix.unlock(fd: fd) }
        try recoverTornTail()
    }

    /// Under the lock: whatever follows the last complete record is a crashed writer's fragment.
    private func recoverTornTail() throws(LogError) {
        let rest = try Posix.readAll(fd: fd, from: offset, path: path)
        let done = try consume(rest)
        let fragment = Array(rest[done...])
        guard !fragment.isEmpty, !halted else { return }
        let side = path + ".torn-" + Timestamp.now().iso.replacingOccurrences(of: ":", with: "")
        let sfd = Glibc.open(side, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard sfd >= 0 else { throw Posix.fail(side, "open") }
        defer { close(sfd) }
        try Posix.writeOnce(fd: sfd, fragment, path: side)
        try Posix.dataSync(fd: sfd, path: side)
        guard ftruncate(fd, off_t(offset)) == 0 else { throw Posix.fail(path, "ftruncate") }
        try Posix.dataSync(fd: fd, path: path)
        notices.append(.tornTailRecovered(bytes: fragment.count, line: lines + 1, savedTo: side))
    }

    /// Applies complete lines; returns where the incomplete tail (if any) begins.
    private func consume(_ bytes: [UInt8]) throws(LogError) -> Int { try reader.consume(bytes) }

    // MARK: Writing

    /// Decides the commands against the freshest state, under the writer lock, and appends
    /// the events as one write: all of them land, or none.
    @discardableResult
    public func append(_ commands: [Command], actor: String, now: Timestamp = .now()) throws -> [Recorded] {
        if let readOnly { throw LogError.readOnly(readOnly) }
        try Posix.lock(fd: fd, path: path)
        defer { Posix.unlock(fd: fd) }
        try checkIdentity()
        try catchUp(recoverTail: false)
        try recoverTornTail()
        if let readOnly { throw LogError.readOnly(readOnly) }

        // Every write gets a later time than the last, so one write's events share a time no other write has.
        let now = state.lastAt.map { $0 >= now ? Timestamp(milliseconds: $0.milliseconds + 1) : now } ?? now
        let context = Context(actor: actor, now: now)
        var records: [Recorded] = []
        var bytes: [UInt8] = []
        var crc = reader.lastCRC
        // One command decides against the state as it is; only later commands of a batch need a scratch copy
        // with the earlier ones applied. Copying a large state is what an append would otherwise spend its time on.
        var scratch: NetworkState?
        for (i, command) in commands.enumerated() {
            if i == 1 { scratch = state; for r in records { scratch!.apply(r) } }
            let base = scratch ?? state
            for event in try decide(command, base, context) {
                let r = Recorded(seq: state.lastSeq + records.count + 1, at: now, actor: actor, event: event)
                let line = try EventLog.encode(r, previous: crc)
                bytes += line.bytes; crc = line.crc
                scratch?.apply(r)
                records.append(r)
            }
        }
        guard !records.isEmpty else { return [] }
        do {
            try fileSystem.write(fd: fd, bytes, path: path)
            try fileSystem.sync(fd: fd, path: path)
        } catch {
            // Nothing half-written stays behind, and the state in memory is unchanged.
            _ = ftruncate(fd, off_t(offset))
            _ = fsync(fd)
            throw error
        }
        if let scratch {
            reader.advance(bytes: bytes.count, crc: crc, state: scratch, records: records)
        } else {
            reader.advance(bytes: bytes.count, crc: crc, applying: records)
        }
        return records
    }

    @discardableResult
    public func append(_ command: Command, actor: String, now: Timestamp = .now()) throws -> [Recorded] {
        try append([command], actor: actor, now: now)
    }

    /// Notices are said once: taking them clears them.
    public func takeNotices() -> [LogNotice] {
        defer { notices = [] }
        return notices
    }
}
