import Domain
import FileStore
import Foundation
import PostgresStore
import Testing
import TestSupport

/// One contract, two stores: whatever a `LiveNetwork` does on the file log it does on PostgreSQL, and the same
/// promises hold. Each test runs against both.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case file, postgres
    var testDescription: String { rawValue }

    /// The kinds this machine can run: the file always, PostgreSQL where its server programs are.
    static var runnable: [StoreKind] { PGServer.available ? allCases : [.file] }
}

/// A fresh, empty log of one kind, and how to open it again.
struct TestLog {
    let kind: StoreKind
    let path: String
    let url: String?
    let database: String?
    let server: PGServer?

    init(_ kind: StoreKind, on own: PGServer? = nil) throws {
        self.kind = kind
        let chosen = kind == .postgres ? (own ?? PGServer.shared) : nil
        server = chosen
        switch kind {
        case .file:
            path = Harness.tempDirectory() + "/t.log"
            url = nil; database = nil
        case .postgres:
            let server = try #require(chosen)
            let db = try server.freshDatabase()
            try server.login("mfr"); try server.login("ahj")
            let admin = try PostgresAdmin(try PostgresLocation(server.url(db)))
            _ = try admin.initialise(now: .now())
            try admin.grant(["mfr", "ahj"])
            database = db
            url = server.url(db, user: "mfr")
            path = url!
        }
    }

    /// The log for `user` (on PostgreSQL, their login).
    func open(_ user: String = "mfr", access: LiveNetwork.Access = .write, snapshot: Bool = false) throws -> LiveNetwork {
        switch kind {
        case .file:
            return try EventLog.open(path: path, access: access, create: true, useSnapshot: snapshot)
        case .postgres:
            let server = try #require(self.server)
            let store = try PostgresEventStore(try PostgresLocation(server.url(database!, user: user)), access: access)
            let snapshots = FileSnapshotStore(path: Harness.tempDirectory() + "/\(store.logID).snapshot")
            return try LiveNetwork(store: store, snapshots: snapshotStore ?? snapshots, access: access, useSnapshot: snapshot)
        }
    }

    /// One snapshot file per test log, so a snapshot written by one network is found by the next.
    var snapshotStore: FileSnapshotStore? {
        guard kind == .postgres else { return nil }
        return FileSnapshotStore(path: Scratch.root + "/pgsnap-\(database!).snapshot")
    }
}

/// The commands every contract test starts from: a coordinator, a programme, two schools, a consultant.
func startingCommands() -> [Command] {
    let p = "elevloeft"
    return [
        .registerPerson(Person(name: "mfr", fullName: "Maja Fogh Riis", role: .coordinator)),
        .defineProgramme(Programme(id: p, name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!, end: Day(year: 2028, month: 7, day: 31)!)),
        .registerPerson(Person(name: "ahj", fullName: "Anne Holm Jensen", role: .consultant)),
        .registerSchool(School(institution: "101001", name: "Bakkeskolen", municipality: 101, kind: .folkeskole)),
        .registerSchool(School(institution: "101002", name: "Egeskolen", municipality: 101, kind: .folkeskole)),
        .setParticipation(Enrolment(p, "101001"), status: .offered), .setParticipation(Enrolment(p, "101001"), status: .accepted),
        .setParticipation(Enrolment(p, "101002"), status: .offered), .setParticipation(Enrolment(p, "101002"), status: .accepted),
        .assignConsultant(Enrolment(p, "101001"), consultant: "ahj"),
    ]
}

@Suite struct PostgresContractTests {
    @Test(arguments: StoreKind.runnable)
    func appendsReadBackAndReachOthersOnRefresh(kind: StoreKind) throws {
        let log = try TestLog(kind)
        let a = try log.open()
        let first = try a.append(startingCommands(), actor: "mfr", now: .now())
        #expect(first.map(\.seq) == Array(1...first.count))
        let b = try log.open()
        #expect(b.state == a.state && b.events == a.events)
        try a.append(.formCluster(id: "K1", programme: "elevloeft", name: "Øerne"), actor: "mfr", now: .now())
        // The other network sees the write on its next look.
        var seen = false
        for _ in 0..<40 where !seen {
            seen = try b.refresh()
            if !seen { usleep(100_000) }
        }
        #expect(seen && b.state == a.state)
    }

