import Domain
import Foundation
import Testing

/// The dashboard on a shared log, in tmux: live updates from other logins, offline and back, failover to a
/// promoted standby.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresDashboardTests {
    /// The demo network in a new database on `server`, with logins.
    func demo(on server: PGServer, _ people: [String] = ["mfr", "ahj"]) throws -> String {
        let db = try server.freshDatabase()
        let file = Harness.tempDirectory() + "/demo.log"
        try Harness.tavle("demo", "--out", file)
        try Harness.tavle("db", "init", "--log", server.url(db))
        #expect(try Harness.tavle("log", "copy", file, server.url(db)).status == 0)
        for p in people { try server.login(p) }
        try Harness.tavle(["db", "grant"] + people + ["--log", server.url(db)])
        return db
    }

    func dashboard(_ url: String, env: [String: String] = [:]) throws -> Tmux {
        // Each dashboard keeps its snapshot cache apart.
        try Tmux(width: 100, height: 30, command: "'\(Harness.binary)' --log '\(url)'",
                 env: ["XDG_CACHE_HOME": Harness.tempDirectory(), "TAVLE_TODAY": ""].merging(env) { $1 })
    }

    @Test func anotherLoginsEventShowsWithinASecond() throws {
        let server = try #require(PGServer.shared)
        let db = try demo(on: server)
        let t = try dashboard(server.url(db, user: "ahj"))
        try t.waitFor("Anne J. (læringskonsulent)", seconds: 20)
        try t.keys("3")
        try t.waitFor("Nordjylland 1")
        let r = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nordjyske skoler", "--log", server.url(db, user: "mfr"))
        #expect(r.status == 0, "\(r.err)")
        let written = Date()
        try t.waitFor("Nordjyske skoler", seconds: 5)
        #expect(Date().timeIntervalSince(written) <= 1.0, "shown after \(Date().timeIntervalSince(written)) s")
        #expect(!(try t.screen()).contains("ahj-pw"))
    }

    @Test func theDashboardGoesOfflineKeepsWhatWasTypedAndComesBack() throws {
        let server = try PGServer()
        defer { server.stop() }
        let db = try demo(on: server)
        let t = try dashboard(server.url(db, user: "mfr"))
        try t.waitFor("● live", seconds: 20)
        try t.keys("3")
        try t.waitFor("Nordjylland 1")
        server.stop()
        try t.waitFor("● offline", seconds: 10)
        // A rename typed while offline is refused with the reason, and the form comes back as typed.
        try t.keys("r")
        try t.waitFor("Omdøb klynge")
        try t.keys("C-u")
        try t.type("Nordjyske skoler")
        try t.keys("Enter")
        try t.waitFor("?")
        try t.keys("j")
        let refused = try t.waitFor("kan ikke nås", seconds: 10)
        #expect(refused.contains("Nordjyske skoler"), "\(refused)")
        #expect(!refused.contains("errno") && !refused.contains("Failure"), "\(refused)")
        try server.start()
        // Back without a key press: the notice and "● live" both come with the reconnect.
        let back = try t.waitFor("Forbindelsen til den fælles log er tilbage", seconds: 40)
        #expect(back.contains("● live"), "\(back)")
        try t.keys("Enter")
        try t.waitFor("?")
        try t.keys("j")
        try t.waitFor("Gemt", seconds: 10)
        #expect(try server.sql("SELECT count(*) FROM tavle.records WHERE type = 'cluster.renamed'", database: db) == "1")
    }

    @Test func aPromotedStandbyTakesOverUnderAnOpenDashboard() throws {
        let primary = try PGServer()
        defer { primary.stop() }
        let db = try demo(on: primary)
        let standby = try PGServer(standbyOf: primary)
        defer { standby.stop() }
        let both = "postgres://mfr:mfr-pw@127.0.0.1:\(primary.port),127.0.0.1:\(standby.port)/\(db)?sslmode=disable"
        let t = try dashboard(both)
        try t.waitFor("● live", seconds: 20)
        try t.keys("3")
        try t.waitFor("Nordjylland 1")
        // The standby only reads: writes through the two-host address go to the primary.
        let first = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Første navn", "--log", both)
        #expect(first.status == 0, "\(first.err)")
        try t.waitFor("Første navn", seconds: 5)
        primary.stop(fast: false)
        try standby.promote()
        let onStandby = "postgres://mfr:mfr-pw@127.0.0.1:\(standby.port)/\(db)?sslmode=disable"
        var renamed = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Andet navn", "--log", onStandby)
        for _ in 0..<20 where renamed.status != 0 {
            Thread.sleep(forTimeInterval: 0.5)
            renamed = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Andet navn", "--log", onStandby)
        }
        #expect(renamed.status == 0, "\(renamed.err)")
        // The open dashboard finds the new primary and carries on: it shows the write and makes its own.
        try t.waitFor("Andet navn", seconds: 40)
        try t.keys("r")
        try t.waitFor("Omdøb klynge")
        try t.keys("C-u")
        try t.type("Tredje navn")
        try t.keys("Enter")
        try t.waitFor("?")
        try t.keys("j")
        try t.waitFor("Gemt", seconds: 10)
        #expect(try standby.sql("SELECT count(*) FROM tavle.records WHERE type = 'cluster.renamed'", database: db) == "3")
    }
}
