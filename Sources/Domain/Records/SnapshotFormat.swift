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

    public init(logID: String, seq: Int, lines: Int, offset: Int, logCRC: UInt32, written: Timestamp, bytes: Int) {
        self.logID = logID; self.seq = seq; self.lines = lines; self.offset = offset; self.logCRC = logCRC
        self.written = written; self.bytes = bytes
    }
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
    /// It does not carry this user's key's authentication code: not written by this user's Tavle (forged, copied,
    /// or from before snapshots were authenticated), or there is no key to check it with.
    case unauthenticated
}

/// Where a snapshot is damaged: its header line, its length, its checksum, or (checksum intact) its content.
public enum SnapshotDamage: Equatable, Sendable {
    case header, length, checksum, content
}

/// A snapshot's bytes: a JSON header line (with its own checksum, what it covers and the payload's length and
/// checksum), then the state packed by hand. Pure: the stores read and write the bytes.
public enum SnapshotFormat {
    public static let formatName = "tavle-snapshot"
    /// Raise when the state's coding changes: older snapshots are then ignored and rebuilt. (16: the file's first
    /// line authenticates it with AES-GMAC, where 15 and before had HMAC-SHA-256; the state's coding is 15's.)
    public static let version = 16
    /// A snapshot's header line is short; no more than this is read to find it.
    public static let headerLimit = 64 << 10

    public static func encode(_ state: NetworkState, info: SnapshotInfo) -> [UInt8] {
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
        return w.bytes + payload
    }

    /// How long the whole snapshot says it is, from its first line alone (nil if that line cannot be read).
    public static func declaredSize(_ head: [UInt8]) -> Int? {
        guard let nl = head.firstIndex(of: 10) else { return nil }
        let payload = head[..<nl].withUnsafeBytes { line -> Int? in
            guard let split = try? RecordReader.splitChecksum(line), let f = try? RecordReader.fields(split.body) else { return nil }
            return try? f.int("bytes")
        }
        guard let payload, payload >= 0 else { return nil }
        return nl + 1 + payload
    }

    /// The version its first line declares, read from that line alone (nil if it cannot be read): what a snapshot an
    /// older Tavle wrote is said to be before it is set aside.
    public static func declaredVersion(_ head: ArraySlice<UInt8>) -> Int? {
        guard let nl = head.firstIndex(of: 10) else { return nil }
        return head[..<nl].withUnsafeBytes { line -> Int? in
            guard let split = try? RecordReader.splitChecksum(line), let f = try? RecordReader.fields(split.body) else { return nil }
            return try? f.int("version")
        }
    }

    /// Reads a whole snapshot without its owner's MAC: its own integrity (the payload's CRC), not yet whether it
    /// belongs to its log. What tells damage from a stranger's file when the MAC fails.
    public static func decode(_ bytes: [UInt8]) -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem> {
        bytes.withUnsafeBytes { decode($0, checkPayload: true, alongside: nil) }
    }

    /// Reads a snapshot whose owner's MAC over these same bytes is checked by `authentic` while they unpack, on the
    /// core the unpacking leaves free (at 1M events the MAC is a tenth of a second, the unpacking half a second on
    /// two cores). Nil when `authentic` says no: then nothing unpacked is used, and the caller tells damage from a
    /// stranger's file as before. `authentic` is asked exactly once, also when the bytes fail before unpacking.
    /// The MAC covers every byte more strongly than the payload's CRC, which is then not computed (a tenth of a
    /// second at 1M events). Read in place: a slice of the file as read, not a copy of it.
    public static func decode(_ bytes: ArraySlice<UInt8>, authenticatedAlongside authentic: @escaping @Sendable () -> Bool)
        -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>? {
        bytes.withUnsafeBytes { decode(inPlace: $0, authenticatedAlongside: authentic) }
    }

    /// The same, over bytes that are not an array's (a file mapped into memory): they must stay as they are until
    /// this returns, as nothing unpacked keeps a pointer into them.
    public static func decode(inPlace bytes: UnsafeRawBufferPointer, authenticatedAlongside authentic: @escaping @Sendable () -> Bool)
        -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>? {
        let verdict = Verdict()
        let result = decode(bytes, checkPayload: false, alongside: { verdict.answer(authentic) })
        verdict.answer(authentic)
        return verdict.authentic ? result : nil
    }

    /// The MAC's answer, written once by whichever thread asks first.
    private final class Verdict: @unchecked Sendable {
        private(set) var authentic = false
        private var asked = false

        /// Called on the unpacking's threads, then after it on the caller's: never two at once.
        func answer(_ authentic: () -> Bool) {
            guard !asked else { return }
            asked = true
            self.authentic = authentic()
        }
    }

    private static func decode(_ all: UnsafeRawBufferPointer, checkPayload: Bool, alongside: (@Sendable () -> Void)?)
        -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem> {
        guard let nl = all.firstIndex(of: 10) else { return .failure(.damaged(.header)) }
        return Result { () throws(SnapshotProblem) in
            let info = try header(UnsafeRawBufferPointer(rebasing: all[..<nl]), payload: UnsafeRawBufferPointer(rebasing: all[(nl + 1)...]),
                                  fileBytes: all.count, checkPayload: checkPayload)
            var u = Unpacker(buffer: UnsafeRawBufferPointer(rebasing: all[(nl + 1)...]))
            let state = try NetworkState(unpacking: &u, alongside: alongside)
            guard u.at == u.buffer.count else { throw .damaged(.content) }
            guard state.lastSeq == info.seq else { throw .damaged(.content) }
            return (info, state)
        }
    }

    /// The header line: its own checksum, then the version, and the payload's length and checksum.
    private static func header(_ line: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer, fileBytes: Int,
                               checkPayload: Bool) throws(SnapshotProblem) -> SnapshotInfo {
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
        guard !checkPayload || hex(CRC32C.update(0, payload)) == payloadCRC else { throw .damaged(.checksum) }
        guard let logCRC = UInt32(logCRCText, radix: 16), let written = Timestamp.parse(writtenText) else { throw .damaged(.header) }
        return SnapshotInfo(logID: log, seq: seq, lines: lines, offset: offset, logCRC: logCRC, written: written, bytes: fileBytes)
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
