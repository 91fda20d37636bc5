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
        key(k); number(value)
    }

    /// A time, a day, a value and a period, spelled as `iso` and `spelled` spell them, straight into the bytes:
    /// every record has a time, and the check that a line is canonical writes each one again.
    mutating func field(_ k: StaticString, _ t: Timestamp) {
        key(k); bytes.append(UInt8(ascii: "\""))
        let day = t.utcDay
        let ms = Int(t.milliseconds - Int64(day.ordinal) * 86_400_000)
        iso(day)
        bytes.append(UInt8(ascii: "T")); number(ms / 3_600_000, width: 2)
        bytes.append(UInt8(ascii: ":")); number(ms / 60_000 % 60, width: 2)
        bytes.append(UInt8(ascii: ":")); number(ms / 1000 % 60, width: 2)
        bytes.append(UInt8(ascii: ".")); number(ms % 1000, width: 3)
        bytes.append(UInt8(ascii: "Z")); bytes.append(UInt8(ascii: "\""))
    }

    mutating func field(_ k: StaticString, _ d: Day) {
        key(k); bytes.append(UInt8(ascii: "\"")); iso(d); bytes.append(UInt8(ascii: "\""))
    }

    mutating func field(_ k: StaticString, _ v: Fixed) {
        key(k); bytes.append(UInt8(ascii: "\""))
        let magnitude = v.units.magnitude, scale = UInt(Fixed.scale)
        if v.units < 0 { bytes.append(UInt8(ascii: "-")) }
        number(Int(magnitude / scale))
        var frac = Int(magnitude % scale), places = Fixed.maxDecimals
        if frac != 0 {
            while frac % 10 == 0 { frac /= 10; places -= 1 }
            bytes.append(UInt8(ascii: ".")); number(frac, width: places)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func field(_ k: StaticString, _ p: Period) {
        switch p {
        case .schoolYear(let y):
            key(k); bytes.append(UInt8(ascii: "\""))
            number(y, width: 4); bytes.append(UInt8(ascii: "/")); number((y + 1) % 100, width: 2)
            bytes.append(UInt8(ascii: "\""))
        case .year(let y): key(k); bytes.append(UInt8(ascii: "\"")); number(y, width: 4); bytes.append(UInt8(ascii: "\""))
        case .day(let d): field(k, d)
        case .point: field(k, p.spelled)
        }
    }

    /// yyyy-mm-dd, as `Day.iso`.
    private mutating func iso(_ d: Day) {
        let c = d.civil
        number(c.year, width: 4); bytes.append(UInt8(ascii: "-")); number(c.month, width: 2); bytes.append(UInt8(ascii: "-")); number(c.day, width: 2)
    }

    /// `n` as `String(n)` spells it, after zeros up to `width` characters, as `pad` puts them (before a sign).
    private mutating func number(_ n: Int, width: Int = 0) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var m = n.magnitude, i = 20
            repeat { i -= 1; digits[i] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10 } while m > 0
            let length = 20 - i + (n < 0 ? 1 : 0)
            if length < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - length)) }
            if n < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i...]))
        }
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
