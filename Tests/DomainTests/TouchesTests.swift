import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// Records that create what they write hold it without an entry in `touched` (Touches.swift). Held to the
/// bookkeeping as it was before, where every record held what it wrote: at every step of random raw histories (hand-
/// edited oddities, undos of any earlier record, writes of many records at one moment, stacks past their depth),
/// every record's `builtOn` and every write's blocker are the same.
@Suite struct TouchesTests {
    static let p = Fixture.p

    @Test func recordsThatCreateWithoutAnEntryAnswerAsWhenTheyHeldOne() async throws {
        let tally = Tally(), deep = Tally()
        await propertyCheck(count: 40, input: Gen.int(in: 0...100_000).array(of: 20...600)) { numbers in
            var (state, reference) = Self.start()
            for (i, n) in numbers.enumerated() {
                let recorded = Self.event(n, step: i, state)
                reference.apply(recorded, before: state)
                state.apply(recorded)
                // Every step while the history is short, then every few (each check asks about every record).
                guard i < 60 || i % 11 == 0 || i == numbers.count - 1 else { continue }
                for actor in ["ahj", "mfr", "kbn"] {
                    #expect(state.undoStacks[actor].map { $0.map(\.seq) } ?? [] == reference.stacks[actor]?.map(\.seq) ?? [])
                    for record in state.undoStacks[actor] ?? [] {
                        let built = state.builtOn(record)
                        #expect(built == reference.builtOn(record.seq, by: actor), "\(actor)'s record \(record.seq) at step \(i)")
                        tally.tried(); if built != nil { tally.succeeded() }
                    }
                    for write in state.writes(of: actor) {
                        #expect(state.blocker(of: write, by: actor) == reference.blocker(of: write, by: actor), "\(actor)'s write \(write)")
                    }
                }
            }
            deep.tried(); if reference.dropped > 0 { deep.succeeded() }
        }
        print("property: \(tally.all) records asked about, \(tally.ok) built on; \(deep.ok) of \(deep.all) histories past a stack's depth")
        #expect(tally.ok >= 200 && tally.ok < tally.all, "the histories must hold both records built on and free ones")
        #expect(deep.ok >= 5, "some histories must drop records past a stack's depth")
    }

    /// Entries no record holds gather (a follow-up that reads a contact leaves one) and are swept past a few
    /// thousand, keeping those whose creator is still in a stack: the answers stay those of the reference, and the
    /// entries left are few.
    @Test func entriesNoOneHoldsAreSweptAndTheAnswersStay() throws {
        var (state, reference) = Self.start()
        var most = 0, last = 0, sweeps = 0, builtOnContacts = 0
        for i in 0..<12_000 {
            // A contact, then a follow-up on it by the other person (its entry outlives both records), now and then
            // an undo of the newest follow-up.
            let n = i / 3, actor = i % 2 == 0 ? "ahj" : "mfr"
            let event: Event
            switch i % 3 {
            case 0: event = .contactRecorded(Contact(id: "C\(n)", programme: Self.p, school: "049001", date: Self.day, form: .phone, summary: "s"))
            case 1: event = .followUpAgreed(FollowUp(id: "F\(n)", contact: "C\(n)", programme: Self.p, school: "049001", what: "w", who: "x", due: Self.day))
            default:
                let newest = state.undoStacks[actor]?.last?.seq
                event = n % 5 == 0 && newest != nil ? .undone(seq: newest!) : .followUpDone(id: "F\(n)", date: Self.day)
            }
            let recorded = Recorded(seq: state.lastSeq + 1, at: Timestamp(milliseconds: Int64(i) * 1000), actor: actor, event: event)
            reference.apply(recorded, before: state)
            state.apply(recorded)
            // Right after each sweep, and at the end, the answers are those of the reference.
            if state.touched.count < last - 1000 || i == 11_999 {
                sweeps += state.touched.count < last - 1000 ? 1 : 0
                for actor in ["ahj", "mfr"] {
                    for record in state.undoStacks[actor] ?? [] {
                        let built = state.builtOn(record)
                        #expect(built == reference.builtOn(record.seq, by: actor), "\(actor)'s record \(record.seq) at step \(i)")
                        if built != nil, case .contact = record.writes.first { builtOnContacts += 1 }
                    }
                    for write in state.writes(of: actor) {
                        #expect(state.blocker(of: write, by: actor) == reference.blocker(of: write, by: actor))
                    }
                }
            }
            last = state.touched.count
            most = max(most, last)
        }
        #expect(sweeps >= 1, "a sweep must have come")
        #expect(builtOnContacts >= 100, "contacts in the stacks must be built on by follow-ups: \(builtOnContacts)")
        #expect(most <= 2 * NetworkState.touchesSweptPast + 400, "entries gathered past the sweep: \(most)")
        // Unpacked from a snapshot, the entries and when the next sweep comes are as they were.
        var packer = Packer()
        state.pack(&packer)
        let back = try packer.bytes.withUnsafeBytes { raw throws(SnapshotProblem) -> NetworkState in
            var u = Unpacker(buffer: raw)
            return try NetworkState(unpacking: &u)
        }
        #expect(back.touched == state.touched)
    }

