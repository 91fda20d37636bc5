import Glibc

/// A value in a flat record: the only shapes the log writes. Holds nothing to release: what is decoded is in
/// the record's `Fields.decoded`.
enum FieldValue: Equatable {
    /// Valid UTF-8 without escapes, where it lies in the body: a `String` is made only when a field is read.
    case text(Range<Int>)
    /// A string that had escapes: where it is in `decoded`.
    case decoded(Int)
    case int(Int)
    /// An array of strings: where its items are in `decoded`.
    case strings(Range<Int>)
    case null
}

/// A string value as the parser finds it.
enum ParsedText: Equatable {
    /// Valid UTF-8 without escapes, where it lies in the body.
    case text(Range<Int>)
    /// A string that had escapes, decoded.
    case string(String)
}

/// Why one line of the log could not be read.
public enum RecordProblem: Error, Equatable, Sendable {
    case checksumMissing
    case checksumMismatch
    case malformed(String)
    case missingField(String)
    case badValue(field: String)
    case unknownType(String)
    /// Not spelled as Tavle writes it (reordered or repeated keys, spacing, another spelling of a value): the first
    /// column where the line differs from its one valid spelling.
    case notCanonical(column: Int)
    /// Longer than any record Tavle writes.
    case tooLong(bytes: Int, limit: Int)
    case notAHeader
    /// The file ends inside its first line.
    case headerIncomplete
}

/// Parses one flat JSON record. The checksum is the fixed-width last field: `,"crc":"xxxxxxxx"}`.
struct RecordReader {
    static let suffixLength = 18

    /// The checksum a line states, and the bytes it covers.
    static func splitChecksum(_ line: UnsafeRawBufferPointer) throws(RecordProblem) -> (crc: UInt32, body: UnsafeRawBufferPointer) {
        let n = line.count
        guard n > suffixLength + 1 else { throw .checksumMissing }
        let tail = n - suffixLength
        let expected: [UInt8] = Array(",\"crc\":\"".utf8)
        for i in 0..<expected.count where line[tail + i] != expected[i] { throw .checksumMissing }
        guard line[n - 2] == UInt8(ascii: "\""), line[n - 1] == UInt8(ascii: "}") else { throw .checksumMissing }
        var crc: UInt32 = 0
        for i in (tail + 8)..<(tail + 16) {
            let c = line[i]
            let v: UInt32
            switch c {
            case 48...57: v = UInt32(c - 48)
            case 97...102: v = UInt32(c - 87)
            default: throw .checksumMissing
            }
            crc = crc << 4 | v
        }
        return (crc, UnsafeRawBufferPointer(rebasing: line[0..<tail]))
    }

    /// Parses the fields of a record body (without its checksum field and closing brace). Keys stay where
    /// they are in the body, as byte ranges, and are compared as bytes: no string is made for a key.
    static func fields(_ body: UnsafeRawBufferPointer) throws(RecordProblem) -> Fields {
        var f = Fields(body: body)
        try fields(body, into: &f)
        return f
    }

    /// The same, into fields kept from line to line.
    static func fields(_ body: UnsafeRawBufferPointer, into f: inout Fields) throws(RecordProblem) {
        f.reset(body: body)
        var p = Parser(b: body, i: 0)
        try p.expect(UInt8(ascii: "{"))
        if p.peek == UInt8(ascii: "}") { p.i += 1; return }
        while true {
            let key = try p.key()
            try p.expect(UInt8(ascii: ":"))
            f.list.append((key, try p.value(decoded: &f.decoded)))
            if p.i == body.count { return }   // the checksum field follows
            try p.expect(UInt8(ascii: ","))
        }
    }

    struct Parser {
        let b: UnsafeRawBufferPointer
        var i: Int

        var peek: UInt8? { i < b.count ? b[i] : nil }

        mutating func expect(_ c: UInt8) throws(RecordProblem) {
            guard i < b.count, b[i] == c else { throw .malformed("expected '\(Character(Unicode.Scalar(c)))' at column \(i + 1)") }
            i += 1
        }

