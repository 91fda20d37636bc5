import Glibc

/// Values a log repeats on record after record (a measurement's indicator and source, a contact's list of
/// participants), made once per piece of the log read instead of once per record: a national import's 400 000
/// measurements otherwise hold 800 000 copies of a few strings longer than a string's inline room (15 bytes), in
/// the history and in the state folded from it.
///
/// Only for fields of few distinct values: a few dozen are kept, found by comparing bytes, and any value beyond
/// those is made as before. One per thread: the parallel reader makes one for each piece it decodes.
final class RepeatedValues {
    static let limit = 48
    private var strings: [(bytes: [UInt8], value: String)] = []
    private var lists: [[String]] = []

    /// The string these bytes spell (valid UTF-8, checked by the parser), the same one each time.
    func string(_ bytes: UnsafeRawBufferPointer) -> String {
        // Short strings are held inline anyway: nothing to share.
        guard bytes.count > 15, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        for known in strings where known.bytes.count == bytes.count {
            if known.bytes.withUnsafeBytes({ memcmp($0.baseAddress!, base, bytes.count) }) == 0 { return known.value }
        }
        let value = String(decoding: bytes, as: UTF8.self)
        if strings.count < Self.limit { strings.append((Array(bytes), value)) }
        return value
    }

    /// The same array as an equal list seen before.
    func list(_ list: [String]) -> [String] {
        guard !list.isEmpty else { return list }
        if let known = lists.first(where: { $0 == list }) { return known }
        if lists.count < Self.limit { lists.append(list) }
        return list
    }
}

extension Fields {
    /// A text field of few distinct values, shared with its earlier records' when read with `repeated`.
    func repeatedString(_ key: StaticString) throws(RecordProblem) -> String {
        guard let repeated, case .text(let r)? = value(key) else { return try string(key) }
        return repeated.string(UnsafeRawBufferPointer(rebasing: body[r]))
    }

    func optionalRepeatedString(_ key: StaticString) throws(RecordProblem) -> String? {
        guard let repeated, case .text(let r)? = value(key) else { return try optionalString(key) }
        return repeated.string(UnsafeRawBufferPointer(rebasing: body[r]))
    }

    /// A list of few distinct values, the same array as an equal list read before.
    func repeatedStrings(_ key: StaticString) throws(RecordProblem) -> [String] {
        let list = try strings(key)
        return repeated?.list(list) ?? list
    }
}
