import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// A snapshot's undo book stays in its bytes until first used; a state unpacked with it so must answer, undo and
/// go on exactly as the state it was packed from.
@Suite struct UndoBookTests {
    static func roundTrip(_ s: NetworkState) throws -> NetworkState {
        var p = Packer()
        s.pack(&p)
        return try p.bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return try Result { () throws(SnapshotProblem) in try NetworkState(unpacking: &u) }.get()
        }
    }

    static func outcome(_ r: Result<[Event], any Error>) -> String {
        switch r {
        case .success(let events): return "\(events)"
        case .failure(let error): return "refused: \(error)"
        }
    }

    /// Random histories, packed and unpacked halfway: the unpacked state packs to the same bytes before its book is
    /// made, then takes the same commands (undo among them) to the same state, the same stacks and the same undo
    /// choices; a copy made before it wrote keeps the book as it was.
    @Test func anUnpackedStateGoesOnAsTheStateItWasPackedFrom() async throws {
        let tally = Tally()
        await propertyCheck(count: 30, input: Gen.int(in: 0...2000).array(of: 2...70)) { numbers in
            let half = numbers.count / 2
            var f = try! PropertyTests.start()
            for n in numbers[..<half] {
                let (actor, c) = PropertyTests.command(n, f)
                f.actor = actor
                _ = try? f.run(c)
            }
            var g = f
            g.state = try! Self.roundTrip(f.state)
            let before = g.state
            #expect(g.state.undoBook.unmadeSource != nil)
            // Packed again before it is used, the book is its own bytes said again, and the whole unpacks the same.
            var made = Packer(), unmade = Packer()
            made.put(f.state.undoBook); unmade.put(g.state.undoBook)
            let same = made.bytes == unmade.bytes
            #expect(same)
            #expect(try! Self.roundTrip(g.state) == f.state)
            #expect(g.state.undoBook.unmadeSource != nil, "packing again must not make the book")
            for n in numbers[half...] {
                let (actor, c) = PropertyTests.command(n, f)
                f.actor = actor; g.actor = actor
                let a = Result { try f.run(c) }, b = Result { try g.run(c) }
                #expect(Self.outcome(a) == Self.outcome(b), "\(c)")
                if case .success(let events) = a, events.contains(where: { if case .undone = $0 { true } else { false } }) { tally.succeeded() }
                tally.tried()
            }
            #expect(g.state == f.state)
            #expect(g.state.undoStacks == f.state.undoStacks && g.state.touched == f.state.touched)
            for actor in ["ahj", "mfr"] {
                #expect(g.state.undoChoice(for: actor) == f.state.undoChoice(for: actor))
                #expect(g.state.writes(of: actor) == f.state.writes(of: actor))
            }
            // The copy taken before the writes still holds the book as it was unpacked.
            let packedAgain = try! Self.roundTrip(before)
            #expect(before.undoStacks == packedAgain.undoStacks && before.touched == packedAgain.touched)
        }
        print("property: \(tally.all) commands after unpacking, \(tally.ok) of them undone")
        #expect(tally.ok >= 20, "the histories must undo after unpacking")
    }

    /// Bytes that do not unpack (which authenticated bytes never are) give an empty book, not a crash: nothing to
    /// undo, and everything else in the state whole.
    @Test func aBookThatDoesNotUnpackIsEmpty() throws {
        var f = try PropertyTests.start()
        f.actor = "ahj"
        for n in [2, 13, 24, 3] { _ = try? f.run(PropertyTests.command(n, f).command) }
        #expect(!f.state.undoStacks.isEmpty)
        // The book's bytes with a stack's count larger than they can hold, as a snapshot would say them.
        var book = Packer()
        book.put(f.state.undoBook)
        for i in 8..<16 { book.bytes[i] = 0xFF }
        var state = f.state
        state.undoBook = try book.bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            return try Result { () throws(SnapshotProblem) in try u.deferredUndoBook() }.get()
        }
        #expect(state.undoStacks.isEmpty && state.touched == Touches())
        #expect(state.undoChoice(for: "ahj") == nil)
        #expect(state.contacts == f.state.contacts && state.lastSeq == f.state.lastSeq)
    }
}
