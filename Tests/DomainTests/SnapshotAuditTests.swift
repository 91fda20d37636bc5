import Foundation
import Testing
import Demo
@testable import Domain
@testable import FileStore

/// The snapshot's audit before anyone asked for the history: the records behind the snapshot are read from the store
/// in pieces, folded and let go; the snapshot's state stays when they agree, and gives way when not.
@Suite struct SnapshotAuditTests {
    static let today = Day(year: 2026, month: 11, day: 22)!

    /// The demo network in a fresh log, with a snapshot of it, then three evaluations after the snapshot.
    func logWithSnapshot() throws -> (path: String, full: NetworkState, events: [Recorded]) {
        let path = tempDirectory() + "/a.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: Self.today))
        let log = try EventLog.open(path: path, create: false)
        try log.writeSnapshot()
        let p = try #require(log.state.defaultProgramme)
        for i in 0..<3 {
            try log.append(.recordEvaluation(Evaluation(programme: p, school: log.state.scorecardSchools(p).first!,
                                                        indicator: .danskUnder4, hundredths: 100 + i, date: Self.today)), actor: "mfr")
        }
        return (path, log.state, log.events)
    }

    @Test func theRecordsBehindTheSnapshotFoldInPiecesOfAnySize() throws {
        let (path, _, events) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        let info = try #require(log.snapshot)
        let job = try #require(log.historyJob())
        let expected = NetworkState.replay(events.prefix { $0.seq <= info.seq })
        // Pieces that end inside a line (the rest is carried to the next), shorter than a line, and the whole at once.
        for piece in [1, 97, 4_096, 65_521, info.offset, 32 << 20] {
            #expect(try job.fold(pieceBytes: piece) == expected, "\(piece)")
        }
        // Asked to stop, it stops between pieces and gives nothing.
        var asked = 0
        #expect(try job.fold(pieceBytes: 4_096, stop: { asked += 1; return asked > 3 }) == nil)
        #expect(asked == 4)
        #expect(try #require(log.snapshotAudit()).run(stop: { true }) == nil)
    }

    @Test func whenTheyAgreeTheSnapshotsStateStaysAndTheHistoryIsNotRead() throws {
        let (path, full, events) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.snapshot != nil)
        let audit = try #require(log.snapshotAudit())
        #expect(audit.readsStore)
        // A write after the audit was made: the state moved on from what it compared, by the same records.
        let p = try #require(full.defaultProgramme)
        try log.append(.recordEvaluation(Evaluation(programme: p, school: full.scorecardSchools(p).first!, indicator: .danskUnder4,
                                                    hundredths: 9, date: Self.today)), actor: "mfr")
        let outcome = try #require(audit.run())
        #expect(outcome.agrees)
        // Another log's outcome is not taken.
        let other = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(other.adopt(outcome) == .stale)
        let before = log.state
        #expect(log.adopt(outcome) == .kept)
        #expect(log.state == before && log.snapshotAudited && log.snapshotAudit() == nil && log.snapshotProblem == nil)
        #expect(!log.historyLoaded && log.events.count == 4)
        // The chain behind the snapshot was checked on the way: the first write need not read it again. And the
        // snapshot's undo book (one covering every record, so that nothing read since made it) was compared with the
        // fold's without being made: it stays in its bytes until used.
        try EventLog.open(path: path, create: false).writeSnapshot()
        let fresh = try EventLog.open(path: path, create: false, useSnapshot: true)
        let end = try #require(fresh.snapshot?.offset)
        #expect(fresh.chainChecked == 0 && fresh.events.isEmpty && fresh.state.undoBook.unmadeSource != nil)
        let freshAudit = try #require(fresh.snapshotAudit())
        #expect(fresh.adopt(try #require(freshAudit.run())) == .kept)
        #expect(fresh.chainChecked == end)
        #expect(fresh.state.undoBook.unmadeSource != nil)
        // Taken once; the history is read when asked, as before.
        #expect(log.adopt(outcome) == .stale)
        #expect(try log.history().count == events.count + 1)
        #expect(NetworkState.replay(log.events) == log.state)
    }

    @Test func aForgedSnapshotGivesWayBeforeTheHistoryIsRead() throws {
        let (path, _, events) = try logWithSnapshot()
        let info = try #require(try EventLog.open(path: path, create: false, useSnapshot: true).snapshot)
        var forged = NetworkState.replay(events.prefix { $0.seq <= info.seq })
        let school = try #require(forged.schools.keys.first)
        forged.schools[school]?.name = "Forfalsket Skole"
        try FileSnapshotStore(forLog: path).save(forged, info: info)
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.state.schools[school]?.name == "Forfalsket Skole")
        let audit = try #require(log.snapshotAudit())
        let outcome = try #require(audit.run())
        #expect(!outcome.agrees)
        #expect(log.adopt(outcome) == .disagreed)
        // The log's own state, the records after the snapshot included; the snapshot is set aside.
        #expect(log.state == NetworkState.replay(events) && log.state.schools[school]?.name != "Forfalsket Skole")
        #expect(log.snapshot == nil && log.snapshotProblem == .disagrees && log.snapshotAudited)
        #expect(!FileManager.default.fileExists(atPath: path + ".snapshot"))
    }

    @Test func aDamagedRecordBehindTheSnapshotIsSaidAndChangesNothing() throws {
        let (path, _, _) = try logWithSnapshot()
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        let before = log.state
        let audit = try #require(log.snapshotAudit())
        // A letter changed inside a record the snapshot covers: its checksum no longer holds.
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let at = try #require(bytes.indices.dropFirst(bytes.count / 3).first { bytes[$0] == UInt8(ascii: "a") })
        bytes[at] = UInt8(ascii: "b")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64(at))
        try handle.write(contentsOf: [bytes[at]])
        try handle.close()
        let outcome = try #require(audit.run())
        guard case .failed(let error) = log.adopt(outcome) else { Issue.record("not failed"); return }
        guard case .damaged = error else { Issue.record("\(error)"); return }
        #expect(log.state == before && !log.snapshotAudited && log.snapshot != nil && log.chainChecked == 0)
    }
}
