import Demo
import Testing
@testable import Domain

/// The history takes each piece's records by moving them (`appendMoving`): the same records as a copy would give,
/// the piece left empty, a copy of the piece held elsewhere untouched, and the list grown geometrically.
@Suite struct MovingRecordsTests {
    /// Records with texts long enough to live apart from the record (a copy would take a reference to each).
    static func records(_ range: Range<Int>) -> [Recorded] {
        range.map { n in
            Recorded(seq: n + 1, at: Timestamp(milliseconds: 1_780_000_000_000 + Int64(n)),
                     actor: "konsulent-\(n % 7)-med-et-langt-navn", event: LineScratchTests.event(n))
        }
    }

    @Test func movedRecordsAreThoseACopyGives() {
        var rng = SplitMix64(seed: 28)
        var moved: [Recorded] = [], copied: [Recorded] = []
        var next = 0
        for round in 0..<120 {
            let n = round % 23 == 0 ? 0 : Int(rng.next() % 300)
            var piece = Self.records(next..<(next + n))
            next += n
            copied.append(contentsOf: piece)
            if round % 5 == 0 { moved.reserveCapacity(moved.count + Int(rng.next() % 100)) }
            moved.appendMoving(&piece)
            #expect(piece.isEmpty)
        }
        #expect(moved.count == next)
        #expect(moved == copied)
        #expect(moved == Self.records(0..<next))
    }

    @Test func aPieceHeldElsewhereIsLeftAsItWas() {
        var history = Self.records(0..<10)
        var piece = Self.records(10..<60)
        let held = piece
        history.appendMoving(&piece)
        #expect(piece.isEmpty)
        #expect(held == Self.records(10..<60))
        #expect(history == Self.records(0..<60))
        // And the other way: the history shared before the move keeps its own records.
        let before = history
        var more = Self.records(60..<70)
        history.appendMoving(&more)
        #expect(before == Self.records(0..<60))
        #expect(history == Self.records(0..<70))
    }

    @Test func theHistoryGrowsGeometrically() {
        var history: [Recorded] = [], grown = 0, capacity = history.capacity
        for n in 0..<4_000 {
            var piece = Self.records(n..<(n + 1))
            history.appendMoving(&piece)
            if history.capacity != capacity { grown += 1; capacity = history.capacity }
        }
        #expect(history.count == 4_000)
        #expect(grown <= 14, "regrown \(grown) times for 4 000 single records")
    }
}
