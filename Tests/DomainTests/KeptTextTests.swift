import OrderedCollections
import Testing
@testable import Domain

/// The contacts' section of a snapshot says their summaries apart, side by side, and a contact unpacked from it
/// points into them until its summary is read or changed.
@Suite struct KeptTextTests {
    static let summaries = ["Besøg på Ærø Skole: læsevejledning", "", "x", String(repeating: "Lang tekst med æøå. ", count: 400),
                            "Emoji 👩🏽‍🏫 og CJK 学校", "Linje ét\nlinje to\tfane"]

    func table() -> OrderedDictionary<String, Contact> {
        var t: OrderedDictionary<String, Contact> = [:]
        for (i, s) in Self.summaries.enumerated() {
            let id = "C\(i + 1)"
            t[id] = Contact(id: id, programme: "national", school: "28001\(i % 3)", date: Day(year: 2026, month: 9, day: 1 + i)!,
                            form: .phone, participants: ["skoleleder"], summary: s, by: "k\(i % 2)")
        }
        return t
    }

    func unpack(_ bytes: [UInt8]) -> Result<OrderedDictionary<String, Contact>, SnapshotProblem> {
        bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return Result { () throws(SnapshotProblem) in
                try u.textsApart()
                let t: OrderedDictionary<String, Contact> = try u.table()
                guard u.at == raw.count, u.textsAllRead else { throw .damaged(.content) }
                return t
            }
        }
    }

    @Test func summariesSaidApartComeBackAsTheyWere() throws {
        let t = table()
        let bytes = Packer.textsApart { $0.table(t) }
        // The texts first, side by side, after their length.
        let texts = Self.summaries.joined()
        #expect(Array(bytes[8..<(8 + texts.utf8.count)]) == Array(texts.utf8))
        let back = try unpack(bytes).get()
        #expect(back == t)
        #expect(back.values.map(\.summary) == Self.summaries)
        // Said apart or in place, the bytes of a contact's summary and its other fields are the same length.
        var inPlace = Packer()
        inPlace.table(t)
        #expect(bytes.count == inPlace.bytes.count + 8)
    }

    @Test func aSummaryUnpackedCanBeChangedAndEqualsItsStringForm() throws {
        let t = table()
        var back = try unpack(Packer.textsApart { $0.table(t) }).get()
        let copy = back
        back["C1"]?.summary = "Ny tekst"
        #expect(back["C1"]?.summary == "Ny tekst")
        #expect(copy["C1"]?.summary == Self.summaries[0])
        #expect(back["C1"] != t["C1"])
        // Equal by their text, however each is held.
        back["C1"]?.summary = Self.summaries[0]
        #expect(back == t)
        #expect(KeptText("a") != KeptText("b"))
        // Packed again (in place, as an undo record says a contact, or apart), the same bytes as from strings.
        var again = Packer(), fromStrings = Packer()
        again.table(copy); fromStrings.table(t)
        #expect(again.bytes == fromStrings.bytes)
        #expect(Packer.textsApart { $0.table(copy) } == Packer.textsApart { $0.table(t) })
    }

    /// A follow-up says what it is apart too, in the section it shares with the evaluations.
    @Test func followUpsSayWhatTheyAreApart() throws {
        var t: OrderedDictionary<String, FollowUp> = [:]
        for (i, s) in Self.summaries.enumerated() {
            t["F\(i + 1)"] = FollowUp(id: "F\(i + 1)", contact: i % 2 == 0 ? "C\(i)" : nil, programme: "national", school: "280017", what: s,
                                     who: "k1", due: Day(year: 2026, month: 10, day: 1 + i)!, done: i == 2 ? Day(year: 2026, month: 10, day: 9)! : nil,
                                     moves: i, reason: i == 3 ? "Syg" : nil)
        }
        let bytes = Packer.textsApart { $0.table(t) }
        #expect(Array(bytes[8..<(8 + Self.summaries.joined().utf8.count)]) == Array(Self.summaries.joined().utf8))
        var back = try bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return try Result { () throws(SnapshotProblem) -> OrderedDictionary<String, FollowUp> in
                try u.textsApart()
                let v: OrderedDictionary<String, FollowUp> = try u.table()
                guard u.at == raw.count, u.textsAllRead else { throw .damaged(.content) }
                return v
            }.get()
        }
        #expect(back == t && back.values.map(\.what) == Self.summaries)
        // Handed out to be kept, a follow-up holds its text on its own, not the section's texts.
        let kept = try #require(back["F2"])
        #expect(kept.whatText.isStored && !kept.detached.whatText.isStored && kept.detached == kept)
        back["F1"]?.what = "Sende materiale"
        #expect(back["F1"]?.what == "Sende materiale" && back["F2"] == t["F2"] && back["F1"]?.whatText.isStored == false)
    }

    /// What the dashboard keeps from a state unpacked from a snapshot (the overview's oldest overdue follow-ups, the
    /// caseload's reasons) holds no snapshot texts: the state's own place taken by the log's fold, they go with it.
    @Test func followUpsHandedOutForKeepingHoldTheirOwnText() throws {
        var f = try PropertyTests.start()
        f.actor = "ahj"
        for n in [2, 13, 24] { _ = try f.run(PropertyTests.command(n, f).command) }
        let state = try UndoBookTests.roundTrip(f.state)
        #expect(state.followUps.values.allSatisfy { $0.whatText.isStored })
        let later = Day(year: 2027, month: 6, day: 1)!
        let (count, oldest) = state.overdueFollowUps(Fixture.p, today: later, first: 2)
        #expect(count == 3 && oldest.count == 2 && oldest.allSatisfy { !$0.whatText.isStored })
        let reasons = state.caseloadItems(Fixture.p, consultant: "ahj", today: later, contactWeeks: 6, horizonDays: 14).flatMap(\.reasons)
        let overdue = reasons.compactMap { if case .overdueFollowUp(let f) = $0 { f } else { nil } }
        #expect(!overdue.isEmpty && overdue.allSatisfy { !$0.whatText.isStored })
    }

    @Test func textsThatDoNotAddUpAreDamage() {
        let t = table()
        let good = Packer.textsApart { $0.table(t) }
        // One byte more among the texts than the values read: left over, which no packer leaves.
        var apart = Packer()
        apart.texts = []
        apart.table(t)
        var longer = Packer()
        longer.int(apart.texts!.count + 1)
        longer.bytes += apart.texts! + [0x41]
        longer.bytes += apart.bytes
        guard case .failure(.damaged(.content)) = unpack(longer.bytes) else { Issue.record("texts not read were taken"); return }
        // A text said longer than the texts left.
        var bad = Packer()
        bad.int(apart.texts!.count - 1)
        bad.bytes += apart.texts!.dropLast()
        bad.bytes += apart.bytes
        guard case .failure(.damaged(.content)) = unpack(bad.bytes) else { Issue.record("a text past the texts was taken"); return }
        // The texts' length beyond the section.
        var beyond = good
        beyond.replaceSubrange(0..<8, with: withUnsafeBytes(of: Int64(good.count).littleEndian, Array.init))
        guard case .failure(.damaged(.content)) = unpack(beyond) else { Issue.record("texts beyond the section were taken"); return }
        #expect((try? unpack(good).get()) == t)
    }

    @Test func aTextLongerThanAnyIsDamageNotAnOverflow() {
        var p = Packer()
        p.int(3); p.bytes += Array("abc".utf8)
        p.int(Int.max); p.int(1)
        let r = p.bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return Result { () throws(SnapshotProblem) in
                try u.textsApart()
                return [try u.keptText(), try u.keptText()]
            }
        }
        guard case .failure(.damaged(.content)) = r else { Issue.record("\(r)"); return }
    }
}
