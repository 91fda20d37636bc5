import Foundation
import Synchronization
import Testing
import TestSupport
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
        let dir = Scratch.directory("loop")
        let path = dir + "/tavle.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: fixedToday), created: clock.now())
        return path
    }

    func run(_ path: String, user: String = "mfr", width: Int = 80, height: Int = 24, _ script: [TestBackend.Step]) throws -> TestBackend {
        let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
        var model = Model(state: network.state, events: network.historyLoaded ? network.events : [], now: clock.now(), width: 80,
                          height: 24, user: user, logPath: path)
        let backend = TestBackend(width: width, height: height, script: script)
        Dashboard.run(network: network, model: &model, clock: clock, backend: backend)
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

    /// A demo log with a snapshot of it and `more` contacts after it, so that opening it from the snapshot leaves the
    /// history to read.
    func demoLogWithSnapshot(more: Int = 2) throws -> (path: String, events: [Recorded]) {
        let path = try demoLog()
        let log = try EventLog.open(path: path, create: false)
        try log.writeSnapshot(now: clock.now())
        let school = log.state.caseload.first { $0.key.programme == "elevloeft" }!
        for i in 0..<more {
            try log.append(.recordContact(Contact(programme: "elevloeft", school: school.key.school, date: fixedToday, form: .phone,
                                                  summary: "Efter snapshottet \(i)")), actor: school.value, now: clock.now())
        }
        return (path, log.events)
    }

    @Test func keysAreAnsweredWhileTheHistoryBehindASnapshotIsReadAndWritesWaitForIt() throws {
        let (path, events) = try demoLogWithSnapshot()
        let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
        #expect(network.snapshot != nil && !network.historyLoaded)
        // A consultant whose undo names a record behind the snapshot, so that undo, too, waits for the history. (Taken
        // as the first of the caseload, the consultant was at times, by the dictionary's order, the one who wrote the
        // contacts after the snapshot, whose undo need not wait: the test failed one run in five.)
        let since = try #require(network.events.first?.seq)
        let user = try #require(network.state.people.keys.sorted().first { p in
            guard network.state.caseload.contains(where: { $0.key.programme == "elevloeft" && $0.value == p }),
                  let last = network.state.undoChoice(for: p)?.seqs.last else { return false }
            return last < since
        })
        var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: user, logPath: path)
        // The reader waits until the script lets it go: every key before that is answered without the history.
        // It also notes how many contacts the log held while it read: the one typed meanwhile must wait for it.
        let gate = DispatchSemaphore(value: 0)
        let seen = Mutex(-1)
        let mailbox = HistoryMailbox { job throws(LogError) in
            gate.wait()
            seen.withLock { $0 = (try? EventLog.open(path: path, create: false).state.contacts.count) ?? -2 }
            return try job.read()
        }
        let contactsBefore = network.state.contacts.count
        // The snapshot's audit, begun at once, reads the store first; Historik then asks for the history.
        // A day back asked after the contact is not done when the history comes: the write waiting goes first.
        let check = SnapshotCheck()
        let script: [TestBackend.Step] = [.outside { check.wait() }]
            + TestBackend.keys([.char("7"), .char(","), .char("u"), .char("2"), .enter, .escape])
            + TestBackend.keys([.char("6"), .char("K"), .tab, .tab, .tab]) + TestBackend.typing("Skrevet mens historikken læses")
            + TestBackend.keys([.enter, .char("j"), .char(",")]) + [.outside { gate.signal(); mailbox.wait() }, .input(.key(.char("7"))),
                                                                   .input(.key(.char(",")))]
        let backend = TestBackend(width: 120, height: 30, script: script)
        Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: mailbox, check: check)
        let f = backend.frames.map(\.text)
        #expect(network.snapshotAudited && network.snapshot != nil)
        // Historik shows the records after the snapshot and says the rest are being read, with no count; time travel
        // and undo say they wait for them (and are dropped, as another key comes before the history).
        // (Two records in the list, the selected one again in full in the pane below it.)
        #expect(f[1].contains("┌ Historik · Historikken læses …") && f[1].components(separatedBy: "Kontakt med skolen").count == 4)
        #expect(f[2].contains("Historikken læses stadig") && !f[2].contains("⏪"))
        #expect(f[3].contains("Historikken læses stadig"))
        // A school's page says, where its history goes, that it is being read; in English too.
        var reading = model
        update(&reading, .historyReading(true))
        let school = network.state.caseload.first { $0.value == user }!.key.school
        #expect(SchoolPage.lines(reading, school, width: 100).last?.segments.map(\.0).joined() == "  Historikken læses …")
        reading.text = Catalogue(.en)
        #expect(SchoolPage.lines(reading, school, width: 100).last?.segments.map(\.0).joined() == "  Reading the history …")
        // An open page shows the school's history once it is read, also when the records came before the word that
        // the reading is done.
        reading.page = SchoolPageState(school)
        reading.refreshPage()
        update(&reading, .stateChanged(network.state, events))
        update(&reading, .historyReading(false))
        let last = reading.page?.cache?.lines.last?.segments.map(\.0).joined() ?? ""
        #expect(!last.isEmpty && !last.contains("Reading the history"))
        // The contact typed meanwhile waited for the reading, saying so, and was then written; then the whole history shows.
        #expect(f.contains { $0.contains("Gemmer, så snart historikken er læst …") })
        let after = try EventLog.open(path: path, create: false)
        #expect(seen.withLock { $0 } == contactsBefore)
        #expect(after.state.contacts.count == contactsBefore + 1)
        #expect(after.state.contacts.values.last?.summary == "Skrevet mens historikken læses")
        #expect(f[f.count - 2].contains("┌ Historik (\(Catalogue(.da).grouped(events.count + 1)))") && !f[f.count - 2].contains("⏪"))
        #expect(f[f.count - 1].contains("⏪"))
    }

    @Test func theSnapshotIsAuditedAtOnceWithoutKeepingTheHistory() throws {
        for forged in [false, true] {
            let (path, events) = try demoLogWithSnapshot()
            if forged {
                // A snapshot whose state was changed and its checksums written again: it reads as valid.
                let info = try #require(try EventLog.open(path: path, create: false, useSnapshot: true).snapshot)
                var state = NetworkState.replay(events.prefix { $0.seq <= info.seq })
                let school = try #require(state.schools.keys.first)
                state.schools[school]?.name = "Forfalsket Skole"
                try FileSnapshotStore(forLog: path).save(state, info: info)
            }
            let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
            #expect(network.snapshot != nil && !network.historyLoaded)
            let user = network.state.caseload.first { $0.key.programme == "elevloeft" }!.value
            var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: user, logPath: path)
            let opened = model.state
            let history = HistoryMailbox(), check = SnapshotCheck()
            let script: [TestBackend.Step] = [.outside { check.wait() }, .idle, .input(.key(.char("2")))]
            let backend = TestBackend(width: 120, height: 30, script: script)
            Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: history, check: check)
            // Audited, and nobody asked for the history: it was not read, and the model holds only the records since.
            #expect(network.snapshotAudited && !network.historyLoaded && model.link.historyReading && !model.link.historyWanted)
            #expect(model.events.count == network.events.count && network.events.count < events.count)
            let last = backend.lastFrame!.text
            if forged {
                // The log's own fold, with the records after the snapshot, is shown, and the dashboard says why.
                #expect(opened.schools.values.contains { $0.name == "Forfalsket Skole" })
                #expect(model.state == NetworkState.replay(events) && model.state == network.state)
                #expect(!model.state.schools.values.contains { $0.name == "Forfalsket Skole" })
                // The forged snapshot is gone (a new one of the log's own state may stand in its place).
                let again = try EventLog.open(path: path, create: false, useSnapshot: true)
                #expect(!again.state.schools.values.contains { $0.name == "Forfalsket Skole" })
                #expect(backend.frames.contains { $0.text.contains("tilstanden stemte ikke med loggens egne hændelser") })
            } else {
                // The snapshot's state stays, as it was.
                #expect(model.state == opened && network.state == opened && model.state == NetworkState.replay(events))
                #expect(network.snapshot != nil && network.snapshotProblem == nil && !backend.frames.contains { $0.text.contains("stemte ikke") })
                #expect(last.contains("┌ Skoler"))
            }
        }
    }

    @Test func historikOrASchoolsPageAsksForTheHistoryOnce() throws {
        for keys: [Key] in [[.char("7")], [.char("2"), .enter]] {
            let (path, events) = try demoLogWithSnapshot()
            let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
            var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: "mfr", logPath: path)
            let history = HistoryMailbox(), check = SnapshotCheck()
            let script: [TestBackend.Step] = [.outside { check.wait() }] + TestBackend.keys(keys) + [.outside { history.wait() }, .idle]
            let backend = TestBackend(width: 120, height: 30, script: script)
            Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: history, check: check)
            #expect(network.historyLoaded && model.events == events && !model.link.historyReading && !model.link.historyWanted, "\(keys)")
            #expect(!backend.lastFrame!.text.contains("læses"), "\(keys)")
        }
    }

    @Test func historikAskedWhileTheAuditReadsTheStoreHasTheAuditGiveWay() throws {
        let (path, events) = try demoLogWithSnapshot()
        let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
        var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: "mfr", logPath: path)
        // An audit reading the store that takes as long as it is let (up to ten seconds): it must be asked to stop.
        let stopped = Mutex(false), audits = Mutex<[Bool]>([])
        let check = SnapshotCheck { audit, stop in
            audits.withLock { $0.append(audit.readsStore) }
            guard audit.readsStore else { return audit.run(stop: stop) }
            let until = Date().addingTimeInterval(10)
            while Date() < until { if stop() { stopped.withLock { $0 = true }; return nil }; usleep(1000) }
            return nil
        }
        let history = HistoryMailbox()
        let script: [TestBackend.Step] = [.input(.key(.char("7"))), .outside { check.wait() }, .idle, .outside { history.wait() },
                                          .outside { check.wait() }, .idle]
        let backend = TestBackend(width: 120, height: 30, script: script)
        Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: history, check: check)
        // The audit gave way, the history was read, and the audit was done on its records.
        #expect(stopped.withLock { $0 } && audits.withLock { $0 } == [true, false])
        #expect(network.historyLoaded && network.snapshotAudited && model.events == events)
        #expect(backend.lastFrame!.text.contains("┌ Historik (\(Catalogue(.da).grouped(events.count)))"))
    }

    @Test func undoAndTimeTravelAskedWhileTheHistoryIsReadHappenWhenItComes() throws {
        // Time travel waits for the history; so does undo when it names a record behind the snapshot, but not when
        // it names only the person's writes since (the consultant's contacts written after the snapshot).
        for (key, consultant, waits) in [(Character(","), true, true), (Character("u"), false, true), (Character("u"), true, false)] {
            let (path, _) = try demoLogWithSnapshot()
            let network = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: true)
            let since = try #require(network.events.first?.seq)
            let user = consultant ? try #require(network.events.last?.actor)
                : try #require(network.state.people.keys.sorted().first { p in
                    guard let c = network.state.undoChoice(for: p), let last = c.seqs.last else { return false }
                    return last < since
                })
            var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: user, logPath: path)
            let gate = DispatchSemaphore(value: 0)
            let mailbox = HistoryMailbox { job throws(LogError) in gate.wait(); return try job.read() }
            let check = SnapshotCheck()
            let backend = TestBackend(width: 120, height: 30, script: [.outside { check.wait() }, .input(.key(.char(key))),
                                                                       .outside { gate.signal(); mailbox.wait() }, .idle])
            Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: mailbox, check: check)
            let f = backend.frames.map(\.text)
            let shown = key == "," ? "⏪" : "Fortryd «"
            if waits {
                #expect(f[1].contains("Historikken læses stadig; det sker, så snart den er læst.") && !f[1].contains(shown))
                #expect(backend.lastFrame!.text.contains(shown) && !backend.lastFrame!.text.contains("læses"), "\(key)")
                #expect(network.historyLoaded)
            } else {
                #expect(f[1].contains(shown) && f[1].contains("Efter snapshottet 1") && !f[1].contains("læses"))
                #expect(!network.historyLoaded)
            }
        }
    }

    @Test func aLargeHistorysFilterIsSearchedAsideWhileKeysAreAnswered() throws {
        let path = try demoLog()
        let network = try EventLog.open(path: path, create: false)
        var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: "mfr", logPath: path)
        // The demo's history counts as large here, so its index is built on another thread.
        model.history.inlineLimit = 10
        let searches = SearchMailbox()
        let script: [TestBackend.Step] = TestBackend.keys([.char("7"), .char("/"), .char("k")])
            + [.outside { searches.wait() }, .input(.key(.enter)), .input(.key(.char("j")))]
        let backend = TestBackend(width: 120, height: 30, script: script)
        Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: HistoryMailbox(), searches: searches)
        var expected = HistoryState()
        expected.filter = "k"
        expected.rebuild(network.events, state: network.state, text: Catalogue(.da))
        let f = backend.frames.map(\.text)
        // The letter is answered at once: the list says it is searching, with no count.
        #expect(f[3].contains("│ Søger i historikken …") && !f[3].contains("Historik (") && f[3].contains("Søger i historikken … · Enter"))
        // The index comes on the next turn, and the list is the one an index built at once gives.
        #expect(f[4].contains("┌ Historik (\(Catalogue(.da).grouped(expected.visible.count))) · /k") && expected.visible.count < network.events.count)
        #expect(backend.lastFrame!.text.contains("┌ Historik (\(Catalogue(.da).grouped(expected.visible.count))) · /k"))
    }

    @Test func aResizeRedrawsEverythingAndTooSmallIsSaid() throws {
        let b = try run(try demoLog(), [.resize(width: 100, height: 30), .resize(width: 30, height: 8)])
        #expect(b.frames.map(\.width) == [80, 100, 30])
        #expect(b.changedCells[1] == 100 * 30)
        #expect(b.frames[2].text.contains("30×8"))
    }
}
