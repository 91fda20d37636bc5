import Domain
import FileStore
import Foundation
import Glibc
import PostgresStore
import Testing

/// What goes wrong between a client and a shared log's server: the server stopping, a backend killed in the
/// middle of an append, a client killed in the middle of one. Each test has a server of its own to break.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresFaultTests {
    @Test func aCommandWhileTheServerIsDownExitsThreeAndWorksWhenItIsBack() throws {
        let server = try PGServer()
        defer { server.stop() }
        let log = try TestLog(.postgres, on: server)
        try log.open().append(startingCommands(), actor: "mfr", now: .now())
        server.stop()
        let down = try Harness.tavle("log", "verify", "--log", log.url!, "--lang", "en")
        #expect(down.status == 3 && down.err.contains("127.0.0.1:\(server.port)") && down.err.contains("cannot be reached"), "\(down.err)")
        // Said as a fact in the reader's words, not in the network library's ("SingleConnectionFailure … errno: 111").
        #expect(down.err.contains("refuses the connection") && !down.err.contains("errno") && !down.err.contains("Failure"), "\(down.err)")
        let da = try Harness.tavle("log", "verify", "--log", log.url!, "--lang", "da")
        #expect(da.err.contains("afviser forbindelsen"), "\(da.err)")
        try server.start()
        let up = try Harness.tavle("log", "verify", "--log", log.url!)
        #expect(up.status == 0, "\(up.err)")
    }

    @Test func aBackendTerminatedMidAppendLeavesTheBatchWrittenOnce() throws {
        let server = try PGServer()
        defer { server.stop() }
        let log = try TestLog(.postgres, on: server)
        let network = try log.open()
        try network.append(startingCommands(), actor: "mfr", now: .now())
        // Another session holds the log's head for three seconds: the append waits inside the function.
        let holder = Thread { _ = try? server.psql("BEGIN; SELECT 1 FROM tavle.head FOR UPDATE; SELECT pg_sleep(3); COMMIT;", database: log.database!) }
        holder.start()
        Thread.sleep(forTimeInterval: 0.5)
        let outcome = Outcome()
        nonisolated(unsafe) let shared = network
        let writer = Thread {
            do {
                let records = try shared.append([.formCluster(id: "K1", programme: "elevloeft", name: "Øerne"),
                                                   .placeSchool(cluster: "K1", school: "101001")], actor: "mfr", now: .now())
                outcome.set(.success(records.count))
            } catch { outcome.set(.failure(error)) }
        }
        writer.start()
        Thread.sleep(forTimeInterval: 1.0)
        let killed = try server.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'mfr' AND query LIKE '%tavle.append%'",
                                    database: "postgres")
        #expect(killed == "1")
        let result = try #require(outcome.wait(seconds: 20), "the append never came back")
        // Sent again on a new connection with the same batch id, the batch landed once, whole.
        #expect((try? result.get()) == 2, "\(result)")
        #expect(try server.sql("SELECT count(*) FROM tavle.records WHERE type IN ('cluster.formed', 'cluster.school-placed')", database: log.database!) == "2")
        #expect(try TestLog.reopen(log).state.clusters["K1"]?.members == ["101001"])
    }

    @Test func clientsKilledMidAppendLeaveWholeBatchesAndEveryAcknowledgedOne() throws {
        let server = try PGServer()
        defer { server.stop() }
        let log = try TestLog(.postgres, on: server)
        try log.open().append(startingCommands(), actor: "mfr", now: .now())
        let dir = Harness.tempDirectory()
        var acknowledged: [Int] = []
        for i in 0..<30 {
            let out = "\(dir)/out\(i)"
            let pid = CrashTests().spawn(["contact", "add", "--log", log.url!, "--school", "101001", "--date", Harness.date(0), "--form", "telefon",
                                          "--summary", "Opkald \(i)", "--follow-up", "Ring igen;skoleleder;\(Harness.date(14))"], out: out)
            usleep(UInt32.random(in: 20_000...400_000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            acknowledged += text.split(separator: "\n").compactMap { $0.hasPrefix("#") ? Int($0.dropFirst().prefix { $0.isNumber }) : nil }
        }
        let verify = try Harness.tavle("log", "verify", "--log", log.url!)
        #expect(verify.status == 0, "\(verify.err)")
        let state = try TestLog.reopen(log).state
        #expect(acknowledged.allSatisfy { $0 <= state.lastSeq })
        // Every contact came with its follow-up, in one batch: none is half there.
        #expect(state.contacts.count == state.followUps.count)
        #expect(state.contacts.values.allSatisfy { c in state.followUps.values.contains { $0.contact == c.id } })
    }
}

/// A result handed from one thread to another.
final class Outcome: @unchecked Sendable {
    private let lock = NSCondition()
    private var value: Result<Int, any Error>?
    func set(_ r: Result<Int, any Error>) { lock.lock(); value = r; lock.signal(); lock.unlock() }
    func wait(seconds: Double) -> Result<Int, any Error>? {
        lock.lock(); defer { lock.unlock() }
        let deadline = Date().addingTimeInterval(seconds)
        while value == nil, lock.wait(until: deadline) {}
        return value
    }
}

extension TestLog {
    /// The log opened afresh, as someone else would see it.
    static func reopen(_ log: TestLog) throws -> LiveNetwork { try log.open() }
}

/// TLS as the address asks for it: `require` encrypts, `verify-full` also checks the server's certificate.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresTLSTests {
    @Test func requireAndVerifyFullConnectAndAWrongRootIsRefused() throws {
        let server = try PGServer(tls: true)
        defer { server.stop() }
        let db = try server.freshDatabase()
        let plain = "postgres://\(PGServer.admin):\(PGServer.adminPassword)@127.0.0.1:\(server.port)/\(db)"
        // The server takes TLS only: without it, no way in.
        let refused = try Harness.tavle("db", "init", "--log", plain + "?sslmode=disable", "--lang", "en")
        #expect(refused.status == 3, "\(refused.err)")
        let required = try Harness.tavle("db", "init", "--log", plain + "?sslmode=require")
        #expect(required.status == 0, "\(required.err)")
        let verified = try Harness.tavle("log", "verify", "--log", plain + "?sslmode=verify-full&sslrootcert=\(server.dir)/cert.pem")
        #expect(verified.status == 0, "\(verified.err)")
        // Checked against another authority, the server's certificate does not verify.
        let other = Harness.tempDirectory()
        _ = try Harness.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=other",
                                                "-keyout", other + "/k.pem", "-out", other + "/c.pem"])
        let wrong = try Harness.tavle("log", "verify", "--log", plain + "?sslmode=verify-full&sslrootcert=\(other)/c.pem", "--lang", "en")
        #expect(wrong.status == 3 && wrong.err.contains("cannot be reached") && wrong.err.contains("encrypted connection"), "\(wrong.err)")
    }
}
