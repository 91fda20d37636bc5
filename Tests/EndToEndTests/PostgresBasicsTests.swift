import Demo
import Domain
import FileStore
import Foundation
import Testing

/// A shared log through the real binary, on a real server the tests start: set-up, copies, the login as actor.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresBasicsTests {
    let server: PGServer

    init() throws { server = try #require(PGServer.shared, "the test server did not start") }

    /// A shared log holding the demo network, with logins for its coordinator and a consultant.
    func demoDatabase() throws -> (db: String, file: String) {
        let db = try server.freshDatabase()
        let file = Harness.tempDirectory() + "/demo.log"
        #expect(try Harness.tavle("demo", "--out", file).status == 0)
        #expect(try Harness.tavle("db", "init", "--log", server.url(db)).status == 0)
        let copy = try Harness.tavle("log", "copy", file, server.url(db))
        #expect(copy.status == 0, "\(copy.err)")
        try server.login("mfr"); try server.login("ahj")
        #expect(try Harness.tavle("db", "grant", "mfr", "ahj", "--log", server.url(db)).status == 0)
        return (db, file)
    }

    @Test func twoDatabasesCopiedFromOneFileKeepCachesOfTheirOwn() throws {
        let file = Harness.tempDirectory() + "/one.log"
        #expect(try Harness.tavle("demo", "--out", file).status == 0)
        let cache = ["XDG_CACHE_HOME": Harness.tempDirectory()]
        var dbs: [String] = []
        for _ in 0..<2 {
            let db = try server.freshDatabase()
            #expect(try Harness.tavle("db", "init", "--log", server.url(db)).status == 0)
            #expect(try Harness.tavle("log", "copy", file, server.url(db)).status == 0)
            try server.login("mfr")
            #expect(try Harness.tavle("db", "grant", "mfr", "--log", server.url(db)).status == 0)
            dbs.append(db)
        }
        // The first moves on and caches its state; the second, with the same log id, must not be read from that cache.
        let rename = try Harness.tavle(["cluster", "rename", "EL-K01", "--name", "Kun i den første", "--log", server.url(dbs[0], user: "mfr")], env: cache)
        #expect(rename.status == 0, "\(rename.err)")
        #expect(try Harness.tavle(["log", "snapshot", "--log", server.url(dbs[0], user: "mfr")], env: cache).status == 0)
        for (db, expected) in zip(dbs, [true, false]) {
            let list = try Harness.tavle(["cluster", "list", "--json", "--log", server.url(db, user: "mfr")], env: cache)
            #expect(list.status == 0, "\(list.err)")
            #expect(list.out.contains("Kun i den første") == expected)
        }
    }

    @Test func aFileAndItsCopyInTheDatabaseHaveOneHead() throws {
        let (db, file) = try demoDatabase()
        let fileHead = try Harness.tavle("log", "head", "--log", file).out
        let dbHead = try Harness.tavle("log", "head", "--log", server.url(db, user: "mfr"))
        #expect(dbHead.status == 0 && dbHead.out == fileHead && !fileHead.isEmpty, "\(dbHead.err)")
        let same = try Harness.tavle("log", "verify", "--log", server.url(db, user: "mfr"), "--against", file, "--head", fileHead.trimmingCharacters(in: .newlines))
        #expect(same.status == 0 && same.out.contains("er ens, byte for byte"), "\(same.out)\(same.err)")
        #expect(try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", server.url(db, user: "mfr")).status == 0)
        let ahead = try Harness.tavle("log", "verify", "--log", file, "--against", server.url(db, user: "mfr"), "--json")
        #expect(ahead.status == 0 && ahead.out.contains("\"outcome\" : \"ahead\""), "\(ahead.out)\(ahead.err)")
    }

    @Test func initIsIdempotentAndSaysWhatItDid() throws {
        let db = try server.freshDatabase()
        let first = try Harness.tavle("db", "init", "--log", server.url(db), "--lang", "en")
        #expect(first.status == 0 && first.out.contains("Created Tavle's schema, version 5"), "\(first.out)\(first.err)")
        #expect(!first.out.contains(PGServer.adminPassword))
        let again = try Harness.tavle("db", "init", "--log", server.url(db), "--lang", "en")
        #expect(again.status == 0 && again.out.contains("already has Tavle's schema at version 5; nothing to do"), "\(again.out)")
        #expect(try server.sql("SELECT count(*) FROM tavle.schema_version", database: db) == "5")
    }

    /// A shared log at version 3, from before indicators were data, is brought to version 5 in place: the new kinds'
    /// shapes and the spelling of decimals and periods, the line check's ranges, and then a member writes values
    /// with them.
    @Test func aVersionThreeLogIsBroughtUpToDateForIndicators() throws {
        let (db, _) = try demoDatabase()
        // As version 3 left it: without the rows of versions 4 and 5 or the shapes of version 4's kinds.
        _ = try server.sql("DELETE FROM tavle.schema_version WHERE version >= 4; DELETE FROM tavle.shapes WHERE type LIKE 'indicator.%' OR type LIKE 'measurement.%'; DELETE FROM tavle.kinds WHERE type LIKE 'indicator.%' OR type LIKE 'measurement.%'", database: db)
        let upgraded = try Harness.tavle("db", "init", "--log", server.url(db), "--lang", "en")
        #expect(upgraded.status == 0 && upgraded.out.contains("brought from version 3 to 5"), "\(upgraded.out)\(upgraded.err)")
        #expect(try server.sql("SELECT count(*) FROM tavle.kinds WHERE type LIKE 'measurement.%'", database: db) == "2")
        let url = server.url(db, user: "mfr")
        let value = try Harness.tavle("measurement", "record", "--log", url, "--school", "101001", "--indicator", "dansk-under-4",
                                      "--period", Harness.schoolYear(0), "--value", "7,5")
        #expect(value.status == 0, "\(value.err)")
        // The server spells a decimal as the reader does: "7.50" is refused by both.
        // A target kind without targets is refused by the server as by the reader (IndicatorRecords.read).
        let lone = #"{"seq":1,"v":1,"at":"2026-01-01T00:00:00.000Z","by":"mfr","type":"indicator.defined","indicator":"x","programme":"p","languages":["da"],"names":["X"],"unit":"percent","minimum":"0","maximum":"100","decimals":1,"better":"lower","period":"school-year","baseline":[],"targetKind":"level","crc":"00000000"}"#
        #expect(try server.sql("SELECT tavle.line_problem(convert_to('\(lone)' || E'\\n', 'UTF8'))", database: db) == "its targetKind and its targets go together")
        let withTarget = lone.replacingOccurrences(of: #""targetKind":"level","#, with: #""targetKind":"level","schoolTarget":"5","#)
        #expect(try server.sql("SELECT tavle.line_problem(convert_to('\(withTarget)' || E'\\n', 'UTF8')) IS NULL", database: db) == "t")
        // Version 5: decimals past four are refused by the line check as by the reader.
        let five = withTarget.replacingOccurrences(of: #""decimals":1,"#, with: #""decimals":5,"#)
        #expect(try server.sql("SELECT tavle.line_problem(convert_to('\(five)' || E'\\n', 'UTF8'))", database: db) == "its decimals is not from 0 to 4")
        #expect(try server.sql("SELECT tavle.spell('decimal', NULL, '\"7.50\"'::jsonb) IS NULL AND tavle.spell('decimal', NULL, '\"7.5\"'::jsonb) = '\"7.5\"' AND tavle.is_period('2016/17') AND NOT tavle.is_period('2016/18')", database: db) == "t")
    }

    @Test func aFileGoesInAndComesOutByteForByte() throws {
        let (db, file) = try demoDatabase()
        let back = Harness.tempDirectory() + "/back.log"
        let out = try Harness.tavle("log", "copy", server.url(db), back)
        #expect(out.status == 0, "\(out.err)")
        #expect(FileManager.default.contents(atPath: back) == FileManager.default.contents(atPath: file))
        // A destination with records, or an existing file, is refused and left as it was.
        let again = try Harness.tavle("log", "copy", file, server.url(db))
        #expect(again.status == 1 && again.err.contains("rummer allerede hændelser"), "\(again.err)")
        let over = try Harness.tavle("log", "copy", server.url(db), back)
        #expect(over.status != 0 && FileManager.default.contents(atPath: back) == FileManager.default.contents(atPath: file))
        let verify = try Harness.tavle("log", "verify", "--log", server.url(db, user: "mfr"))
        #expect(verify.status == 0 && verify.out.contains("Alle kontrolsummer stemmer") && !verify.out.contains("mfr-pw"), "\(verify.out)")
    }

    @Test func theLoginIsTheActor() throws {
        let (db, _) = try demoDatabase()
        let mfr = server.url(db, user: "mfr"), ahj = server.url(db, user: "ahj")
        let renamed = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nordjylland Ét", "--log", mfr)
        #expect(renamed.status == 0 && renamed.out.contains(" mfr: "), "\(renamed.out)\(renamed.err)")
        // --as naming someone else is refused before anything is read.
        let other = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "X", "--as", "ahj", "--log", mfr)
        #expect(other.status == 2 && other.err.contains("databasebruger (mfr)"), "\(other.err)")
        // A consultant may not do a coordinator's work.
        let consultant = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "X", "--log", ahj)
        #expect(consultant.status == 1, "\(consultant.out)")
        #expect(try server.sql("SELECT actor FROM tavle.records ORDER BY seq DESC LIMIT 1", database: db) == "mfr")
    }

    @Test func aBadAddressIsAUsageErrorThatSaysWhy() throws {
        let bad = try Harness.tavle("log", "verify", "--log", "postgres://mfr@127.0.0.1:5432/tavle?sslmode=sometimes", "--lang", "en")
        #expect(bad.status == 2 && bad.err.contains("sslmode=\"sometimes\" is not known"), "\(bad.err)")
        let noDB = try Harness.tavle("log", "verify", "--log", "postgres://mfr@127.0.0.1:5432", "--lang", "en")
        #expect(noDB.status == 2 && noDB.err.contains("names no database"), "\(noDB.err)")
    }

    @Test func anUnreachableServerExitsThreeNamingTheHost() throws {
        let port = PGServer.freePort()
        let r = try Harness.tavle("log", "verify", "--log", "postgres://mfr:x@127.0.0.1:\(port)/tavle?sslmode=disable", "--lang", "en")
        #expect(r.status == 3 && r.err.contains("127.0.0.1:\(port)") && r.err.contains("cannot be reached"), "\(r.err)")
    }
}

