import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// Time travel a little way back rewinds the present instead of replaying the whole log.
@Suite struct RewindTests {
    /// At random points of random histories (undos among them), the present rewound to the point shows every table
    /// the replay up to it shows, or declines: when an undo lies after the point, or a record since has left its
    /// writer's stack.
    @Test func theRewoundPresentIsTheReplaysNetworkOrNothing() async throws {
        let tally = Tally(), declined = Tally()
        await propertyCheck(count: 100, input: Gen.int(in: 0...2000).array(of: 1...60)) { numbers in
            let (f, history) = PropertyTests.randomHistory(numbers)
            #expect(f.state.lastSeq == history.last?.seq)
            // Points near the end (where rewinding is meant for) and anywhere.
            for a in Set([history.count - numbers[0] % min(12, history.count + 1), numbers[0] % (history.count + 1)]) {
                let at = a > 0 ? history[a - 1].at : nil
                let rewound = f.state.rewound(to: a, at: at, undoing: history[a...])
                // It declines exactly when it must: an undo since, or a record since that its writer's stack no longer
                // holds (the quick refusals up front must never turn down a rewind the walk would make).
                let possible = history[a...].allSatisfy { r in
                    if case .undone = r.event { return false }
                    return f.state.undoStacks[r.actor]?.contains { $0.seq == r.seq } ?? false
                }
                #expect((rewound != nil) == possible, "rewinding \(history.count - a) records to \(a)")
                // The records a history undoes, read in place or one by one.
                let undone = Set(history.compactMap { if case .undone(let s) = $0.event { s } else { nil } })
                #expect(NetworkState.undoneSeqs(in: history) == undone && NetworkState.undoneSeqs(in: history[a...]) == NetworkState.undoneSeqs(in: AnySequence(history[a...])))
                tally.tried()
                guard let rewound else { declined.tried(); continue }
                tally.succeeded()
                let replayed = NetworkState.replay(history[..<a])
                #expect(rewound.content == replayed.content, "rewinding \(history.count - a) records to \(a)")
                #expect(rewound.lastSeq == replayed.lastSeq && rewound.lastAt == replayed.lastAt)
                if history[a...].contains(where: { if case .undone = $0.event { true } else { false } }) {
                    Issue.record("rewound across an undo at \(a)")
                }
            }
        }
        print("property: \(tally.ok) of \(tally.all) points rewound, \(declined.all) declined")
        #expect(tally.ok >= 30, "too few points were rewound: \(tally.ok) of \(tally.all)")
        #expect(declined.all >= 10, "no point was declined: the undo and the stack's depth were never met")
    }

    /// Nothing later: the state itself, as it is.
    @Test func rewindingToTheLastRecordIsTheStateItself() throws {
        let f = try Fixture.standard()
        #expect(f.state.rewound(to: f.state.lastSeq, at: f.state.lastAt, undoing: [Recorded]()) == f.state)
        #expect(f.state.rewound(to: f.state.lastSeq - 1, at: nil, undoing: [Recorded]()) == nil)
    }

    /// A person's stack keeps their last writes only (`undoDepth`): past the oldest it holds, the present cannot be
    /// rewound and the dashboard replays instead; within it, it can.
    @Test func aRecordGoneFromItsStackEndsTheRewind() throws {
        var f = try PropertyTests.start()
        var history = PropertyTests.setupEntries().enumerated().map { Recorded(seq: $0.offset + 1, at: $0.element.at, actor: $0.element.actor, event: $0.element.event) }
        f.actor = "ahj"
        var starts: [Int] = []
        for n in 0..<120 {
            let (_, c) = PropertyTests.command(11 * n + 2, f)
            starts.append(history.count)
            for e in try f.run(c) { history.append(Recorded(seq: history.count + 1, at: f.now, actor: "ahj", event: e)) }
        }
        let held = f.state.undoStacks["ahj"]?.count ?? 0
        #expect(held <= NetworkState.undoDepth && held < history.count - starts[0])
        let recent = starts[starts.count - 10], old = starts[10]
        let rewound = try #require(f.state.rewound(to: recent, at: history[recent - 1].at, undoing: history[recent...]))
        #expect(rewound.content == NetworkState.replay(history[..<recent]).content)
        #expect(f.state.rewound(to: old, at: history[old - 1].at, undoing: history[old...]) == nil)
    }
}

/// Finding a record by its sequence number in a history, or in a part of one.
@Suite struct HistoryLookupTests {
    @Test func aRecordIsFoundByItsNumberAndWhereTheRecordsAfterItBegin() {
        let at = Timestamp(milliseconds: 0)
        let history = [1, 2, 3, 5, 8, 13].map { Recorded(seq: $0, at: at, actor: "mfr", event: .undone(seq: 0)) }
        #expect(history.end(of: 0) == 0 && history.end(of: 3) == 3 && history.end(of: 4) == 3 && history.end(of: 13) == 6)
        #expect(history.record(seq: 5)?.seq == 5 && history.record(seq: 4) == nil && history.record(seq: 14) == nil)
        let part = history[2..<5]
        #expect(part.end(of: 1) == 2 && part.end(of: 5) == 4 && part.end(of: 99) == 5)
        #expect(part.record(seq: 8)?.seq == 8 && part.record(seq: 1) == nil && part.record(seq: 13) == nil)
    }
}
