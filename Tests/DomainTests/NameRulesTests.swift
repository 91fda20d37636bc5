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

    @Test func keysAreUTS39Skeletons() {
        #expect(NameRules.key("paypal") == NameRules.key("\u{0440}\u{0430}\u{0443}\u{0440}\u{0430}l"))
        #expect(NameRules.key("Ærø Skole") != NameRules.key("Aerø Skole") || NameRules.key("Æ") == NameRules.key("AE"))
        #expect(NameRules.key("Strandskolen") != NameRules.key("Stranskolen"))
    }
}
