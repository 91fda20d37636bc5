/// Terminal column widths: æ, ø and å take one column, CJK and emoji two, combining marks none.
extension Character {
    public var displayWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        let v = first.value
        // Control characters take no column and are never drawn: C0, DEL and C1 (which a terminal may act on).
        if v < 0x300 { return v < 0x20 || (0x7F...0x9F).contains(v) ? 0 : 1 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if Character.isWide(v) || first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Below U+0300 every Character is one scalar (CR LF aside, two scalars of no width) and takes one column unless
    /// it is a control character, so such text is counted on its bytes; text with combining marks, wide characters
    /// or emoji is counted Character by Character. Every cell drawn is measured, and every name of a list.
    public var displayWidth: Int {
        if let narrow = utf8.withContiguousStorageIfAvailable(Self.narrowWidth), let w = narrow { return w }
        return characterWidth
    }

    /// The width Character by Character.
    var characterWidth: Int { reduce(0) { $0 + $1.displayWidth } }

    /// The width of UTF-8 text below U+0300, or nil for text with anything above it.
    static func narrowWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var w = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x20 && b != 0x7F { w += 1 }
                i += 1
                continue
            }
            // Two bytes, U+0080 to U+02FF (lead bytes C2 to CB); C2 80 to C2 9F are the C1 controls.
            guard b >= 0xC2, b <= 0xCB, i + 1 < bytes.count else { return nil }
            if b != 0xC2 || bytes[i + 1] > 0x9F { w += 1 }
            i += 2
        }
        return w
    }

    /// Cuts to at most `width` columns, ending in "…" when anything was cut.
    public func truncated(to width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        var out = "", used = 0
        for c in self {
            let w = c.displayWidth
            if used + w > width - 1 { break }
            out.append(c); used += w
        }
        return out + "…"
    }

    /// Pads with spaces (or cuts) to exactly `width` columns.
    public func padded(to width: Int, alignRight: Bool = false) -> String {
        let t = truncated(to: width)
        let gap = String(repeating: " ", count: max(0, width - t.displayWidth))
        return alignRight ? gap + t : t + gap
    }
}

extension String {
    /// Breaks the text into lines of at most `width` columns, at spaces where it can, and inside a word only
    /// when the word alone is wider. Nothing is cut. `first`, when given, is the first line's width (a line that
    /// begins after a heading on the same row and goes on under something narrower or wider). `hyphens` marks a word
    /// broken across lines with a hyphen («Hovedsta-» / «den 4», not «Hovedstad» / «en 4»), where a line has room
    /// for three columns or more.
    public func wrapped(to width: Int, first: Int? = nil, hyphens: Bool = false) -> [String] {
        guard width > 0 else { return [self] }
        var lines: [String] = []
        // The width of the line being filled: the first one's own, then `width`.
        func room() -> Int { lines.isEmpty ? max(1, first ?? width) : width }
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word), ww = w.displayWidth
                if used > 0, used + 1 + ww <= room() { line += " " + w; used += 1 + ww; continue }
                if used > 0 { lines.append(line); line = ""; used = 0 }
                while ww > room() {
                    let hyphen = hyphens && room() >= 3
                    var head = "", hw = 0
                    for c in w { if hw + c.displayWidth > room() - (hyphen ? 1 : 0) { break }; head.append(c); hw += c.displayWidth }
                    if head.isEmpty, let c = w.first { head.append(c) }   // a character wider than the line
                    lines.append(hyphen ? head + "-" : head)
                    w = String(w.dropFirst(head.count)); ww = w.displayWidth
                }
                // (Only a character wider than the line leaves nothing after the last piece: that piece is the line.)
                if w.isEmpty, let last = lines.popLast() { w = last; ww = last.displayWidth }
                line = w; used = ww
            }
            lines.append(line)
        }
        return lines
    }
}
