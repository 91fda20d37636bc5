import Testing
@testable import TUI
@testable import Wording

/// The search index built on every core in pieces answers as asking each text on its own, across the pieces'
/// seams, and as an index of one piece (under 4 096 rows) built from the same texts' halves.
@Suite struct SearchIndexTests {
    static let words = ["Ærø", "Skole", "København", "Åby", "Øster", "bkl", "Karen Ågård Olsen", "kontakt", "101001", "Zahles",
                        "opfølgning", "Müller", "école", "AEROE", "aa", "ø", "peer", "Løkken"]

    static func texts(_ n: Int) -> [String] {
        var x: UInt64 = 2_463_534_242
        return (0..<n).map { _ in
            (0..<3).map { _ in
                x ^= x << 13; x ^= x >> 7; x ^= x << 17
                return words[Int(x % UInt64(words.count))]
            }.joined(separator: " ")
        }
    }

    @Test func builtInPiecesItAnswersAsBuiltRowByRow() {
        let texts = Self.texts(5_000)
        let onEveryCore = SearchIndex(count: texts.count) { texts[$0] }
        let rowByRow = SearchIndex(Array(texts.prefix(2_500)))
        #expect(onEveryCore.count == texts.count)
        var found = 0
        for q in ["aero", "ærø skole", "kobenhavn", "ø", "aby", "olsen karen", "101001", "zahles åby", "muller", "ecole", "nothing", "e k"] {
            let hits = onEveryCore.matches(q)
            #expect(Array(hits.prefix(2_500)) == rowByRow.matches(q), "\(q)")
            let alone = texts.map { t in let k = Folding.keys(t); return Folding.matches(q, long: k.long, short: k.short) }
            #expect(hits == alone, "\(q)")
            found += hits.filter { $0 }.count
        }
        #expect(found > 1_000)
    }
}
