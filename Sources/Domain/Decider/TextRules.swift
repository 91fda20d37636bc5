/// What text a command may carry. People's words are stored as given, but never a control character that could
/// make a terminal act on it (ESC, BEL, NUL, the C1 range) or reorder what is shown (bidi overrides); free text
/// may hold line breaks and tabs.
public enum TextRules {
    /// The text with every character Tavle does not store shown as U+FFFD, for printing what a crafted log holds.
    /// A carriage return stays only before a line feed: a lone one would send a terminal back to the start of
    /// the line, to print over what was there, and would end an iCalendar property.
    public static func printable(_ s: String, multiline: Bool = true) -> String {
        let scalars = Array(s.unicodeScalars)
        func ok(_ i: Int) -> Bool {
            let c = scalars[i]
            if c == "\r", multiline { return i + 1 < scalars.count && scalars[i + 1] == "\n" }
            return allowed(c, multiline: multiline)
        }
        guard !scalars.indices.allSatisfy(ok) else { return s }
        var out = String.UnicodeScalarView()
        for i in scalars.indices { out.append(ok(i) ? scalars[i] : "\u{FFFD}") }
        return String(out)
    }

    /// Each text the command carries (`Command.mapTexts` names them), by its field's rule.
    static func check(_ command: Command) throws(DomainError) {
        _ = try command.mapTexts { (value, field, multiline) throws(DomainError) -> String in
            try clean(value, field, multiline: multiline)
            return value
        }
    }

    static func clean(_ value: String, _ field: String, multiline: Bool = false) throws(DomainError) {
        if let bad = value.unicodeScalars.first(where: { !allowed($0, multiline: multiline) }) {
            throw .controlCharacter(field: field, scalar: bad.value)
        }
        if !multiline, let bad = value.unicodeScalars.first(where: isInvisible) {
            throw .invisibleCharacter(field: field, scalar: bad.value)
        }
    }

    /// Characters that show nothing, or change how what is around them shows, refused in names and one-line
    /// text: the soft hyphen, joiners and zero-width spaces, direction marks, line and paragraph separators,
    /// invisible operators, fillers, variation selectors, the byte-order mark, tag characters. The shared log's
    /// server refuses the same list (`Schema.recordRules` is made from it).
    public static let invisible: [ClosedRange<UInt32>] = [
        0x00AD...0x00AD, 0x034F...0x034F, 0x061C...0x061C, 0x115F...0x1160, 0x17B4...0x17B5, 0x180B...0x180F,
        0x200B...0x200F, 0x2028...0x2029, 0x2060...0x206F, 0x3164...0x3164, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
        0xFFA0...0xFFA0, 0xFFF9...0xFFFB, 0x1D173...0x1D17A, 0xE0000...0xE0FFF,
    ]

    /// Nothing below U+00AD is in the list, so most text is decided by one comparison a character.
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool { s.value >= 0xAD && invisible.contains { $0.contains(s.value) } }

    public static func allowed(_ s: Unicode.Scalar, multiline: Bool) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return multiline
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return false
        default: return true
        }
    }
}
