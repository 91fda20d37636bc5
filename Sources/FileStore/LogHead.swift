import Crypto
import Domain

/// What pins a log's history: a record's sequence number and a SHA-256 over the log's bytes from the first byte of
/// the header through the newline ending that record's line. Two copies with the same head hold the same history to
/// that point, byte for byte; a change anywhere before it, re-chained or not, changes the hash. Every store holds
/// the same bytes, so a file and its copy in a database have the same head.
public struct LogHead: Equatable, Sendable, CustomStringConvertible {
    public let seq: Int
    /// 64 lowercase hexadecimal digits.
    public let sha256: String

    public init(seq: Int, sha256: String) {
        self.seq = seq
        self.sha256 = sha256
    }

    /// `SEQ:HASH`, as `log head` prints it and `log verify --head` takes it.
    public var description: String { "\(seq):\(sha256)" }

    /// Reads `SEQ:HASH` (the hash in either case); nil for anything else.
    public init?(parsing s: String) {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int(parts[0]), seq >= 0, String(seq) == parts[0] else { return nil }
        let hash = parts[1].lowercased()
        guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        self.init(seq: seq, sha256: hash)
    }

    /// The head of what `log` has read: its last record.
    public static func last(of log: LiveNetwork) throws(LogError) -> LogHead {
        var hash = SHA256()
        var at = 0
        while at < log.byteCount {
            let piece = try log.store.read(from: at, count: min(chunk, log.byteCount - at))
            if piece.isEmpty { throw .replaced(log.location) }
            hash.update(data: piece)
            at += piece.count
        }
        return LogHead(seq: log.state.lastSeq, sha256: hex(hash.finalize()))
    }

    /// The head at record `seq` of `log` (0 is the header alone); nil when the log holds fewer records.
    public static func at(_ seq: Int, of log: LiveNetwork) throws(LogError) -> LogHead? {
        guard seq >= 0, seq <= log.state.lastSeq else { return nil }
        var hash = SHA256()
        var at = 0, newlines = 0
        while at < log.byteCount {
            let piece = try log.store.read(from: at, count: min(chunk, log.byteCount - at))
            if piece.isEmpty { throw .replaced(log.location) }
            // The header is line 0 and record n is line n: the head ends after newline number seq + 1.
            var end = piece.count
            for (i, b) in piece.enumerated() where b == 10 {
                newlines += 1
                if newlines == seq + 1 { end = i + 1; break }
            }
            hash.update(data: piece[..<end])
            if newlines == seq + 1 { return LogHead(seq: seq, sha256: hex(hash.finalize())) }
            at += piece.count
        }
        return nil
    }

    /// The head of a whole log's bytes, whose last record is `seq`.
    public static func of(_ bytes: [UInt8], lastSeq seq: Int) -> LogHead {
        LogHead(seq: seq, sha256: hex(SHA256.hash(data: bytes)))
    }

    static let chunk = 8 << 20

    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef")
        var s = ""
        for b in digest { s.append(digits[Int(b >> 4)]); s.append(digits[Int(b & 15)]) }
        return s
    }
}
