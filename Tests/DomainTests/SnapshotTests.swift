import Foundation
import Testing
import Demo
@testable import Domain
@testable import FileStore

/// Snapshots are a cache: used when they belong to the log, set aside (with a notice) when not, never trusted over it.
@Suite struct SnapshotTests {
    static let today = Day(year: 2026, month: 11, day: 22)!

    /// The demo network in a fresh log, with a snapshot of it, then `more` evaluations appended after the snapshot.
    func logWithSnapshot(more: Int = 3) throws -> (path: String, full: NetworkState, events: [Recorded]) {
        let path = tempDirectory() + "/s.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: Self.today))
        let log = try EventLog.open(path: path, create: false)
        let info = try log.writeSnapshot()
        #expect(info.seq == log.state.lastSeq)
        let school = log.state.scorecardSchools(log.state.defaultProgramme!).first!
        for i in 0..<more {
            try log.append(.recordEvaluation(Evaluation(programme: log.state.defaultProgramme!, school: school,
                                                        indicator: .danskUnder4, hundredths: 100 + i, date: Self.today)), actor: "mfr")
        }
        return (path, log.state, log.events)
    }

    @Test func aSnapshotStandsInForTheRecordsItCoversAndOnlyNewerOnesAreRead() throws {
        let (path, full, events) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.snapshotProblem == nil && log.snapshot?.seq == events.count - 3)
        #expect(log.state == full)
        #expect(log.events.map(\.seq) == Array((events.count - 2)...events.count))
        #expect(!log.historyLoaded)
        #expect(try log.history() == events)
        #expect(log.historyLoaded && log.events == events)
        // Appends carry on from the snapshot's position and chain.
        try log.append(.recordEvaluation(Evaluation(programme: full.defaultProgramme!, school: full.scorecardSchools(full.defaultProgramme!).first!,
                                                    indicator: .danskUnder4, hundredths: 7, date: Self.today)), actor: "mfr")
        let again = try EventLog.open(path: path, create: false)
        #expect(again.state == log.state)
    }

    @Test func theLogsOwnFoldTakesTheSnapshotsPlaceAndIsStoredOnce() throws {
        let (path, full, _) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        // Before the history is read the audit reads the store itself (SnapshotAuditTests); once it is, it folds it.
        #expect(log.snapshotAudit()?.readsStore == true)
        let history = try log.history()
        let audit = try #require(log.snapshotAudit())
        #expect(!audit.readsStore)
        // A write after the audit was made is carried onto its fold.
        let p = try #require(full.defaultProgramme)
        try log.append(.recordEvaluation(Evaluation(programme: p, school: full.scorecardSchools(p).first!, indicator: .danskUnder4,
                                                    hundredths: 9, date: Self.today)), actor: "mfr")
        let outcome = try #require(audit.run())
        #expect(outcome.agrees)
        // A contact's summary: the snapshot's state holds a copy of the record's; the log's own fold holds the record's.
        func storage(_ s: String) -> UnsafeRawPointer? { s.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil }
        let contacts = history.compactMap { r -> Contact? in if case .contactRecorded(let c) = r.event { c } else { nil } }
        let contact = try #require(contacts.last { $0.summary.utf8.count > 15 && full.contacts[$0.id] == $0 })
        let before = log.state
        #expect(storage(log.state.contacts[contact.id]!.summary) != storage(contact.summary))
        // Another log's outcome is not taken.
        let other = try EventLog.open(path: path, create: false, useSnapshot: true)
        _ = try other.history()
        #expect(other.adopt(outcome) == .stale)
        #expect(log.adopt(outcome) == .shared)
        #expect(log.state == before && log.state == NetworkState.replay(log.events))
        #expect(storage(log.state.contacts[contact.id]!.summary) == storage(contact.summary))
        #expect(log.snapshot != nil && log.snapshotProblem == nil && log.snapshotAudited && log.snapshotAudit() == nil)
        // Once the log is opened again no snapshot stands, and nothing is taken.
        try log.reopen()
        #expect(log.adopt(outcome) == .stale)
    }

    @Test func theHistoryBehindASnapshotIsReadByAJobAndTakenOnce() throws {
        let (path, _, events) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        let job = try #require(log.historyJob())
        // Read on another thread, as the dashboard does; the log is untouched until the records are taken.
        let read = try DispatchQueue.global().sync { () throws(LogError) -> [Recorded] in try job.read() }
        #expect(read == Array(events.prefix(events.count - 3)))
        #expect(!log.historyLoaded && log.events.count == 3)
        #expect(log.adoptHistory(read, of: job))
        #expect(log.historyLoaded && log.events == events && log.historyJob() == nil)
        // Taken once: the same job again, or one made before the log was opened again, is not taken.
        #expect(!log.adoptHistory(read, of: job))
        let again = try EventLog.open(path: path, create: false, useSnapshot: true)
        let old = try #require(again.historyJob())
        try again.reopen()
        #expect(again.historyJob() == nil && again.historyLoaded)
        #expect(!again.adoptHistory(try old.read(), of: old))
        #expect(again.events == events)
        // A log read whole has nothing to read.
        #expect(try EventLog.open(path: path, create: false).historyJob() == nil)
    }

    @Test func withoutKeptHistoryRecordsAreFoldedAndReadAgainOnlyWhenAsked() throws {
        let (path, full, events) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, keepHistory: false)
        #expect(log.state == full && log.events.isEmpty && !log.historyLoaded && log.recordCount == events.count)
        #expect(try log.history() == events)
        let more = try log.append(.recordEvaluation(Evaluation(programme: full.defaultProgramme!, school: full.scorecardSchools(full.defaultProgramme!).first!,
                                                               indicator: .danskUnder4, hundredths: 9, date: Self.today)), actor: "mfr")
        #expect(log.events.isEmpty)
        #expect(try log.history() == events + more)
        let fromSnapshot = try EventLog.open(path: path, create: false, useSnapshot: true, keepHistory: false)
        #expect(fromSnapshot.state == log.state)
        #expect(try fromSnapshot.history() == events + more)
    }

    @Test func aSnapshotEndingOnAVeryLongRecordIsStillRecognised() throws {
        let (path, _, _) = try logWithSnapshot(more: 0)
        let log = try EventLog.open(path: path, create: false)
        let school = log.state.caseload.first { $0.value == "ahj" }!.key
        try log.append(.recordContact(Contact(programme: school.programme, school: school.school, date: Self.today.adding(days: -1),
                                              form: .phone, summary: String(repeating: "lang opsummering ", count: 10_000))), actor: "ahj")
        try log.writeSnapshot()
        let reopened = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(reopened.snapshotProblem == nil && reopened.snapshot?.seq == log.state.lastSeq && reopened.state == log.state)
    }

    @Test func deletingTheSnapshotIsAlwaysSafe() throws {
        let (path, full, _) = try logWithSnapshot()
        #expect(unlink(path + ".snapshot") == 0)
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.state == full && log.snapshot == nil && log.snapshotProblem == nil && log.historyLoaded)
    }

    /// Opens with the snapshot, expecting it set aside for `problem`, the full state read instead, and a new one due.
    func expectSetAside(_ path: String, _ problem: SnapshotProblem, full: NetworkState) throws {
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.snapshotProblem == problem)
        #expect(log.notices.contains(.snapshotIgnored(problem)))
        #expect(log.state == full)
        #expect(log.snapshotDue)
        try log.writeSnapshot()
        let rebuilt = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(rebuilt.snapshotProblem == nil && rebuilt.snapshot != nil && rebuilt.state == full)
    }

    @Test func aDamagedSnapshotIsSetAsideAndRebuilt() throws {
        let (path, full, _) = try logWithSnapshot()
        var bytes = [UInt8](FileManager.default.contents(atPath: path + ".snapshot")!)
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: path + ".snapshot"))
        try expectSetAside(path, .damaged(.checksum), full: full)
    }

    @Test func aTruncatedStateWithAMatchingChecksumIsStillRefusedNotTrusted() throws {
        let (path, full, _) = try logWithSnapshot()
        let file = path + ".snapshot"
        let bytes = try inner(file)
        let nl = bytes.firstIndex(of: 10)!
        let payload = Array(bytes[(nl + 1)...].dropLast(1000))
        let crc = SnapshotFormat.hex(CRC32C.checksum(payload))
        try writeSealed(file, Array(bytes[...nl] + payload))
        try rewriteHeader(file) { header in
            var h = header.replacingOccurrences(of: #""bytes":\d+"#, with: "\"bytes\":\(payload.count)", options: .regularExpression)
            h = h.replacingOccurrences(of: #""payloadCRC":"[0-9a-f]{8}""#, with: "\"payloadCRC\":\"\(crc)\"", options: .regularExpression)
            return h
        }
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        // The checksums pass, so it is the unpacking that runs out of bytes.
        #expect(log.snapshotProblem == .damaged(.content))
        #expect(log.state == full)
    }

    @Test func aSnapshotFromAnotherVersionIsSetAside() throws {
        let (path, full, _) = try logWithSnapshot()
        let older = SnapshotFormat.version - 1
        try rewriteHeader(path + ".snapshot") { $0.replacingOccurrences(of: "\"version\":\(SnapshotFormat.version),", with: "\"version\":\(older),") }
        try expectSetAside(path, .otherVersion(older), full: full)
    }

    @Test func aSnapshotFromAnotherLogIsSetAside() throws {
        let (path, _, _) = try logWithSnapshot()
        let other = tempDirectory() + "/other.log"
        try EventLog.create(path: other, events: try DemoNetwork.events(today: Self.today))
        try FileManager.default.copyItem(atPath: path + ".snapshot", toPath: other + ".snapshot")
        try expectSetAside(other, .otherLog, full: try EventLog.open(path: other, create: false).state)
    }

    @Test func aSnapshotAheadOfItsLogIsStale() throws {
        let (path, _, _) = try logWithSnapshot(more: 0)
        // The log loses its last lines (restored from an older backup, say): the snapshot covers records that are gone.
        let lines = readLines(path)
        writeLines(Array(lines.prefix(lines.count - 6)) + [""], to: path)
        try expectSetAside(path, .stale, full: try EventLog.open(path: path, create: false).state)
    }

    @Test func aLastRecordRewrittenUnderTheSnapshotMakesItStale() throws {
        let (path, _, _) = try logWithSnapshot(more: 0)
        var lines = readLines(path)
        let last = lines.count - 2
        lines[last] = lines[last].replacingOccurrences(of: "\"v\":1,", with: "\"v\":1 ,")
        writeLines(lines, to: path)
        // The snapshot no longer lines up with the log, so the log is read in full, and its damage reported.
        #expect(throws: LogError.self) { try EventLog.open(path: path, create: false, useSnapshot: true) }
    }

    @Test func damageBehindAGoodSnapshotIsFoundWhenTheHistoryIsRead() throws {
        let (path, _, _) = try logWithSnapshot()
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let lines = readLines(path)
        let at = lines[0..<10].reduce(0) { $0 + $1.utf8.count + 1 } + 40
        bytes[at] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.snapshotProblem == nil)
        #expect {
            try log.history()
        } throws: { e in
            if case LogError.damaged(line: 11, _, _) = e { return true }
            return false
        }
        #expect(throws: LogError.self) { try EventLog.open(path: path, create: false) }
    }

    @Test func aBackgroundWriteLeavesAUsableSnapshot() async throws {
        let (path, full, _) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false)
        let job = try #require(log.snapshotJob(now: .now()))
        // The job holds a value and a store, so it is saved on another task while the log goes on.
        try await Task.detached { try job.store.save(job.state, info: job.info) }.value
        #expect(job.info.seq == full.lastSeq && !log.snapshotDue)
        let reopened = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(reopened.snapshot?.seq == full.lastSeq && reopened.events.isEmpty && reopened.state == full)
    }

    @Test func aSnapshotIsDueAfterEnoughNewEvents() throws {
        let (path, _, _) = try logWithSnapshot(more: 4)
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        log.snapshotEvery = 5
        #expect(log.eventsSinceSnapshot == 4 && !log.snapshotDue)
        try log.append(.recordEvaluation(Evaluation(programme: log.state.defaultProgramme!, school: log.state.scorecardSchools(log.state.defaultProgramme!).first!,
                                                    indicator: .danskUnder4, hundredths: 1, date: Self.today)), actor: "mfr")
        #expect(log.snapshotDue)
    }

    /// The issue's forgery: the real log's header values over another state (a person the log never had), with the
    /// real snapshot's authentication line, or with none. Every open sets it aside, and no write is decided on it.
    @Test func aForgedSnapshotIsSetAsideAndNoWriteIsDecidedOnIt() throws {
        let (path, full, _) = try logWithSnapshot(more: 0)
        let file = path + ".snapshot"
        let genuine = try #require(EventLog.open(path: path, create: false, useSnapshot: true).snapshot)
        var forged = full
        forged.apply(Recorded(seq: full.lastSeq, at: Timestamp(milliseconds: 0), actor: "mfr",
                              event: .personRegistered(Person(name: "zed", fullName: "Zed Forfalsker", role: .coordinator))))
        let payload = SnapshotFormat.encode(forged, info: genuine)
        let sealed = [UInt8](FileManager.default.contents(atPath: file)!)
        let macLine = SnapshotKey.lineLength
        for bytes in [Array(sealed[..<macLine]) + payload, payload] {
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            let log = try EventLog.open(path: path, create: false, useSnapshot: true)
            #expect(log.snapshotProblem == .unauthenticated && log.state == full && log.state.people["zed"] == nil)
            #expect(throws: (any Error).self) {
                try log.append(.formCluster(id: "ZZ", programme: full.defaultProgramme!, name: "Falsk"), actor: "zed")
            }
        }
    }

    /// The snapshot's own bytes, inside its authentication.
    func inner(_ path: String) throws -> [UInt8] {
        let file = [UInt8](FileManager.default.contents(atPath: path)!)
        let key = try #require(SnapshotKey.user)
        return Array(try #require(SnapshotKey.unseal(file, key: key)))
    }

    /// Writes snapshot bytes as the key's holder would: the checks inside the authentication are what is tested.
    func writeSealed(_ path: String, _ bytes: [UInt8]) throws {
        let key = try #require(SnapshotKey.user)
        try Data(SnapshotKey.seal(bytes, key: key)).write(to: URL(fileURLWithPath: path))
    }

    func rewriteHeader(_ path: String, _ change: (String) -> String) throws {
        let bytes = try inner(path)
        let nl = bytes.firstIndex(of: 10)!
        let header = String(decoding: bytes[..<nl], as: UTF8.self)
        let body = change(String(header.dropLast(18)))
        let crc = Array(body.utf8).withUnsafeBytes { CRC32C.chained(previous: 0, $0) }
        let line = body + ",\"crc\":\"" + SnapshotFormat.hex(crc) + "\"}"
        try writeSealed(path, Array(line.utf8) + bytes[nl...])
    }
}
