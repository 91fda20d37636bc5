/// Writes one flat JSON object per record, field by field, with the chained checksum last.
///
/// Into a buffer of its own, written through a pointer: every line the log reads is written again to check its
/// spelling (`Canonical`), and an array's append (a uniqueness check and a capacity check per byte or run) was
/// most of that. Not copyable, so no two writers ever share the buffer.
struct RecordWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 1
    private var first = true

    init() {
        capacity = 512
        base = .allocate(capacity: capacity)
        base[0] = UInt8(ascii: "{")
    }

    deinit { base.deallocate() }

    /// Empty again, for another record, keeping its buffer.
    mutating func reset() {
        count = 1
        first = true
    }

    /// The bytes written, as an array of their own.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes written, read in place.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Room for `n` more bytes.
    @inline(__always) private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always) private mutating func put(_ run: UnsafeBufferPointer<UInt8>) {
        guard let from = run.baseAddress, run.count > 0 else { return }
        reserve(run.count)
        (base + count).update(from: from, count: run.count)
        count += run.count
    }

    private mutating func put(_ a: UInt8, _ b: UInt8) { reserve(2); base[count] = a; base[count + 1] = b; count += 2 }

    mutating func key(_ k: StaticString) {
        reserve(k.utf8CodeUnitCount + 4)
        if !first { base[count] = UInt8(ascii: ","); count += 1 }
        first = false
        base[count] = UInt8(ascii: "\""); count += 1
        k.withUTF8Buffer { put($0) }
        put(UInt8(ascii: "\""), UInt8(ascii: ":"))
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
        key(k); put(UInt8(ascii: "\""))
        let day = t.utcDay
        let ms = Int(t.milliseconds - Int64(day.ordinal) * 86_400_000)
        iso(day)
        put(UInt8(ascii: "T")); number(ms / 3_600_000, width: 2)
        put(UInt8(ascii: ":")); number(ms / 60_000 % 60, width: 2)
        put(UInt8(ascii: ":")); number(ms / 1000 % 60, width: 2)
        put(UInt8(ascii: ".")); number(ms % 1000, width: 3)
        put(UInt8(ascii: "Z")); put(UInt8(ascii: "\""))
    }

    mutating func field(_ k: StaticString, _ d: Day) {
        key(k); put(UInt8(ascii: "\"")); iso(d); put(UInt8(ascii: "\""))
    }

    mutating func field(_ k: StaticString, _ v: Fixed) {
        key(k); put(UInt8(ascii: "\""))
        let magnitude = v.units.magnitude, scale = UInt(Fixed.scale)
        if v.units < 0 { put(UInt8(ascii: "-")) }
        number(Int(magnitude / scale))
        var frac = Int(magnitude % scale), places = Fixed.maxDecimals
        if frac != 0 {
            while frac % 10 == 0 { frac /= 10; places -= 1 }
            put(UInt8(ascii: ".")); number(frac, width: places)
        }
        put(UInt8(ascii: "\""))
    }

    mutating func field(_ k: StaticString, _ p: Period) {
        switch p {
        case .schoolYear(let y):
            key(k); put(UInt8(ascii: "\""))
            number(y, width: 4); put(UInt8(ascii: "/")); number((y + 1) % 100, width: 2)
            put(UInt8(ascii: "\""))
        case .year(let y): key(k); put(UInt8(ascii: "\"")); number(y, width: 4); put(UInt8(ascii: "\""))
        case .day(let d): field(k, d)
        case .point: field(k, p.spelled)
        }
    }

    /// yyyy-mm-dd, as `Day.iso`.
    private mutating func iso(_ d: Day) {
        let c = d.civil
        number(c.year, width: 4); put(UInt8(ascii: "-")); number(c.month, width: 2); put(UInt8(ascii: "-")); number(c.day, width: 2)
    }

    /// `n` as `String(n)` spells it, after zeros up to `width` characters, as `pad` puts them (before a sign).
    private mutating func number(_ n: Int, width: Int = 0) {
        var m = n.magnitude, digits = 1
        while m >= 10 { m /= 10; digits += 1 }
        let sign = n < 0 ? 1 : 0, zeros = Swift.max(0, width - digits - sign)
        reserve(zeros + sign + digits)
        for _ in 0..<zeros { base[count] = UInt8(ascii: "0"); count += 1 }
        if n < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        m = n.magnitude
        var at = count + digits
        count = at
        repeat { at -= 1; base[at] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10 } while m > 0
    }

    mutating func field(_ k: StaticString, _ value: Int?) {
        if let value { field(k, value) }
    }

    mutating func field(_ k: StaticString, _ values: [String]) {
        key(k)
        put(UInt8(ascii: "["))
        for (i, v) in values.enumerated() {
            if i > 0 { put(UInt8(ascii: ",")) }
            string(v)
        }
        put(UInt8(ascii: "]"))
    }

    /// A string, its bytes copied in runs between the few that need an escape.
    private mutating func string(_ s: String) {
        put(UInt8(ascii: "\""))
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
        put(UInt8(ascii: "\""))
    }

    /// The bytes of a string, escaped where JSON needs it.
    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for i in 0..<utf8.count {
            let b = utf8[i]
            guard b < 32 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            put(UnsafeBufferPointer(rebasing: utf8[run..<i]))
            escape(b)
            run = i + 1
        }
        put(UnsafeBufferPointer(rebasing: utf8[run...]))
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): put(92, 34)
        case UInt8(ascii: "\\"): put(92, 92)
        case 10: put(92, UInt8(ascii: "n"))
        case 13: put(92, UInt8(ascii: "r"))
        case 9: put(92, UInt8(ascii: "t"))
        // No store can hold NUL (PostgreSQL's text cannot), so no line spells it: it is written as U+FFFD.
        case 0: put(0xEF, 0xBF); put(0xBD)
        default:
            put(92, UInt8(ascii: "u")); put(48, 48)
            put(hexDigit(b >> 4), hexDigit(b & 15))
        }
    }

    /// Closes the record: `,"crc":"xxxxxxxx"}` and a newline. Returns the checksum.
    mutating func finish(previous: UInt32) -> UInt32 {
        let crc = withBytes { CRC32C.chained(previous: previous, $0) }
        for b in ",\"crc\":\"".utf8 { put(b) }
        for shift in stride(from: 28, through: 0, by: -4) { put(hexDigit(UInt8((crc >> UInt32(shift)) & 15))) }
        put(UInt8(ascii: "\"")); put(UInt8(ascii: "}")); put(10)
        return crc
    }
}

func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }
