import Domain
import FileStore
import Foundation
import PostgresStore
import Testing

/// Who may write what on a shared log, enforced by the server: tried through psql, calling the append function
/// directly with well-formed, correctly chained lines, and touching every table.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresIdentityTests {
    let server: PGServer
    let log: TestLog

    init() throws {
        server = try #require(PGServer.shared, "the test server did not start")
        log = try TestLog(.postgres)
        try log.open().append(startingCommands(), actor: "mfr", now: .now())
    }

    var db: String { log.database! }

    /// A line continuing the log as it stands, as `actor` with `event`, at `at` (now by default).
    func line(_ actor: String, _ event: Event, at: Timestamp = .now(), seqOffset: Int = 1, crc: UInt32? = nil) throws -> (expected: Int, hex: String) {
        let head = try server.sql("SELECT last_seq || ' ' || last_crc FROM tavle.head", database: db).split(separator: " ")
        let last = Int(head[0])!, lastCRC = UInt32(head[1])!
        let bytes = try LogFormat.encode([Recorded(seq: last + seqOffset, at: at, actor: actor, event: event)], after: crc ?? lastCRC)
        return (last, bytes.map { String(format: "%02x", $0) }.joined())
    }

    /// Calls the append function as `login`; the SQLSTATE of its refusal, or nil when it wrote.
    func append(as login: String, _ l: (expected: Int, hex: String), batch: String = UUID().uuidString) throws -> String? {
        let r = try server.psql("SELECT tavle.append(\(l.expected), '\(batch)', ARRAY['\\x\(l.hex)'::bytea])", database: db, user: login)
        if r.status == 0 { return nil }
        return r.err.range(of: #"TV\d\d\d|42501"#, options: .regularExpression).map { String(r.err[$0]) } ?? r.err
    }

    func contact(_ school: String, by: String = "ahj") -> Event {
        .contactRecorded(Contact(id: "C9\(Int.random(in: 100...999))", programme: "elevloeft", school: school, date: Harness.today,
                                 form: .phone, summary: "Opringning", by: by))
    }

    @Test func aConsultantWritesOwnCaseworkAndNothingElse() throws {
        // Her own school: accepted, as herself.
        #expect(try append(as: "ahj", line("ahj", contact("101001"))) == nil)
        // As someone else, for another consultant's school, a coordinator's event, another's record undone.
        #expect(try append(as: "ahj", line("mfr", contact("101001", by: "mfr"))) == "TV002")
        #expect(try append(as: "ahj", line("ahj", contact("101002"))) == "TV005")
        #expect(try append(as: "ahj", line("ahj", .clusterFormed(id: "K9", programme: "elevloeft", name: "Egen", track: nil))) == "TV004")
        #expect(try append(as: "ahj", line("ahj", .undone(seq: 1))) == "TV004")
        // A coordinator may do the coordinator's work.
        #expect(try append(as: "mfr", line("mfr", .clusterFormed(id: "K9", programme: "elevloeft", name: "Egen", track: nil))) == nil)
    }

    @Test func aLoginThatIsNoPersonInTheLogCannotWrite() throws {
        try server.login("zed")
        try server.sql("GRANT tavle_member TO zed", database: db)
        #expect(try append(as: "zed", line("zed", .clusterRenamed(id: "K1", name: "X"))) == "TV003")
    }

    @Test func linesThatDoNotContinueTheLogAreRefused() throws {
        #expect(try append(as: "ahj", line("ahj", contact("101001"), crc: 12345)) == "TV008")
        #expect(try append(as: "ahj", line("ahj", contact("101001"), seqOffset: 2)) == "TV008")
        #expect(try append(as: "ahj", line("ahj", contact("101001"), at: Timestamp(milliseconds: Timestamp.now().milliseconds - 5 * 60_000))) == "TV006")
        let stale = try line("ahj", contact("101001"))
        #expect(try append(as: "ahj", line("ahj", contact("101001"))) == nil)
        #expect(try append(as: "ahj", stale) == "TV001")
        // Dated before the last record, though within the minute of the server's clock.
        #expect(try append(as: "ahj", line("ahj", contact("101001"), at: Timestamp(milliseconds: Timestamp.now().milliseconds - 30_000))) == "TV007")
    }

    @Test func aBatchSentTwiceLandsOnce() throws {
        let l = try line("ahj", contact("101001")), batch = UUID().uuidString
        let before = try server.sql("SELECT count(*) FROM tavle.records", database: db)
        #expect(try append(as: "ahj", l, batch: batch) == nil)
        #expect(try append(as: "ahj", l, batch: batch) == nil)
        #expect(Int(try server.sql("SELECT count(*) FROM tavle.records", database: db))! == Int(before)! + 1)
    }

    @Test func noMemberTouchesATableAndNobodyChangesARecord() throws {
        for statement in ["UPDATE tavle.records SET actor = 'ahj'", "DELETE FROM tavle.records", "TRUNCATE tavle.records",
                          "INSERT INTO tavle.records SELECT * FROM tavle.records LIMIT 1", "UPDATE tavle.head SET last_seq = 0",
                          "INSERT INTO tavle.people VALUES ('ahj2', 'coordinator')", "DELETE FROM tavle.caseload",
                          "SELECT tavle.copy_header('x', '\\x00', 0)", "SELECT tavle.remember('person.registered', '{}')"] {
            let r = try server.psql(statement, database: db, user: "ahj")
            #expect(r.status != 0 && r.err.contains("permission denied"), "\(statement): \(r.err)")
        }
        // Not even the owner changes or removes a record.
        for statement in ["UPDATE tavle.records SET actor = 'x' WHERE seq = 1", "DELETE FROM tavle.records WHERE seq = 1", "TRUNCATE tavle.records"] {
            let r = try server.psql(statement, database: db)
            #expect(r.status != 0 && r.err.contains("never changed"), "\(statement): \(r.err)")
        }
        #expect(try server.sql("SELECT count(*) FROM tavle.records", database: db) == "\(startingCommands().count)")
    }

    @Test func throughTavleAConsultantStaysInHerCaseload() throws {
        let ahj = server.url(db, user: "ahj")
        let own = try Harness.tavle("contact", "add", "--school", "101001", "--date", Harness.date(0), "--form", "telefon",
                                    "--summary", "Kort opfølgning", "--log", ahj)
        #expect(own.status == 0, "\(own.err)")
        let other = try Harness.tavle("contact", "add", "--school", "101002", "--date", Harness.date(0), "--form", "telefon",
                                      "--summary", "Ikke min skole", "--log", ahj)
        // The refusal names the school as the dashboard does.
        let schools = try JSONSerialization.jsonObject(with: Data(try Harness.tavle("school", "list", "--log", ahj, "--json").out.utf8)) as? [[String: Any]]
        let name = try #require(schools?.first { $0["institution"] as? String == "101002" }?["name"] as? String)
        #expect(other.status == 1 && other.err.contains(name) && other.err.contains("egen portefølje"), "\(other.err)")
        #expect(try server.sql("SELECT count(*) FROM tavle.records WHERE type = 'contact.recorded'", database: db) == "1")
    }
}
