import PropertyBased
import Testing
@testable import Wording

/// Sorting and search keys made scalar by scalar, against the plain ways they replaced (lowercasing the whole
/// text, then walking its Characters; for sorting that is `Collation.byCharacters`, the path for text with combining marks), on random text of Danish, other Latin, Greek and combining letters.
@Suite struct FoldingTests {
    static let alphabet: [String] = ["a", "Z", "k", " ", "-", "1", "0", "9", "æ", "Æ", "ø", "Ø", "å", "Å", "é", "É", "è", "ê", "ü", "Ü", "ö", "Ö",
                                     "ä", "Ä", "ß", "ẞ", "İ", "ı", "Σ", "σ", "ς", "Ω", "ǅ", "ŉ", "e\u{301}", "a\u{30A}", "\u{301}", "ﬁ", "Ⅻ", "🙂"]

    static func text(_ numbers: [Int]) -> String { numbers.map { alphabet[$0 % alphabet.count] }.joined() }

    /// The search keys as they were: the lowercased text's scalars, folded.
    static func plainFolding(_ s: String) -> (String, String) {
        var long = "", short = ""
        for u in s.lowercased().unicodeScalars {
            switch u.value {
            case 0xE6: long += "ae"; short += "ae"
            case 0xF8: long += "oe"; short += "o"
            case 0xE5: long += "aa"; short += "a"
            case 0xE9, 0xE8, 0xEA: long += "e"; short += "e"
            case 0xFC: long += "u"; short += "u"
            case 0xF6: long += "oe"; short += "o"
            case 0xE4: long += "ae"; short += "a"
            case 0x300...0x36F: continue
            default: long.unicodeScalars.append(u); short.unicodeScalars.append(u)
            }
        }
        return (long, short)
    }

    @Test func sortKeysAreThoseOfTheLowercasedCharacters() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...1000).array(of: 0...24)) { numbers in
            let s = Self.text(numbers)
            #expect(Collation.key(s) == Collation.byCharacters(s), "\(s)")
        }
        // Danish order: z, then æ, ø, å, whatever follows them.
        let names = ["Åby Skole", "Zahles Skole", "Ørsted Skole", "Aabenraa Skole", "Ærø Skole", "Østerbro Skole", "Zeta", "Øerne"]
        #expect(names.sorted { Collation.key($0) < Collation.key($1) }
                == ["Aabenraa Skole", "Zahles Skole", "Zeta", "Ærø Skole", "Øerne", "Ørsted Skole", "Østerbro Skole", "Åby Skole"])
    }

    @Test func searchKeysAreThoseOfTheLowercasedScalars() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...1000).array(of: 0...24)) { numbers in
            let s = Self.text(numbers)
            let k = Folding.keys(s), plain = Self.plainFolding(s)
            #expect(k.long == plain.0 && k.short == plain.1, "\(s)")
        }
        #expect(Folding.keys("København Ø").short == "kobenhavn o")
    }

    /// Widths counted on the bytes below U+0300, against counting Character by Character: on the alphabet above
    /// (Danish, Latin, Greek, combining marks, wide and emoji) with control characters, C1 controls, CR LF, and
    /// the edges of the bytes' way (U+02FF, U+0300, U+00A0).
    @Test func widthsOnTheBytesAreThoseOfTheCharacters() async {
        let more = ["\r\n", "\r", "\n", "\t", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{2FF}", "\u{300}", "\u{2C0}", "日", "\u{1B}"]
        await propertyCheck(count: 600, input: Gen.int(in: 0...1000).array(of: 0...24)) { numbers in
            let all = Self.alphabet + more
            let s = numbers.map { all[$0 % all.count] }.joined()
            #expect(s.displayWidth == s.characterWidth, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect("Bøgedalskolen".displayWidth == 13 && "a\u{80}b\u{9F}\u{A0}".displayWidth == 3 && "ˇ\u{300}".displayWidth == 1)
    }
}

/// Placeholders filled over bytes, against the Character-by-Character filling it replaced, on random templates of
/// braces, bars, digits, letters and Danish text (no combining marks, which the catalogues' templates never hold
/// beside a brace), and random values, among them the singular's spellings.
@Suite struct FillTests {
    static func plainFill(_ template: String, _ values: [String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if let n = Int(digits), n < values.count {
                let next = after[digits.endIndex...]
                if next.first == "}" { out += values[n]; rest = next.dropFirst(); continue }
                if next.first == "|", let close = next.firstIndex(of: "}") {
                    let forms = next[next.index(after: next.startIndex)..<close].split(separator: "|", omittingEmptySubsequences: false)
                    let one = values[n] == "1" || values[n] == "−1" || values[n] == "-1"
                    if forms.count == 2 { out += forms[one ? 0 : 1] }
                    rest = next[next.index(after: close)...]
                    continue
                }
            }
            out += "{"
            rest = after
        }
        out += rest
        return out
    }

    static let pieces = ["{", "}", "|", "0", "1", "2", "9", "12", "a", " ", "uge", "æøå", "«", "🙂", "{0}", "{1}", "{0|uge|uger}", "{1|a|b|c}",
                         "{2|x}", "{0|", "{99999999999999999999}", "{-1}"]
    static let values = ["1", "2", "-1", "−1", "0", "{0}", "Ærø", "", "uge"]

    @Test func fillingOverBytesIsFillingOverCharacters() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...10_000).array(of: 0...20)) { numbers in
            let template = numbers.map { Self.pieces[$0 % Self.pieces.count] }.joined()
            let vals = (0..<(numbers.first ?? 0) % 4).map { Self.values[(numbers.dropFirst($0).first ?? $0) % Self.values.count] }
            #expect(Catalogue.fill(template, vals) == Self.plainFill(template, vals), "\(template) \(vals)")
        }
        #expect(Catalogue.fill("{0} {0|uge|uger} om {1}", ["1", "Ærø"]) == "1 uge om Ærø")
        #expect(Catalogue.fill("{0} {0|uge|uger}", ["3"]) == "3 uger")
        let eleven = (0...10).map { "v\($0)" }
        #expect(Catalogue.fill("{10}·{1}·{11}", eleven) == "v10·v1·{11}" && Self.plainFill("{10}·{1}·{11}", eleven) == "v10·v1·{11}")
    }

    /// Numbers go by their value, wherever they stand, in both ways of keying; the Danish letters still last.
    @Test func numbersInNamesGoByTheirValue() {
        let sorted = ["Klynge 1", "klynge 2", "Klynge 9", "Klynge 010", "Klynge 10a", "Klynge 10b", "Klynge 100", "Klynge 1000", "Klynge Nord",
                      "Skole 0", "Skole 7", "Skole 12", "Åskolen 3", "Åskolen 20"]
        for _ in 0..<5 {
            let shuffled = sorted.shuffled()
            #expect(shuffled.sorted { (Collation.key($0), $0) < (Collation.key($1), $1) } == sorted)
            #expect(shuffled.sorted { (Collation.byCharacters($0), $0) < (Collation.byCharacters($1), $1) } == sorted)
        }
        #expect(Collation.key("Klynge 007") == Collation.key("klynge 7") && Collation.key("Klynge 0") == Collation.key("Klynge 00"))
        #expect(Collation.key("Skole e\u{301} 12") == Collation.byCharacters("Skole e\u{301} 12"))
    }
}
