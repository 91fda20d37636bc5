import Foundation
import Glibc

/// Where a snapshot stands against its log: what it covers, and when it was written.
public struct SnapshotInfo: Sendable, Equatable {
    public let logID: String
    /// The last event it covers, the log lines (header included) and bytes up to and including it.
    public let seq: Int
    public let lines: Int
    public let offset: Int
    /// The checksum of the log's line at `offset`, which chains every line before it.
    public let logCRC: UInt32
    public let written: Timestamp
    public let bytes: Int
}

/// Why a snapshot was not used. The log is replayed in full instead, and the snapshot rebuilt.
public enum SnapshotProblem: Error, Equatable, Sendable {
    case damaged(SnapshotDamage)
    case otherVersion(Int)
    case otherLog
    case stale
    /// Not a regular file of this user's (a link, a FIFO, a directory), so it was not read.
    case notAFile
    /// Its state is not what the log's own records fold to.
    case disagrees
}

/// Where a snapshot is damaged: its header line, its length, its checksum, or (checksum intact) its content.
public enum SnapshotDamage: Equatable, Sendable {
    case header, length, checksum, content
}

/// A cache of the folded state, next to the log as `<log>.snapshot`: a JSON header line, then the state packed.
/// The log stays the only truth, so deleting a snapshot is always safe.
enum Snapshot {
    static let formatName = "tavle-snapshot"
    /// Raise when the state's coding changes: older snapshots are then ignored and rebuilt.
    static let version = 3

    static func path(for log: String) -> String { log + ".snapshot" }

    /// Writes the snapshot to a new file, syncs it, then renames it into place: a reader sees the old one or the new one.
    static func write(_ state: NetworkState, info: SnapshotInfo, path: String) throws(LogError) {
        var packer = Packer()
        packer.bytes.reserveCapacity(1 << 20)
        state.pack(&packer)
        let payload = packer.bytes
        var w = RecordWriter()
        w.field("format", formatName)
        w.field("version", version)
        w.field("codec", Recorded.currentVersion)
        w.field("log", info.logID)
        w.field("seq", info.seq)
        w.field("lines", info.lines)
        w.field("offset", info.offset)
        w.field("logCRC", hex(info.logCRC))
        w.field("written", info.written.iso)
        w.field("bytes", payload.count)
        w.field("payloadCRC", hex(payload.withUnsafeBytes { CRC32C.update(0, $0) }))
        _ = w.finish(previous: 0)
        let temporary = path + ".new"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Posix.fail(temporary, "open") }
        do {
            defer { close(fd) }
            try Posix.writeAll(fd: fd, w.bytes + payload, path: temporary)
            try Posix.dataSync(fd: fd, path: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let e = Posix.fail(path, "rename")
            unlink(temporary)
            throw e
        }
        try Posix.syncDirectory(of: path)
    }

    /// Reads a snapshot file; nil if there is none. Checks its own integrity, not yet its log's.
    static func read(path: String) -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>? {
        let bytes: [UInt8]
        switch readFile(path) {
        case nil: return nil
        case .failure(let p)?: return .failure(p)
        case .success(let b)?: bytes = b
        }
        guard let nl = bytes.firstIndex(of: 10) else { return .failure(.damaged(.header)) }
        return bytes.withUnsafeBytes { all in
            Result { () throws(SnapshotProblem) in
                let info = try header(UnsafeRawBufferPointer(rebasing: all[..<nl]), payload: UnsafeRawBufferPointer(rebasing: all[(nl + 1)...]),
                                      fileBytes: bytes.count)
                var u = Unpacker(buffer: UnsafeRawBufferPointer(rebasing: all[(nl + 1)...]))
                let state = try NetworkState(unpacking: &u)
                guard u.at == u.buffer.count else { throw .damaged(.content) }
                guard state.lastSeq == info.seq else { throw .damaged(.content) }
                return (info, state)
            }
        }
    }

    /// The header line: its own checksum, then the version, and the payload's length and checksum.
    private static func header(_ line: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer, fileBytes: Int) throws(SnapshotProblem) -> SnapshotInfo {
        let f: Fields
        do {
            let split = try RecordReader.splitChecksum(line)
            guard CRC32C.chained(previous: 0, split.body) == split.crc else { throw RecordProblem.checksumMismatch }
            f = try RecordReader.fields(split.body)
        } catch {
            throw .damaged(.header)
        }
        let format: String, v: Int, codec: Int
        do { format = try f.string("format"); v = try f.int("version"); codec = try f.int("codec") } catch { throw .damaged(.header) }
        guard format == formatName else { throw .damaged(.header) }
        guard v == version, codec == Recorded.currentVersion else { throw .otherVersion(v) }
        let length: Int, payloadCRC: String, logCRCText: String, writtenText: String, log: String, seq: Int, lines: Int, offset: Int
        do {
            length = try f.int("bytes"); payloadCRC = try f.string("payloadCRC")
            logCRCText = try f.string("logCRC"); writtenText = try f.string("written")
            log = try f.string("log"); seq = try f.int("seq"); lines = try f.int("lines"); offset = try f.int("offset")
        } catch {
            throw .damaged(.header)
        }
        guard payload.count == length else { throw .damaged(.length) }
        guard hex(CRC32C.update(0, payload)) == payloadCRC else { throw .damaged(.checksum) }
        guard let logCRC = UInt32(logCRCText, radix: 16), let written = Timestamp.parse(writtenText) else { throw .damaged(.header) }
        return SnapshotInfo(logID: log, seq: seq, lines: lines, offset: offset, logCRC: logCRC, written: written, bytes: fileBytes)
    }

    /// The whole file in one buffer; nil if there is none. It is opened without following a link or waiting on a
    /// FIFO, must be a regular file of this user's, and is read only as far as its header line declares: a file
    /// of any other length is damaged, and is never read whole.
    static func readFile(_ path: String) -> Result<[UInt8], SnapshotProblem>? {
        let fd: Int32
        do throws(LogError) {
            guard let opened = try FileSafety.openSideFile(path) else { return nil }
            fd = opened
        } catch {
            return .failure(.notAFile)
        }
        defer { close(fd) }
        guard let size = Posix.identity(fd: fd)?.size else { return .failure(.notAFile) }
        guard let head = try? Posix.read(fd: fd, from: 0, count: min(size, headerLimit), path: path) else { return .failure(.damaged(.header)) }
        guard let nl = head.firstIndex(of: 10) else { return .failure(.damaged(.header)) }
        let declared = head[..<nl].withUnsafeBytes { line -> Int? in
            guard let split = try? RecordReader.splitChecksum(line), let f = try? RecordReader.fields(split.body) else { return nil }
            return try? f.int("bytes")
        }
        guard let declared, declared >= 0, size == nl + 1 + declared else { return .failure(.damaged(.length)) }
        guard let all = try? Posix.read(fd: fd, from: 0, count: size, path: path), all.count == size else { return .failure(.damaged(.length)) }
        return .success(all)
    }

    /// A snapshot's header line is short; no more than this is read to find it.
    static let headerLimit = 64 << 10

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
