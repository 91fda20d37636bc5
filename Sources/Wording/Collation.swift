/// Danish alphabetical order: æ, ø and å come after z, in that order, and case is ignored. They are keyed as three
/// private-use characters above every letter (below U+10FFFF, which lists use for "none", last). Numbers within the
/// text go by their value, as a person reads them: «Klynge 2» before «Klynge 10», «Skole 9» before «Skole 10» (each run
/// of digits keyed as its count of digits, leading zeros aside, then the digits).
public enum Collation {
    public static func key(_ s: String) -> String {
        // Below U+0300 (no combining marks) every Character is one scalar, so the key is made scalar by scalar,
        // which is what sorting ten thousand schools on every write can afford; the rest take the Characters.
        guard s.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else { return byCharacters(s) }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 4)
        var digits: [UInt8] = []
        for u in s.unicodeScalars {
            if u.value >= 0x30, u.value <= 0x39 { digits.append(UInt8(u.value)); continue }
            if !digits.isEmpty { number(&digits, into: &out) }
            if u.value < 0x80 {
                let b = UInt8(u.value)
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                continue
            }
            for l in u.properties.lowercaseMapping.unicodeScalars {
                switch l.value {
                case 0xE6: out += [0xF4, 0x8F, 0xBF, 0xB0]      // æ: U+10FFF0
                case 0xF8: out += [0xF4, 0x8F, 0xBF, 0xB1]      // ø: U+10FFF1
                case 0xE5: out += [0xF4, 0x8F, 0xBF, 0xB2]      // å: U+10FFF2
                default: UTF8.encode(l) { out.append($0) }
                }
            }
        }
        if !digits.isEmpty { number(&digits, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A run of ASCII digits as its length without leading zeros (one character, from "1") and those digits, and
    /// the run emptied.
    static func number(_ digits: inout [UInt8], into out: inout [UInt8]) {
        let significant = digits.drop { $0 == 0x30 }
        let kept = significant.isEmpty ? [0x30] : Array(significant)
        out.append(UInt8(min(0x30 + kept.count, 0x7E)))
        out += kept
        digits.removeAll(keepingCapacity: true)
    }

    /// The key Character by Character, for text with combining marks.
    static func byCharacters(_ s: String) -> String {
        var out = "", digits: [UInt8] = []
        func flush() {
            guard !digits.isEmpty else { return }
            var bytes: [UInt8] = []
            number(&digits, into: &bytes)
            out += String(decoding: bytes, as: UTF8.self)
        }
        for c in s.lowercased() {
            if let a = c.asciiValue, a >= 0x30, a <= 0x39 { digits.append(a); continue }
            flush()
            switch c {
            case "æ": out += "\u{10FFF0}"
            case "ø": out += "\u{10FFF1}"
            case "å": out += "\u{10FFF2}"
            default: out.append(c)
            }
        }
        flush()
        return out
    }
}