/// On CI the PostgreSQL tests must run: a machine without the server programs fails there, and is skipped elsewhere.
@Suite struct PostgresAvailabilityTests {
    @Test func ciHasThePostgreSQLServerPrograms() {
        if PGAvailability.ci {
            #expect(PGServer.available, "CI=true but initdb and pg_ctl are not installed: .ci/run installs the postgresql package")
            #expect(PGServer.shared != nil, "the PostgreSQL test server did not start")
        } else if !PGServer.available {
            print("PostgreSQL's server programs are missing: the PostgreSQL tests are skipped (install the postgresql package)")
        }
    }
}

/// A large log through the shared store and back: byte for byte.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresLargeCopyTests {
    @Test func aHundredThousandEventsGoInAndComeOutByteForByte() throws {
        let server = try #require(PGServer.shared)
        let db = try server.freshDatabase()
        let dir = Harness.tempDirectory()
        let file = dir + "/big.log", back = dir + "/back.log"
        try EventLog.create(path: file, events: try SyntheticNetwork.events(schools: 2_000, total: 100_000, today: Harness.today), created: .now())
        try Harness.tavle("db", "init", "--log", server.url(db))
        let copied = try Harness.tavle("log", "copy", file, server.url(db))
        #expect(copied.status == 0, "\(copied.err)")
        let out = try Harness.tavle("log", "copy", server.url(db), back)
        #expect(out.status == 0 && (out.out.contains("100000") || out.out.contains("100.000")), "\(out.out)\(out.err)")
        #expect(FileManager.default.contents(atPath: back) == FileManager.default.contents(atPath: file))
    }
}
