import Demo
import Foundation
import Testing
@testable import Domain

/// Names that cannot pass for something else: composed, visible, and not confusable with another's.
@Suite struct NameRulesTests {
    func school(_ number: String, _ name: String) -> Command {
        .registerSchool(School(institution: number, name: name, municipality: 101, kind: .folkeskole))
    }

    @Test func aNameIsStoredComposedHoweverItWasTyped() throws {
        var f = try Fixture.standard()
        // "Vestervangsskolen, Tårnby" with å typed as a and a combining ring (NFD, as macOS file names give it).
        try f.run(school("101002", "Vestervangsskolen, Ta\u{030A}rnby"))
        let name = try #require(f.state.schools["101002"]?.name)
        #expect(Array(name.unicodeScalars.map(\.value)).contains(0xE5) && !name.unicodeScalars.contains { $0.value == 0x30A })
        // Typed the other way, it is the same name: the same school again is nothing new.
        #expect(try f.run(school("101002", "Vestervangsskolen, Tårnby")).isEmpty)
        try f.run(.renameCluster(id: "K1", name: "Sma\u{030A}\u{00F8}erne"))
        #expect(f.state.clusters["K1"]?.name == "Småøerne" && f.state.clusters["K1"]?.name.unicodeScalars.count == 8)
    }

    @Test func invisibleCharactersAreRefusedInNames() throws {
        let f = try Fixture.standard()
        for (scalar, name) in [(0x200B, "Bakke\u{200B}skolen"), (0x200F, "\u{200F}Nyskolen"), (0xE0041, "Nyskolen\u{E0041}"),
                               (0x00AD, "Ny\u{00AD}skolen"), (0xFEFF, "\u{FEFF}Nyskolen"), (0x2060, "Ny\u{2060}skolen"), (0x2028, "Ny\u{2028}skolen")] {
            #expect(f.refusal(school("101009", name)) == .invisibleCharacter(field: "name", scalar: UInt32(scalar)), "U+\(String(scalar, radix: 16))")
            #expect(f.refusal(.renameCluster(id: "K1", name: name)) == .invisibleCharacter(field: "name", scalar: UInt32(scalar)))
        }
        // Free text may hold a joiner (emoji sequences), but not a direction override.
        let summary = Contact(programme: Fixture.p, school: "101001", date: Day(year: 2026, month: 11, day: 2)!, form: .mail, summary: "Tak 👩‍🏫")
        #expect(f.refusal(.recordContact(summary)) != .invisibleCharacter(field: "summary", scalar: 0x200D))
    }