    /// A snapshot may not say that an entity no record holds keeps an entry unless it can be created.
    @Test func aSnapshotEntryNoOneHoldsOfAnEntityThatCannotBeCreatedIsRefused() throws {
        func unpacked(_ entries: [EntityKey: LastTouch]) -> Result<Touches, SnapshotProblem> {
            var packer = Packer()
            packer.put(entries); packer.int(0)
            return packer.bytes.withUnsafeBytes { raw in
                var u = Unpacker(buffer: raw)
                do throws(SnapshotProblem) { return .success(try Touches(unpacking: &u)) } catch { return .failure(error) }
            }
        }
        #expect((try? unpacked([.contact("C1"): LastTouch(seq: 4, holders: 0)]).get())?.unheld == 1)
        #expect((try? unpacked([.school("049001"): LastTouch(seq: 4, holders: 1)]).get())?.unheld == 0)
        #expect(throws: SnapshotProblem.damaged(.content)) { try unpacked([.school("049001"): LastTouch(seq: 4, holders: 0)]).get() }
        #expect(throws: SnapshotProblem.damaged(.content)) { try unpacked([.contact("C1"): LastTouch(seq: 4, holders: -1)]).get() }
    }

    static let day = Day(year: 2026, month: 11, day: 3)!

    /// The property tests' setup (a programme, two people, two schools, clusters), in the state and the reference.
    static func start() -> (NetworkState, HeldTouches) {
        var state = NetworkState(), reference = HeldTouches()
        for entry in PropertyTests.setupEntries() {
            let recorded = Recorded(seq: state.lastSeq + 1, at: entry.at, actor: entry.actor, event: entry.event)
            reference.apply(recorded, before: state)
            state.apply(recorded)
        }
        return (state, reference)
    }

    /// A raw event over a few ids, as a hand-edited log may hold them: a follow-up done before it is agreed, an id
    /// recorded twice, an undo of any earlier record, several records at one moment.
    static func event(_ n: Int, step: Int, _ state: NetworkState) -> Recorded {
        let actors = ["ahj", "mfr", "kbn"]
        let actor = actors[n % 5 < 3 ? 0 : n % 5 - 2], id = (n / 3) % 6, school = ["049001", "101001"][(n / 18) % 2]
        let m = Measurement(programme: p, indicator: "dansk", school: school, period: .schoolYear(2020 + id % 3), value: Fixed(n % 50))
        let event: Event
        switch (n / 36) % 14 {
        case 0, 1: event = .contactRecorded(Contact(id: "C\(id)", programme: p, school: school, date: day, form: .phone, summary: "s\(n)"))
        case 2, 3: event = .followUpAgreed(FollowUp(id: "F\(id)", contact: n % 4 == 0 ? nil : "C\((id + n) % 6)", programme: p,
                                                    school: school, what: "w", who: "x", due: day))
        case 4: event = .followUpDone(id: "F\(id)", date: day)
        case 5: event = .followUpMoved(id: "F\(id)", due: day.adding(days: 7), reason: "r")
        case 6: event = .evaluationRecorded(Evaluation(id: "V\(id)", programme: p, school: school, indicator: .danskUnder4, hundredths: n % 10_000, date: day))
        case 7, 8: event = .measurementRecorded(m)
        case 9: event = .measurementCorrected(m, reason: "r")
        case 10: event = .schoolUpdated(School(institution: school, name: "Skole \(n % 4)", municipality: 101, kind: .folkeskole))
        case 11: event = .indicatorDefined(IndicatorDefinition(id: "dansk", programme: p, names: [LocalName("da", "Dansk \(n % 3)")]))
        default:
            // Undo a record of the actor's stack, most often its newest, now and then any earlier record at all.
            let stack = state.undoStacks[actor].map(Array.init) ?? []
            let seq = n % 5 == 0 || stack.isEmpty ? 1 + n % max(1, state.lastSeq) : stack[stack.count - 1 - n % min(stack.count, 3)].seq
            event = .undone(seq: seq)
        }
        // One moment in four shared with the record before, as an import's records are.
        let ms = Int64(step) * 1000 - (n % 4 == 0 ? 1000 : 0)
        return Recorded(seq: state.lastSeq + 1, at: Timestamp(milliseconds: 1_800_000_000_000 + ms), actor: actor, event: event)
    }
}

