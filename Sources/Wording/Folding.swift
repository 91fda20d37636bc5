/// Matching that ignores case and Danish letters: "aero" finds "Ærø", "kobenhavn" finds "København".
public enum Folding {
    /// Two spellings of a text: æ/ø/å as ae/oe/aa, and as ae/o/a.
    public static func keys(_ s: String) -> (long: String, short: String) {
        var long: [UInt8] = [], short: [UInt8] = []
        long.reserveCapacity(s.utf8.count + 8)
        short.reserveCapacity(s.utf8.count + 8)
        appendKeys(s, long: &long, short: &short)
        return (String(decoding: long, as: UTF8.self), String(decoding: short, as: UTF8.self))
    }

    /// The two spellings' bytes, appended. Works on scalars, not Characters, and lowercases ASCII in place and
    /// the rest scalar by scalar (as `lowercased()` does) without building a lowercased copy first: this runs over
    /// every school, meeting and record whenever the network changes.
    public static func appendKeys(_ s: String, long: inout [UInt8], short: inout [UInt8]) {
        func both(_ a: StaticString, _ b: StaticString) {
            a.withUTF8Buffer { long.append(contentsOf: $0) }
            b.withUTF8Buffer { short.append(contentsOf: $0) }
        }
        func fold(_ u: Unicode.Scalar) {
            switch u.value {
            case 0xE6: both("ae", "ae")                     // æ
            case 0xF8: both("oe", "o")                      // ø
            case 0xE5: both("aa", "a")                      // å
            case 0xE9, 0xE8, 0xEA: both("e", "e")           // é è ê
            case 0xFC: both("u", "u")                       // ü
            case 0xF6: both("oe", "o")                      // ö
            case 0xE4: both("ae", "a")                      // ä
            case 0x300...0x36F: return                      // a combining accent, as in a decomposed é
            default:
                UTF8.encode(u) { long.append($0); short.append($0) }
            }
        }
        // Plain ASCII, the most of any text: copied once, lowercased in place, and the same bytes for both spellings.
        let ascii = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            let start = long.count
            long.append(contentsOf: bytes)
            long.withUnsafeMutableBufferPointer { p in
                for i in start..<p.count where p[i] >= 0x41 && p[i] <= 0x5A { p[i] += 0x20 }
            }
            short.append(contentsOf: long[start...])
            return true
        }
        if ascii == true { return }
        for u in s.unicodeScalars {
            if u.value < 0x80 {
                var b = UInt8(u.value)
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
                long.append(b); short.append(b)
            } else {
                for l in u.properties.lowercaseMapping.unicodeScalars { fold(l) }
            }
        }
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