    @Test(arguments: StoreKind.runnable)
    func aWriterThatLostTheRaceDecidesAgainstTheOtherWrite(kind: StoreKind) throws {
        let log = try TestLog(kind)
        let a = try log.open()
        try a.append(startingCommands(), actor: "mfr", now: .now())
        let b = try log.open()
        try a.append(.formCluster(id: "K1", programme: "elevloeft", name: "Øerne"), actor: "mfr", now: .now())
        // b has not read a's write: the same id is refused once b has caught up; another lands after a's.
        #expect(throws: DomainError.duplicateCluster("K1")) {
            try b.append(.formCluster(id: "K1", programme: "elevloeft", name: "Andet"), actor: "mfr", now: .now())
        }
        let landed = try b.append(.formCluster(id: "K2", programme: "elevloeft", name: "Hovedstaden"), actor: "mfr", now: .now())
        #expect(landed.map(\.seq) == [a.state.lastSeq + 1])
        let c = try log.open()
        #expect(c.state.clusters.keys.sorted() == ["K1", "K2"])
    }

    @Test(arguments: StoreKind.runnable)
    func aSnapshotStandsInForTheRecordsItCovers(kind: StoreKind) throws {
        let log = try TestLog(kind)
        let a = try log.open()
        try a.append(startingCommands(), actor: "mfr", now: .now())
        let info = try a.writeSnapshot(now: .now())
        try a.append(.formCluster(id: "K1", programme: "elevloeft", name: "Øerne"), actor: "mfr", now: .now())
        let b = try log.open(snapshot: true)
        #expect(b.snapshot?.seq == info.seq && b.snapshotProblem == nil)
        #expect(b.state == a.state && b.events.count == 1)
        #expect(try b.history() == a.events)
        // A write from the snapshot continues the log.
        try b.append(.formCluster(id: "K2", programme: "elevloeft", name: "Hovedstaden"), actor: "mfr", now: .now())
        #expect(try log.open().state.lastSeq == a.state.lastSeq + 1)
    }

    @Test(arguments: StoreKind.runnable)
    func aNetworkOpenedForReadingNeverWrites(kind: StoreKind) throws {
        let log = try TestLog(kind)
        try log.open().append(startingCommands(), actor: "mfr", now: .now())
        let reading = try log.open(access: .read)
        #expect(throws: LogError.readOnly(.openedForReading)) {
            try reading.append(.formCluster(id: "K1", programme: "elevloeft", name: "Øerne"), actor: "mfr", now: .now())
        }
        #expect(try log.open().state.clusters.isEmpty)
    }

    @Test(arguments: StoreKind.runnable)
    func aDamagedRecordIsFoundOnOpening(kind: StoreKind) throws {
        let log = try TestLog(kind)
        let a = try log.open()
        try a.append(startingCommands(), actor: "mfr", now: .now())
        let image = try copyOut(log)
        // One byte changed inside the fourth record.
        var damaged = image
        let starts = damaged.indices.filter { damaged[$0] == 10 }
        damaged[starts[3] + 30] ^= 0x01
        let target = try TestLog(kind)
        switch kind {
        case .file:
            try? FileManager.default.removeItem(atPath: target.path)
            try Data(damaged).write(to: URL(fileURLWithPath: target.path))
        case .postgres:
            // Only the owner's copy takes lines unchecked; the append function would refuse this one.
            let admin = try PostgresAdmin(try PostgresLocation(PGServer.shared!.url(target.database!)))
            let end = damaged.firstIndex(of: 10)!
            let header = Array(damaged[...end])
            let records = damaged[(end + 1)...].split(separator: 10).map { (Array($0) + [10], LogFormat.statedChecksum($0) ?? 0) }
            try admin.copyIn(logID: "damaged", header: header, headerCRC: LogFormat.statedChecksum(header)!, records: records.map { ($0.0, $0.1) })
        }
        #expect {
            _ = try target.open()
        } throws: { e in
            if case LogError.damaged(line: 5, _, _) = e { return true }
            return false
        }
    }

    /// The log's bytes, as the file would hold them.
    func copyOut(_ log: TestLog) throws -> [UInt8] {
        switch log.kind {
        case .file: return [UInt8](FileManager.default.contents(atPath: log.path)!)
        case .postgres: return try PostgresAdmin(try PostgresLocation(PGServer.shared!.url(log.database!))).image()
        }
    }
}
