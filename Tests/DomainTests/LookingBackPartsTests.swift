import Demo
import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import Domain

/// A long history is replayed for looking back in parts, one per core; it is the same network, undo records and
/// all, as the one replay.
@Suite struct LookingBackPartsTests {
    @Test func thePartsPutTogetherAreTheOneReplay() async throws {
        let tally = Tally()
        await propertyCheck(count: 60, input: Gen.int(in: 0...2000).array(of: 1...60)) { numbers in
            let (_, history) = PropertyTests.randomHistory(numbers)
            let a = numbers[0] % (history.count + 1)
            for undone in [NetworkState.undoneSeqs(in: history), NetworkState.undoneSeqs(in: history[..<a])] {
                let one = NetworkState.replayForLookingBack(history[..<a], undone: undone)
                let parts = history[..<a].withUnsafeBufferPointer { NetworkState.replayInParts($0, undone: undone) }
                #expect(parts == one, "\(a) of \(history.count) records")
            }
            tally.tried()
            if history[..<a].contains(where: { if case .undone = $0.event { true } else { false } }) { tally.succeeded() }
        }
        #expect(tally.ok >= 10, "the histories must hold undos before the points replayed")
    }

    /// The demo, long enough to be replayed in parts by `replayForLookingBack` itself, at points a tenth apart.
    @Test func theDemoInPartsIsTheDemoReplayedInOne() throws {
        let records = Recorded.numbered(try DemoNetwork.events(today: Day(year: 2026, month: 11, day: 22)!).map { ($0.at, $0.actor, $0.event) })
        #expect(records.count >= NetworkState.partsFrom)
        let undone = NetworkState.undoneSeqs(in: records)
        for tenth in 1...10 {
            let end = records.count * tenth / 10
            var one = NetworkState()
            for r in records[..<end] { one.applyForLookingBack(r, undone: undone) }
            let same = NetworkState.replayForLookingBack(records[..<end], undone: undone) == one
            #expect(same, "\(tenth) tenths")
        }
    }
}