/// The undo bookkeeping before `Touches`: every record holds each entity it wrote in an entry, whether it created
/// it or not, and the entry leaves with its last holder.
struct HeldTouches {
    struct Record { let seq: Int; let at: Timestamp; var touches: [Touch]; let writeCount: Int }
    var stacks: [String: [Record]] = [:]
    var touched: [EntityKey: LastTouch] = [:]
    /// How many records left their stacks past its depth.
    var dropped = 0

    mutating func apply(_ recorded: Recorded, before state: NetworkState) {
        if case .undone(let seq) = recorded.event { undo(seq, by: recorded.actor); return }
        var touches: [Touch] = []
        let writeCount = state.footprint(of: recorded.event, into: &touches)
        for i in 0..<writeCount {
            var t = touched[touches[i].key, default: LastTouch(seq: 0, holders: 0)]
            touches[i].seq = t.seq
            t.seq = recorded.seq; t.holders += 1
            touched[touches[i].key] = t
        }
        var kept = Array(touches[..<writeCount])
        for t in touches[writeCount...] {
            guard let last = touched[t.key] else { continue }
            kept.append(Touch(key: t.key, seq: last.seq))
            touched[t.key]!.seq = recorded.seq
        }
        var stack = stacks[recorded.actor, default: []]
        stack.append(Record(seq: recorded.seq, at: recorded.at, touches: kept, writeCount: writeCount))
        while stack.count > NetworkState.undoDepth, let oldest = stack.first?.at, oldest != recorded.at {
            while stack.first?.at == oldest { release(stack.removeFirst()); dropped += 1 }
        }
        stacks[recorded.actor] = stack
    }

    mutating func release(_ record: Record) {
        for t in record.touches[..<record.writeCount] {
            touched[t.key]?.holders -= 1
            if touched[t.key]?.holders ?? 1 <= 0 { touched[t.key] = nil }
        }
    }

    mutating func undo(_ seq: Int, by actor: String) {
        guard let i = stacks[actor]?.lastIndex(where: { $0.seq == seq }) else { return }
        let record = stacks[actor]!.remove(at: i)
        for t in record.touches where touched[t.key]?.seq == seq { touched[t.key]!.seq = t.seq }
        release(record)
    }

    func builtOn(_ seq: Int, by actor: String) -> Int? {
        guard let record = stacks[actor]?.last(where: { $0.seq == seq }) else { return nil }
        return record.touches[..<record.writeCount].compactMap { t in touched[t.key].flatMap { $0.seq > seq ? $0.seq : nil } }.min()
    }

    /// As `NetworkState.blocker(of:by:)` asks it: the write's records undone newest first, each handing back.
    func blocker(of write: [Int], by actor: String) -> Int? {
        var handedBack: [EntityKey: Int] = [:]
        for seq in write.reversed() {
            guard let record = stacks[actor]?.last(where: { $0.seq == seq }) else { return nil }
            let later = record.touches[..<record.writeCount].compactMap { t -> Int? in
                guard let now = handedBack[t.key] ?? touched[t.key]?.seq else { return nil }
                return now > seq ? now : nil
            }.min()
            if let later { return later }
            for t in record.touches where (handedBack[t.key] ?? touched[t.key]?.seq) == seq { handedBack[t.key] = t.seq }
        }
        return nil
    }
}