    @Test func aLookalikeOfAnotherSchoolOrClusterIsRefusedNamingIt() throws {
        var f = try Fixture.standard()
        // A Greek capital beta, a capital i for l, a zero for o, a Cyrillic o: each looks like Bakkeskolen.
        for name in ["\u{0392}akkeskolen", "BakkeskoIen", "Bakkesk0len", "Bakkesk\u{043E}len", "bakkeskolen"] {
            #expect(f.refusal(school("101009", name)) == .confusableName(name: name, other: "Bakkeskolen", id: "101001"), "\(name)")
        }
        // The same name is another school's right: many towns have one.
        try f.run(school("101009", "Bakkeskolen"))
        // Renaming a school to look like another is refused too; keeping its own name is not a lookalike of itself.
        #expect(f.refusal(.updateSchool(School(institution: "049001", name: "Bakkesko1en", municipality: 492, kind: .folkeskole)))
                == .confusableName(name: "Bakkesko1en", other: "Bakkeskolen", id: "101001"))
        #expect(f.refusal(.updateSchool(School(institution: "101001", name: "Bakkeskolen", municipality: 101, kind: .friskole))) == nil)
        // Clusters.
        #expect(f.refusal(.formCluster(id: "K3", programme: Fixture.p, name: "Hovedstaden")) == nil)
        #expect(f.refusal(.formCluster(id: "K3", programme: Fixture.p, name: "Hoved\u{0455}taden")) == .confusableName(name: "Hoved\u{0455}taden", other: "Hovedstaden", id: "K2"))
        #expect(f.refusal(.renameCluster(id: "K1", name: "HOVEDSTADEN")) == .confusableName(name: "HOVEDSTADEN", other: "Hovedstaden", id: "K2"))
    }

    @Test func theIndexFollowsRenamesUndoAndSnapshots() throws {
        var f = try Fixture.standard()
        try f.run(.renameCluster(id: "K2", name: "Sjælland"))
        // The old name is free, the new one taken.
        #expect(f.refusal(.formCluster(id: "K3", programme: Fixture.p, name: "Hovedstaden")) == nil)
        #expect(f.refusal(.formCluster(id: "K3", programme: Fixture.p, name: "SJÆLLAND")) != nil)
        try f.run(.undoLast())
        #expect(f.state.clusters["K2"]?.name == "Hovedstaden")
        #expect(f.refusal(.formCluster(id: "K3", programme: Fixture.p, name: "HOVEDSTADEN")) == .confusableName(name: "HOVEDSTADEN", other: "Hovedstaden", id: "K2"))
        // Rebuilt from the tables alone (as after unpacking a snapshot), it answers the same.
        var unpacked = f.state
        unpacked.rebuildIndexes()
        #expect(unpacked.schools(keyed: NameRules.key("Bakkesk0len")).map(\.institution) == ["101001"])
        #expect(unpacked.clusters(keyed: NameRules.key("hovedstaden")).map(\.id) == ["K2"])
    }

    /// After unpacking, the index is built when first used, from the tables as they were unpacked; a copy that writes
    /// takes its own, and the copies it was shared with answer as before.
    @Test func anUnpackedIndexIsBuiltWhenFirstUsedAndEachCopyKeepsItsOwn() throws {
        var f = try Fixture.standard()
        f.state.rebuildIndexes()
        let untouched = f.state
        try f.run(.formCluster(id: "K3", programme: Fixture.p, name: "Nordjylland"))
        try f.run(school("101002", "Vestervangsskolen"))
        #expect(f.refusal(.formCluster(id: "K4", programme: Fixture.p, name: "NORDJYLLAND")) == .confusableName(name: "NORDJYLLAND", other: "Nordjylland", id: "K3"))
        #expect(f.refusal(.formCluster(id: "K4", programme: Fixture.p, name: "HOVEDSTADEN")) == .confusableName(name: "HOVEDSTADEN", other: "Hovedstaden", id: "K2"))
        #expect(f.state.schools(keyed: NameRules.key("VESTERVANGSSKOLEN")).map(\.institution) == ["101002"])
        // The copy shared the index before the writes: it has neither new name, and every name it had.
        #expect(untouched.clusters(keyed: NameRules.key("Nordjylland")).isEmpty)
        #expect(untouched.schools(keyed: NameRules.key("Vestervangsskolen")).isEmpty)
        #expect(untouched.clusters(keyed: NameRules.key("hovedstaden")).map(\.id) == ["K2"])
        // Copies asking at once, on every core, for an index not yet built all get the same answers.
        var pending = untouched
        pending.rebuildIndexes()
        let copies = Array(repeating: pending, count: 16)
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: copies.count) { i in
            found.set(i, copies[i].schools(keyed: NameRules.key("Bakkesk0len")).map(\.institution))
        }
        #expect(found.all == Array(repeating: ["101001"], count: 16))
    }

    final class Found: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [Int: [String]] = [:]
        func set(_ i: Int, _ v: [String]) { lock.lock(); answers[i] = v; lock.unlock() }
        var all: [[String]] { (0..<answers.count).map { answers[$0] ?? [] } }
    }

    @Test func keysAreUTS39Skeletons() {
        #expect(NameRules.key("paypal") == NameRules.key("\u{0440}\u{0430}\u{0443}\u{0440}\u{0430}l"))
        #expect(NameRules.key("Ærø Skole") != NameRules.key("Aerø Skole") || NameRules.key("Æ") == NameRules.key("AE"))
        #expect(NameRules.key("Strandskolen") != NameRules.key("Stranskolen"))
    }

    /// Names below U+0300 skip Foundation's normalization: for any text, what the key starts from is exactly the
    /// composed form Foundation gives, scalar by scalar (String's `==` would call canonically equal text the same).
    @Test func theComposedFormIsFoundationsForAnyText() {
        let pieces = ["a", "Z", " ", "-", "æ", "Ø", "å", "é", "ÿ", "\u{A0}", "\u{2FF}", "\u{300}", "\u{301}", "\u{308}",
                      "\u{30A}", "\u{327}", "\u{340}", "\u{344}", "\u{212B}", "\u{2126}", "\u{1100}", "\u{1161}", "\u{11A8}",
                      "\u{0391}", "\u{0430}", "\u{FB01}", "\u{1E9B}", "\u{F900}", "😀", "\u{1F1E9}\u{1F1F0}", "\r\n", "\u{7F}",
                      "\u{85}", "\u{CB}", "\u{2CB}", "\u{34F}"]
        var rng = SplitMix64(seed: 39)
        var slow = 0
        for _ in 0..<3_000 {
            let name = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let foundation = name.precomposedStringWithCanonicalMapping
            #expect(Array(NameRules.composed(name).unicodeScalars) == Array(foundation.unicodeScalars), "\(Array(name.unicodeScalars))")
            if name.unicodeScalars.contains(where: { $0.value >= 0x300 }) { slow += 1 }
        }
        #expect(slow > 500 && slow < 2_900, "both ways taken: \(slow) of 3 000 from U+0300 up")
        #expect(Array(NameRules.composed("A\u{30A}rhus").unicodeScalars) == Array("Århus".unicodeScalars))
        #expect(NameRules.key("A\u{30A}rhus Skole") == NameRules.key("Århus Skole"))
    }
}
