import OrderedCollections
import Testing
@testable import Domain

/// Ordered tables keyed by ids unpack without comparing each key with the others when their order proves them all
/// different; in every other order they are checked as before, and a key twice is damage.
@Suite struct PackingOrderedTests {
    func roundTrip(_ keys: [String]) -> Result<OrderedDictionary<String, Int>, SnapshotProblem> {
        var p = Packer()
        p.int(keys.count)
        for (i, k) in keys.enumerated() { p.string(k); p.int(i) }
        return p.bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return Result { () throws(SnapshotProblem) in try OrderedDictionary<String, Int>(unpacking: &u) }
        }
    }

    func expectSame(_ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = OrderedDictionary(uniqueKeys: keys, values: Array(keys.indices))
        guard case .success(let got) = roundTrip(keys) else {
            Issue.record("\(keys) refused", sourceLocation: sourceLocation); return
        }
        #expect(got == expected, sourceLocation: sourceLocation)
        #expect(Array(got.keys) == keys, sourceLocation: sourceLocation)
        // Every key is found where it belongs: the index is whole, whichever way it was built.
        for (i, k) in keys.enumerated() { #expect(got[k] == i, sourceLocation: sourceLocation) }
        #expect(got["absent"] == nil, sourceLocation: sourceLocation)
    }

    func expectDamage(_ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .failure(.damaged(.content)) = roundTrip(keys) else {
            Issue.record("\(keys) with a key twice was not damage", sourceLocation: sourceLocation); return
        }
    }

    @Test func idsInTheOrderTheyWereMadeAndEveryOtherOrderGiveTheSameTable() {
        let made = (1...12_000).map { "C" + String(repeating: "0", count: max(0, 4 - String($0).count)) + String($0) }
        expectSame(made)                                  // «C9999» then «C10000»: shorter first
        expectSame(made.reversed())
        expectSame(made.shuffled())
        expectSame(["", "a", "b"])
        expectSame(["b", "", "a"])
        expectSame(["Zoë", "Åse", "Æble", "øl"])          // beyond ASCII: checked
        expectSame(["a", "A", "aa", "ab", "b", "ba"])
        expectSame([])
    }

    @Test func aKeyTwiceIsDamageInAnyOrder() {
        expectDamage(["C0001", "C0002", "C0002"])
        expectDamage(["C0002", "C0001", "C0002"])
        expectDamage(["", ""])
        // Different bytes, one string: «é» written whole and as «e» with its accent. Swift holds them equal, so a
        // table may have only one of them; neither order of their bytes lets them in unchecked.
        expectDamage(["\u{E9}", "e\u{301}"])
        expectDamage(["e\u{301}", "\u{E9}"])
        expectDamage(["a", "\u{E9}", "b", "e\u{301}"])
    }
}
