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
    case damaged(String)
    case otherVersion(Int)
    case otherLog
    case stale
}

/// A cache of the folded state, next to the log as `<log>.snapshot`: a JSON header line, then the state packed.
/// The log stays the only truth, so deleting a snapshot is always safe.
enum Snapshot {
    static let formatName = "tavle-snapshot"
    /// Raise when the state's coding changes: older snapshots are then ignored and rebuilt.
    static let version = 2

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
        guard let bytes = readFile(path) else { return nil }
        guard let nl = bytes.firstIndex(of: 10) else { return .failure(.damaged("no header")) }
        let header: Fields
        do {
            header = try bytes[..<nl].withUnsafeBytes { line throws(RecordProblem) -> Fields in
                let split = try RecordReader.splitChecksum(line)
                guard CRC32C.chained(previous: 0, split.body) == split.crc else { throw .checksumMismatch }
                return Fields(list: try RecordReader.fields(split.body))
            }
        } catch {
            return .failure(.damaged("header"))
        }
        do {
            guard try header.string("format") == formatName else { return .failure(.damaged("not a snapshot")) }
            let v = try header.int("version"), codec = try header.int("codec")
            guard v == version, codec == Recorded.currentVersion else { return .failure(.otherVersion(v)) }
            let payload = bytes[(nl + 1)...]
            guard payload.count == (try header.int("bytes")) else { return .failure(.damaged("length")) }
            let crc = payload.withUnsafeBytes { CRC32C.update(0, $0) }
            guard hex(crc) == (try header.string("payloadCRC")) else { return .failure(.damaged("checksum")) }
            guard let logCRC = UInt32(try header.string("logCRC"), radix: 16),
                  let written = Timestamp.parse(try header.string("written")) else { return .failure(.damaged("header")) }
            let info = SnapshotInfo(logID: try header.string("log"), seq: try header.int("seq"), lines: try header.int("lines"),
                                    offset: try header.int("offset"), logCRC: logCRC, written: written, bytes: bytes.count)
            let state = try payload.withUnsafeBytes { (buffer) throws(SnapshotProblem) -> NetworkState in
                var u = Unpacker(buffer: buffer)
                let state = try NetworkState(unpacking: &u)
                guard u.at == buffer.count else { throw .damaged("trailing bytes") }
                return state
            }
            guard state.lastSeq == info.seq else { return .failure(.damaged("sequence")) }
            return .success((info, state))
        } catch let problem as SnapshotProblem {
            return .failure(problem)
        } catch {
            return .failure(.damaged("header"))
        }
    }

    /// The whole file in one buffer, read straight into it (no zeroing, no second copy). Nil if it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = pread(fd, buffer.baseAddress! + count, size - count, off_t(count))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { failed = n < 0; break }
                count += n
            }
        }
        return failed ? nil : bytes
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
