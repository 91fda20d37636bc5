import Glibc

/// Looks fields up by name, with errors that name the field. Valid only while the body it was parsed from is.
///
/// One is kept from line to line in each piece of a log the decoders read (`reset`; a line read alone has its own):
/// its values hold nothing to release (a string with escapes and an array's items are in `decoded`), so a line's
/// fields cost no allocation and no release.
struct Fields {
    private(set) var body: UnsafeRawBufferPointer
    var list: [(key: Range<Int>, value: FieldValue)] = []
    /// The strings that had escapes, and arrays' items, decoded: what `.decoded` and `.strings` refer to.
    var decoded: [String] = []
    /// Where values of few distinct spellings are shared from record to record (RepeatedValues.swift), if anywhere.
    var repeated: RepeatedValues?

    init(body: UnsafeRawBufferPointer) {
        self.body = body
        list.reserveCapacity(16)
    }

    /// Ready for another line's fields, keeping what was allocated.
    mutating func reset(body: UnsafeRawBufferPointer) {
        self.body = body
        list.removeAll(keepingCapacity: true)
        if !decoded.isEmpty { decoded.removeAll(keepingCapacity: true) }
    }

    func value(_ key: StaticString) -> FieldValue? {
        let n = key.utf8CodeUnitCount
        guard let base = body.baseAddress else { return nil }
        for (range, v) in list where range.count == n && memcmp(base + range.lowerBound, key.utf8Start, n) == 0 { return v }
        return nil
    }

    /// A text value's bytes, or its decoded string's, for reading without making a `String`.
    func withBytes<T>(_ key: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> T?) throws(RecordProblem) -> T {
        guard let v = value(key) else { throw .missingField(key.description) }
        let result: T?
        switch v {
        case .text(let r): result = body(UnsafeRawBufferPointer(rebasing: self.body[r]).bindMemory(to: UInt8.self))
        case .decoded(let i): var s = decoded[i]; result = s.withUTF8 { body($0) }
        default: throw .badValue(field: key.description)
        }
        guard let result else { throw .badValue(field: key.description) }
        return result
    }

    func text(_ r: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: body[r]).bindMemory(to: UInt8.self), as: UTF8.self)
    }

    func string(_ key: StaticString) throws(RecordProblem) -> String {
        guard let v = value(key) else { throw .missingField(key.description) }
        switch v {
        case .text(let r): return text(r)
        case .decoded(let i): return decoded[i]
        default: throw .badValue(field: key.description)
        }
    }

    func optionalString(_ key: StaticString) throws(RecordProblem) -> String? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .text(let r): return text(r)
        case .decoded(let i): return decoded[i]
        default: throw .badValue(field: key.description)
        }
    }

    func int(_ key: StaticString) throws(RecordProblem) -> Int {
        guard let v = value(key) else { throw .missingField(key.description) }
        guard case .int(let n) = v else { throw .badValue(field: key.description) }
        return n
    }

    func strings(_ key: StaticString) throws(RecordProblem) -> [String] {
        guard let v = value(key) else { throw .missingField(key.description) }
        guard case .strings(let r) = v else { throw .badValue(field: key.description) }
        return Array(decoded[r])
    }

    func day(_ key: StaticString) throws(RecordProblem) -> Day {
        try withBytes(key) { Day.parseISO(bytes: $0) }
    }

    func timestamp(_ key: StaticString) throws(RecordProblem) -> Timestamp {
        try withBytes(key) { Timestamp.parse(bytes: $0) }
    }

    func raw<T: RawRepresentable>(_ key: StaticString, as: T.Type) throws(RecordProblem) -> T where T.RawValue == String {
        guard let v = T(rawValue: try string(key)) else { throw .badValue(field: key.description) }
        return v
    }

    func clock(_ key: StaticString) throws(RecordProblem) -> Int {
        guard let m = ClockTime.parse(try string(key)) else { throw .badValue(field: key.description) }
        return m
    }

    func fixed(_ key: StaticString) throws(RecordProblem) -> Fixed {
        try withBytes(key) { Fixed.parse(utf8: $0[...]) }
    }

    func optionalFixed(_ key: StaticString) throws(RecordProblem) -> Fixed? {
        guard let s = try optionalString(key) else { return nil }
        guard let v = Fixed.parse(s) else { throw .badValue(field: key.description) }
        return v
    }

    /// A period a programme can measure by (never a measuring point: those are only in evaluation records).
    func period(_ key: StaticString) throws(RecordProblem) -> Period {
        try withBytes(key) { b in Period.parse(bytes: b).flatMap { $0.kind == .point ? nil : $0 } }
    }

    func periods(_ key: StaticString) throws(RecordProblem) -> [Period] {
        var out: [Period] = []
        for s in try strings(key) {
            guard let p = Period.parse(s), p.kind != .point else { throw .badValue(field: key.description) }
            out.append(p)
        }
        return out
    }

    func optionalInt(_ key: StaticString) throws(RecordProblem) -> Int? {
        guard let v = value(key) else { return nil }
        switch v {
        case .null: return nil
        case .int(let n): return n
        default: throw .badValue(field: key.description)
        }
    }
}
