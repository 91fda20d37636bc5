/// Writes one flat JSON object per record, field by field, with the chained checksum last.
struct RecordWriter {
    var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var first = true

    init() { bytes.reserveCapacity(256) }

    mutating func key(_ k: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func field(_ k: StaticString, _ value: String) {
        key(k); string(value)
    }

    mutating func field(_ k: StaticString, _ value: String?) {
        if let value { field(k, value) }
    }

    mutating func field(_ k: StaticString, _ value: Int) {
        key(k); bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ k: StaticString, _ value: Int?) {
        if let value { field(k, value) }
    }

    mutating func field(_ k: StaticString, _ values: [String]) {
        key(k)
        bytes.append(UInt8(ascii: "["))
        for (i, v) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(v)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A string, its bytes copied in runs between the few that need an escape.
    private mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 32 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                escape(b)
                run = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
        case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
        case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
        case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
        // No store can hold NUL (PostgreSQL's text cannot), so no line spells it: it is written as U+FFFD.
        case 0: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
        default:
            bytes.append(contentsOf: Array("\\u00".utf8))
            bytes.append(hexDigit(b >> 4)); bytes.append(hexDigit(b & 15))
        }
    }

    /// Closes the record: `,"crc":"xxxxxxxx"}` and a newline. Returns the checksum.
    mutating func finish(previous: UInt32) -> UInt32 {
        let crc = bytes.withUnsafeBytes { CRC32C.chained(previous: previous, $0) }
        bytes.append(contentsOf: Array(",\"crc\":\"".utf8))
        for shift in stride(from: 28, through: 0, by: -4) { bytes.append(hexDigit(UInt8((crc >> UInt32(shift)) & 15))) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "}"), 10])
        return crc
    }
}

func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }
