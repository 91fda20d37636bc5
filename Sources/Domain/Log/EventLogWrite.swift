import Glibc
import Foundation

/// Appending: under the writer lock, against the freshest state, after checking every record behind a snapshot.
extension EventLog {
    /// Decides the commands against the freshest state, under the writer lock, and appends
    /// the events as one write: all of them land, or none.
    @discardableResult
    public func append(_ commands: [Command], actor: String, now: Timestamp = .now()) throws -> [Recorded] {
        if let readOnly { throw LogError.readOnly(readOnly) }
        try Posix.lock(fd: fd, path: path)
        defer { Posix.unlock(fd: fd) }
        try checkIdentity()
        try catchUp()
        try recoverTornTail()
        if let readOnly { throw LogError.readOnly(readOnly) }
        // No write lands on a log whose records fail their checks, whatever a snapshot says about them.
        try checkChainBehindSnapshot()
        if lines == 0 { try writeMissingHeader() }

        // Every write gets a later time than the last, so one write's events share a time no other write has.
        let now = state.lastAt.map { $0 >= now ? Timestamp(milliseconds: $0.milliseconds + 1) : now } ?? now
        let (records, next) = try decideBatch(commands, state, actor: actor, now: now)
        guard !records.isEmpty else { return [] }
        var bytes: [UInt8] = []
        var crc = reader.lastCRC
        for r in records {
            let line = try EventLog.encode(r, previous: crc)
            bytes += line.bytes; crc = line.crc
        }
        do {
            try fileSystem.write(fd: fd, bytes, path: path)
            try fileSystem.sync(fd: fd, path: path)
        } catch {
            // Nothing half-written stays behind, and the state in memory is unchanged.
            _ = ftruncate(fd, off_t(offset))
            _ = fsync(fd)
            throw error
        }
        if let next { reader.advance(bytes: bytes.count, crc: crc, state: next, records: records) } else {
            reader.advance(bytes: bytes.count, crc: crc, applying: records)
        }
        return records
    }

    @discardableResult
    public func append(_ command: Command, actor: String, now: Timestamp = .now()) throws -> [Recorded] {
        try append([command], actor: actor, now: now)
    }

    /// Under the lock: an empty file (say, truncated to nothing) gets its header before the first record.
    private func writeMissingHeader() throws(LogError) {
        guard Posix.identity(fd: fd)?.size == 0 else { return }
        let header = EventLog.header(id: UUID().uuidString.lowercased(), created: .now())
        try Posix.writeOnce(fd: fd, header.bytes, path: path)
        try Posix.dataSync(fd: fd, path: path)
        try catchUp()
    }

    /// Under the lock: what follows the last complete record is a crashed writer's fragment (or zeros where the
    /// file grew before its data landed). It is moved to a side file and cut off; anything else is damage.
    func recoverTornTail() throws(LogError) {
        let rest = try Posix.readAll(fd: fd, from: offset, path: path)
        guard !rest.isEmpty, !halted else { return }
        let fragment = rest[...]
        let zeros: Bool
        switch Tail.kind(fragment) {
        case .garbage: throw .damaged(line: lines + 1, offset: offset, problem: .garbage(bytes: fragment.count))
        case .zeros: zeros = true
        case .partialRecord: zeros = false
        }
        let side = path + ".torn-" + Timestamp.now().iso.replacingOccurrences(of: ":", with: "")
        let sfd = Glibc.open(side, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard sfd >= 0 else { throw Posix.fail(side, "open") }
        defer { close(sfd) }
        try Posix.writeOnce(fd: sfd, Array(fragment), path: side)
        try Posix.dataSync(fd: sfd, path: side)
        guard ftruncate(fd, off_t(offset)) == 0 else { throw Posix.fail(path, "ftruncate") }
        try Posix.dataSync(fd: fd, path: path)
        notices.removeAll { if case .tornTailPending = $0 { return true }; return false }
        notices.append(.tornTailRecovered(bytes: fragment.count, line: lines + 1, savedTo: side, zeros: zeros))
    }

    /// Checks, once, the checksum chain of the records a snapshot stands in for, without decoding them: it must
    /// end where the snapshot says, with the checksum it recorded.
    func checkChainBehindSnapshot() throws(LogError) {
        guard let info = snapshot, chainChecked < info.offset else { return }
        let bytes = try Posix.read(fd: fd, from: 0, count: info.offset, path: path)
        let end = try ChainCheck.verify(bytes, path: path)
        guard end.offset == info.offset, end.lines == info.lines, end.crc == info.logCRC else {
            throw LogError.damaged(line: end.lines + 1, offset: end.offset, problem: .overwritten(lines: info.lines))
        }
        chainChecked = info.offset
    }
}

/// Every write's one loop: decide each command against the state with the earlier ones applied, and number the
/// events. One command decides against the state as it is; only a batch needs a scratch copy with the earlier
/// events applied (returned, so the caller need not apply them again). The copy is changed in place while nothing
/// else holds it, so a batch of any size copies the state once.
public func decideBatch(_ commands: [Command], _ state: NetworkState, actor: String, now: Timestamp) throws -> (records: [Recorded], state: NetworkState?) {
    var records: [Recorded] = []
    var scratch: NetworkState?
    for (i, command) in commands.enumerated() {
        if i == 1 { scratch = state; for r in records { scratch!.apply(r) } }
        let events = try decide(command, scratch ?? state, Context(actor: actor, now: now))
        for event in events {
            let r = Recorded(seq: state.lastSeq + records.count + 1, at: now, actor: actor, event: event)
            scratch?.apply(r)
            records.append(r)
        }
    }
    return (records, scratch)
}