        /// A value; strings with escapes and arrays' items are decoded into `decoded`.
        mutating func value(decoded: inout [String]) throws(RecordProblem) -> FieldValue {
            guard let c = peek else { throw .malformed("value missing at column \(i + 1)") }
            switch c {
            case UInt8(ascii: "\""):
                switch try text() {
                case .text(let r): return .text(r)
                case .string(let s): decoded.append(s); return .decoded(decoded.count - 1)
                }
            case UInt8(ascii: "["):
                i += 1
                let first = decoded.count
                if peek == UInt8(ascii: "]") { i += 1; return .strings(first..<first) }
                while true {
                    decoded.append(try string())
                    if peek == UInt8(ascii: "]") { i += 1; return .strings(first..<decoded.count) }
                    try expect(UInt8(ascii: ","))
                }
            case UInt8(ascii: "n"):
                guard i + 4 <= b.count, b[i + 1] == 117, b[i + 2] == 108, b[i + 3] == 108 else { throw .malformed("bad literal at column \(i + 1)") }
                i += 4; return .null
            case UInt8(ascii: "-"), 48...57:
                var neg = false
                if c == UInt8(ascii: "-") { neg = true; i += 1 }
                var v = 0, digits = 0
                while let d = peek, d >= 48, d <= 57 {
                    guard digits < 18 else { throw .malformed("number too long at column \(i + 1)") }
                    v = v * 10 + Int(d - 48); i += 1; digits += 1
                }
                guard digits > 0 else { throw .malformed("bad number at column \(i + 1)") }
                return .int(neg ? -v : v)
            default:
                throw .malformed("unexpected '\(Character(Unicode.Scalar(c)))' at column \(i + 1)")
            }
        }

        /// A key: a string without escapes (Tavle writes none), as its byte range.
        mutating func key() throws(RecordProblem) -> Range<Int> {
            try expect(UInt8(ascii: "\""))
            let start = i
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; return start..<(i - 1) }
                if c == UInt8(ascii: "\\") || c < 32 { throw .malformed("bad key at column \(i + 1)") }
                i += 1
            }
            throw .malformed("unterminated key at column \(start)")
        }

        /// A string value: its byte range when it has no escapes (checked to be valid UTF-8), else decoded.
        mutating func text() throws(RecordProblem) -> ParsedText {
            try expect(UInt8(ascii: "\""))
            let start = i
            var ascii = true, escaped = false
            while true {
                // Eight bytes at a time while none of them ends the string, escapes or is a control character.
                while i + 8 <= b.count {
                    let x = b.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    guard !Self.endsEscapesOrControls(x) else { break }
                    if x & Self.highBits != 0 { ascii = false }
                    i += 8
                }
                guard i < b.count else { break }
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    let raw = UnsafeRawBufferPointer(rebasing: b[start..<i])
                    i += 1
                    if escaped { return .string(try Parser.unescape(raw, column: start)) }
                    if !ascii, !isValidUTF8(raw) { throw .malformed("invalid UTF-8 at column \(start + 1)") }
                    return .text(start..<(i - 1))
                }
                if c == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
                if c < 32 { throw .malformed("control character at column \(i + 1)") }
                if c >= 0x80 { ascii = false }
                i += 1
            }
            throw .malformed("unterminated string at column \(start)")
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highBits: UInt64 = 0x8080_8080_8080_8080

        /// Whether any of eight bytes is a quote, a backslash or below 0x20. Taking 0x01 (or 0x20) from every byte
        /// of a word sets a high bit that the word did not have exactly when some byte is zero (or below 0x20); a
        /// quote or backslash is a zero byte once the word is XORed with eight of them.
        @inline(__always) static func endsEscapesOrControls(_ x: UInt64) -> Bool {
            let quote = x ^ (ones &* 0x22), backslash = x ^ (ones &* 0x5C)
            let zeroQuote = (quote &- ones) & ~quote, zeroBackslash = (backslash &- ones) & ~backslash
            let control = (x &- ones &* 0x20) & ~x
            return (zeroQuote | zeroBackslash | control) & highBits != 0
        }

        /// A string value as a `String` (an array's items).
        mutating func string() throws(RecordProblem) -> String {
            switch try text() {
            case .text(let r): return String(decoding: UnsafeRawBufferPointer(rebasing: b[r]).bindMemory(to: UInt8.self), as: UTF8.self)
            case .string(let s): return s
            }
        }

        static func unescape(_ raw: UnsafeRawBufferPointer, column: Int) throws(RecordProblem) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var j = 0
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                var v: UInt32 = 0
                for k in at..<(at + 4) {
                    let c = raw[k]
                    switch c {
                    case 48...57: v = v << 4 | UInt32(c - 48)
                    case 97...102: v = v << 4 | UInt32(c - 87)
                    case 65...70: v = v << 4 | UInt32(c - 55)
                    default: return nil
                    }
                }
                return v
            }
            while j < raw.count {
                let c = raw[j]
                guard c == UInt8(ascii: "\\") else { out.append(c); j += 1; continue }
                guard j + 1 < raw.count else { throw .malformed("bad escape at column \(column + j + 1)") }
                let e = raw[j + 1]
                j += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    guard var v = hex4(j) else { throw .malformed("bad \\u escape at column \(column + j)") }
                    j += 4
                    if (0xD800..<0xDC00).contains(v) {
                        guard j + 6 <= raw.count, raw[j] == 92, raw[j + 1] == 117, let lo = hex4(j + 2), (0xDC00..<0xE000).contains(lo)
                        else { throw .malformed("lone surrogate at column \(column + j)") }
                        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                        j += 6
                    }
                    // PostgreSQL's text cannot hold NUL, so no store could hold such a line: Tavle never writes one.
                    guard v != 0, let scalar = Unicode.Scalar(v) else { throw .malformed("bad code point at column \(column + j)") }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw .malformed("bad escape at column \(column + j)")
                }
            }
            guard let s = out.withUnsafeBytes({ validUTF8($0) }) else { throw .malformed("invalid UTF-8 at column \(column + 1)") }
            return s
        }
    }
}

