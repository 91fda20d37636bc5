import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// Undo records are kept small: the events that create what they write keep no values, and undo works out the
/// absence to put back from the keys they wrote. These hold that to the values the event replaced.
@Suite struct UndoRecordTests {
    let p = Fixture.p

    /// At every step of random histories, each record on a stack puts back what was there before its event, as
    /// `restores(for:)` reads it off the state just before the event applies.
    @Test func aRecordPutsBackWhatItsEventReplaced() async throws {
        let tally = Tally()
        await propertyCheck(count: 40, input: Gen.int(in: 0...2000).array(of: 1...50)) { numbers in
            var f = try! PropertyTests.start()
            for n in numbers {
                let (actor, c) = PropertyTests.command(n, f)
                f.actor = actor
                guard let events = try? decide(c, f.state, Context(actor: actor, now: Timestamp(milliseconds: f.now.milliseconds + 1))) else { continue }
                f.now = Timestamp(milliseconds: f.now.milliseconds + 1)
                for e in events {
                    let recorded = Recorded(seq: f.state.lastSeq + 1, at: f.now, actor: actor, event: e)
                    let before = f.state.restores(for: e)
                    f.state.apply(recorded)
                    if case .undone = e { continue }
                    let record = try #require(f.state.undoStacks[actor]?.last)
                    #expect(record.seq == recorded.seq)
                    #expect(record.restores == before, "\(e)")
                    tally.tried(); if record.created { tally.succeeded() }
                }
            }
        }
        print("property: \(tally.all) records checked, \(tally.ok) of them created what they wrote")
        #expect(tally.ok >= 100 && tally.ok < tally.all, "the histories must hold both created and replacing records")
    }

    /// A hand-edited log can record an id twice; the second record then replaces the first, and its undo puts the
    /// first back instead of removing the entity.
    @Test func undoingARecordThatReusedAnIdPutsTheFirstBack() throws {
        var f = try Fixture.standard()
        let at = f.now
        let first = Contact(id: "C0001", programme: p, school: "049001", date: Day(year: 2026, month: 11, day: 2)!, form: .phone, summary: "Først")
        var second = first
        second.summary = "Siden"
        let m1 = Measurement(programme: p, indicator: "dansk", school: "049001", period: .schoolYear(2022), value: Fixed(10))
        var m2 = m1
        m2.value = Fixed(20)
        let seq = f.state.lastSeq
        for (i, e) in [Event.contactRecorded(first), .measurementRecorded(m1), .contactRecorded(second), .measurementRecorded(m2)].enumerated() {
            f.state.apply(Recorded(seq: seq + i + 1, at: Timestamp(milliseconds: at.milliseconds + Int64(i) + 1), actor: "ahj", event: e))
        }
        let stack = try #require(f.state.undoStacks["ahj"])
        #expect(stack.map(\.created) == [true, true, false, false])
        #expect(f.state.contacts["C0001"]?.summary == "Siden")
        f.state.apply(Recorded(seq: seq + 5, at: Timestamp(milliseconds: at.milliseconds + 5), actor: "ahj", event: .undone(seq: seq + 4)))
        f.state.apply(Recorded(seq: seq + 6, at: Timestamp(milliseconds: at.milliseconds + 6), actor: "ahj", event: .undone(seq: seq + 3)))
        #expect(f.state.contacts["C0001"]?.summary == "Først")
        #expect(f.state.measurements[m1.series]?.point(m1.period)?.value == Fixed(10))
        f.state.apply(Recorded(seq: seq + 7, at: Timestamp(milliseconds: at.milliseconds + 7), actor: "ahj", event: .undone(seq: seq + 2)))
        f.state.apply(Recorded(seq: seq + 8, at: Timestamp(milliseconds: at.milliseconds + 8), actor: "ahj", event: .undone(seq: seq + 1)))
        #expect(f.state.contacts["C0001"] == nil && f.state.measurements[m1.series] == nil)
    }

    /// A snapshot's record that says it created what it wrote must have written only what can be created, and keep
    /// no values besides; otherwise the snapshot is damaged, not believed.
    @Test func aSnapshotRecordThatCannotHaveCreatedWhatItWroteIsRefused() throws {
        let at = Timestamp.parse("2026-11-20T10:00:00Z")!
        func unpacked(_ r: UndoRecord) throws(SnapshotProblem) -> UndoRecord {
            var packer = Packer()
            r.pack(&packer)
            let result = packer.bytes.withUnsafeBytes { raw -> Result<UndoRecord, SnapshotProblem> in
                var u = Unpacker(buffer: raw)
                do throws(SnapshotProblem) { return .success(try UndoRecord(unpacking: &u)) } catch { return .failure(error) }
            }
            return try result.get()
        }
        let good = UndoRecord(seq: 7, at: at, replaced: [], created: true,
                              touches: [Touch(key: .contact("C0007"), seq: 0), Touch(key: .enrolment(Enrolment(p, "049001")), seq: 3)], writeCount: 1)
        #expect(try unpacked(good) == good)
        #expect(good.restores == [.contact("C0007", nil)])
        let kept = UndoRecord(seq: 8, at: at, replaced: [.school("049001", nil)], created: false, touches: [Touch(.school("049001"))], writeCount: 1)
        #expect(try unpacked(kept) == kept)
        let forged = [
            UndoRecord(seq: 7, at: at, replaced: [], created: true, touches: [Touch(.school("049001"))], writeCount: 1),
            UndoRecord(seq: 7, at: at, replaced: [.contact("C0007", nil)], created: true, touches: [Touch(.contact("C0007"))], writeCount: 1),
            UndoRecord(seq: 7, at: at, replaced: [], created: false, touches: [Touch(.contact("C0007"))], writeCount: 2),
        ]
        for r in forged {
            #expect(throws: SnapshotProblem.damaged(.content)) { try unpacked(r) }
        }
    }
}
