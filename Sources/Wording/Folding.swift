/// Matching that ignores case and Danish letters: "aero" finds "Ærø", "kobenhavn" finds "København".
public enum Folding {
    /// Two spellings of a text: æ/ø/å as ae/oe/aa, and as ae/o/a. Works on scalars, not Characters:
    /// comparing Characters costs a string comparison per case, and this runs over every school at start.
    public static func keys(_ s: String) -> (long: String, short: String) {
        var long: [UInt8] = [], short: [UInt8] = []
        long.reserveCapacity(s.utf8.count + 8)
        short.reserveCapacity(s.utf8.count + 8)
        func both(_ a: StaticString, _ b: StaticString) {
            a.withUTF8Buffer { long.append(contentsOf: $0) }
            b.withUTF8Buffer { short.append(contentsOf: $0) }
        }
        for u in s.lowercased().unicodeScalars {
            switch u.value {
            case 0xE6: both("ae", "ae")                     // æ
            case 0xF8: both("oe", "o")                      // ø
            case 0xE5: both("aa", "a")                      // å
            case 0xE9, 0xE8, 0xEA: both("e", "e")           // é è ê
            case 0xFC: both("u", "u")                       // ü
            case 0xF6: both("oe", "o")                      // ö
            case 0xE4: both("ae", "a")                      // ä
            case 0x300...0x36F: continue                    // a combining accent, as in a decomposed é
            default:
                UTF8.encode(u) { long.append($0); short.append($0) }
            }
        }
        return (String(decoding: long, as: UTF8.self), String(decoding: short, as: UTF8.self))
    }

    /// Whether every word of `query` occurs in the text, in either spelling.
    public static func matches(_ query: String, long: String, short: String) -> Bool {
        for word in query.split(separator: " ") {
            let q = keys(String(word))
            if !(long.contains(q.long) || short.contains(q.short) || long.contains(q.short)) { return false }
        }
        return true
    }
}