/// The bytes as a string if they are valid UTF-8. Decoding repairs bad sequences, so
/// the bytes are valid exactly when the decoded string spells them unchanged.
func validUTF8(_ raw: UnsafeRawBufferPointer) -> String? {
    let bytes = raw.bindMemory(to: UInt8.self)
    let s = String(decoding: bytes, as: UTF8.self)
    if isASCII(raw) { return s }
    return s.utf8.elementsEqual(bytes) ? s : nil
}

/// Whether every byte is below 0x80.
func isASCII(_ raw: UnsafeRawBufferPointer) -> Bool {
    raw.allSatisfy { $0 < 0x80 }
}

/// Whether the bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates, nothing past
/// U+10FFFF, no sequence cut short): exactly when `validUTF8` gives a string, without making one. A line's text is
/// checked without keeping it, and making a string to compare was a twentieth of reading a log.
func isValidUTF8(_ b: UnsafeRawBufferPointer) -> Bool {
    let n = b.count
    var i = 0
    while i < n {
        let c = b[i]
        if c < 0x80 { i += 1; continue }
        // A lead byte, then the range its first continuation byte must fall in; the rest are 0x80...0xBF.
        let length: Int, low: UInt8, high: UInt8
        switch c {
        case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
        case 0xE0: length = 3; low = 0xA0; high = 0xBF
        case 0xED: length = 3; low = 0x80; high = 0x9F
        case 0xE1...0xEF: length = 3; low = 0x80; high = 0xBF
        case 0xF0: length = 4; low = 0x90; high = 0xBF
        case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
        case 0xF4: length = 4; low = 0x80; high = 0x8F
        default: return false
        }
        guard i + length <= n, b[i + 1] >= low, b[i + 1] <= high else { return false }
        for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return false }
        i += length
    }
    return true
}
