import Foundation
import Testing
import Demo
import FileStore
@testable import Domain
@testable import TUI
@testable import Wording

/// The whole dashboard loop in one process, on a real log file: a script of keys and outside events goes in
/// through a `TestBackend`, every drawn frame comes out.
@Suite struct LoopTests {
    /// Noon on the fixed day; the loop's clock stands still there.
    let clock = Clock.fixed(Copenhagen.timestamp(fixedToday, minutes: 12 * 60))

    func demoLog() throws -> String {
        let dir = NSTemporaryDirectory() + "tavle-loop-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/tavle.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: fixedToday), created: clock.now())
        return path
    }

    func run(_ path: String, user: String = "mfr", width: Int = 80, height: Int = 24, _ script: [TestBackend.Step]) throws -> TestBackend {
        let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
        let model = Model(state: network.state, events: network.historyLoaded ? network.events : [], now: clock.now(), width: 80,
                          height: 24, user: user, logPath: path)
        let backend = TestBackend(width: width, height: height, script: script)
        Dashboard.run(network: network, model: model, clock: clock, backend: backend)
        return backend
    }

    @Test func startsDrawsFollowsKeysAndQuits() throws {
        let b = try run(try demoLog(), TestBackend.keys([.char("2"), .char("j"), .char("q"), .char("2")]))
        #expect(b.ended)
        // q ends the loop: the last key is never read, so the frames are the start, 2 and j.
        #expect(b.frames.count == 3)
        #expect(b.frames[0].text.contains("Overblik"))
        #expect(b.frames[1].text.contains("┌ Skoler 120 af 120") && b.frames[1].text.contains("┌ Bakkedalskolen"))
        // j moves to the next school: its details replace the first's, and only the cells that changed are sent.
        #expect(b.frames[2].text.contains("┌ Bakkegårdskolen"))
        #expect(b.changedCells[2] > 0 && b.changedCells[2] < 80 * 24 / 2)
    }

    @Test func theScriptRunningOutEndsTheLoopLikeAClosedTerminal() throws {
        let b = try run(try demoLog(), [.idle, .idle])
        #expect(b.ended && b.frames.count == 1)
    }

    @Test func anotherWritersAppendShowsUpOnTheNextIdleTurn() throws {
        let path = try demoLog()
        let before = try EventLog.open(path: path, create: false).state.lastSeq
        let other = { () in
            let w = try! EventLog.open(path: path, create: false)
            try! w.append(.renameCluster(id: "EL-K01", name: "Nordjyske skoler"), actor: "mfr", now: clock.now())
        }
        let b = try run(path, [.input(.key(.char("3"))), .outside(other), .idle])
        #expect(!b.frames[1].text.contains("Nordjyske skoler"))
        #expect(b.lastFrame!.text.contains("Nordjyske skoler"))
        #expect(try EventLog.open(path: path, create: false).state.lastSeq == before + 1)
    }

    @Test func aContactTypedInTheDashboardLandsInTheLog() throws {
        let path = try demoLog()
        let before = try EventLog.open(path: path, create: false).state
        let user = before.caseload.first { $0.key.programme == "elevloeft" }!.value
        let script = TestBackend.keys([.char("6"), .char("K"), .tab, .tab, .tab]) + TestBackend.typing("Opfølgning på læseplan")
            + TestBackend.keys([.enter, .char("j")]) + [.idle]
        let b = try run(path, user: user, script)
        let after = try EventLog.open(path: path, create: false).state
        #expect(after.contacts.count == before.contacts.count + 1)
        let contact = after.contacts.values.last!
        #expect(contact.summary == "Opfølgning på læseplan" && contact.by == user && contact.date == fixedToday)
        #expect(b.lastFrame!.text.contains("Gemt"))
    }

    @Test func aResizeRedrawsEverythingAndTooSmallIsSaid() throws {
        let b = try run(try demoLog(), [.resize(width: 100, height: 30), .resize(width: 30, height: 8)])
        #expect(b.frames.map(\.width) == [80, 100, 30])
        #expect(b.changedCells[1] == 100 * 30)
        #expect(b.frames[2].text.contains("30×8"))
    }
}
