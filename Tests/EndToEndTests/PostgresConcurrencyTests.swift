import Demo
import Domain
import Foundation
import Glibc
import Testing

/// Many writers at once on one shared log, each a real `tavle` process.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresConcurrencyTests {
    let server: PGServer

    init() throws { server = try #require(PGServer.shared, "the test server did not start") }

    /// The demo network on a fresh shared log, with logins for `people`.
    func demo(_ people: [String]) throws -> String {
        let db = try server.freshDatabase()
        let file = Harness.tempDirectory() + "/demo.log"
        try Harness.tavle("demo", "--out", file)
        try Harness.tavle("db", "init", "--log", server.url(db))
        #expect(try Harness.tavle("log", "copy", file, server.url(db)).status == 0)
        for p in people { try server.login(p) }
        #expect(try Harness.tavle(["db", "grant"] + people + ["--log", server.url(db)]).status == 0)
        return db
    }

    /// Starts a shell script in the background; returns its pid.
    func background(_ script: String, out: String) throws -> pid_t {
        let path = Harness.tempDirectory() + "/job.sh"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, out + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup(path), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        _ = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        return pid
    }

    func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status >> 8) & 0xff
    }

    @Test func eightWritersTwentyFiveAppendsEachMakeTwoHundredEventsAndOneChain() throws {
        let db = try demo(["mfr"])
        let url = server.url(db, user: "mfr")
        let before = Int(try server.sql("SELECT last_seq FROM tavle.head", database: db))!
        let dir = Harness.tempDirectory()
        let pids = try (0..<8).map { w in
            try background("""
                for i in $(seq 1 25); do
                  TAVLE_TODAY= '\(Harness.binary)' contact add --log '\(url)' --school 101001 --date \(Harness.date(0)) \
                    --form telefon --summary "Skriver \(w) nr. $i" || echo FAILED
                done
                """, out: "\(dir)/w\(w)")
        }
        #expect(pids.map(wait).allSatisfy { $0 == 0 })
        for w in 0..<8 {
            let out = (try? String(contentsOfFile: "\(dir)/w\(w)", encoding: .utf8)) ?? ""
            let err = (try? String(contentsOfFile: "\(dir)/w\(w).err", encoding: .utf8)) ?? ""
            #expect(!out.contains("FAILED"), "writer \(w): \(err)")
        }
        #expect(Int(try server.sql("SELECT last_seq FROM tavle.head", database: db))! == before + 200)
        #expect(try server.sql("SELECT count(DISTINCT line) FROM tavle.records WHERE type = 'contact.recorded' AND actor = 'mfr' AND seq > \(before)", database: db) == "200")
        let verify = try Harness.tavle("log", "verify", "--log", url)
        #expect(verify.status == 0 && verify.out.contains("løbenummer \(before + 200)"), "\(verify.out)\(verify.err)")
    }

    /// A large import into the shared log while another member adds a contact every 0.3 s: after its first lost race
    /// the import holds the writers' turn, the other waits for it, and both land.
    @Test func aLargeImportLandsWhileAnotherMemberWritesEveryThirdOfASecond() throws {
        let db = try demo(["mfr", "ahj"])
        let dir = Harness.tempDirectory(), csv = dir + "/schools.csv", stop = dir + "/stop"
        var rows = ["Institutionsnummer;Navn;Kommune;Deltagelse"]
        for n in 0..<3_000 { rows.append("\(String(format: "%03d", 101 + n / 30))\(String(format: "%03d", 900 + n % 30));Skole \(n);Ærø;tilbudt") }
        try (rows.joined(separator: "\n") + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let before = Int(try server.sql("SELECT count(*) FROM tavle.records", database: db)) ?? 0
        let loop = try background("""
        n=0; fails=0
        while [ ! -e '\(stop)' ]; do
          '\(Harness.binary)' contact add --log '\(server.url(db, user: "ahj"))' --school 101001 --date '\(Harness.date(-1))' --form telefon --summary "Kort $n" >/dev/null 2>>'\(dir)/loop.err' || fails=$((fails+1))
          n=$((n+1)); sleep 0.3
        done
        echo "$n $fails"
        """, out: dir + "/loop.out")
        Thread.sleep(forTimeInterval: 1)
        let imported = try Harness.tavle("import", "schools", csv, "--log", server.url(db, user: "mfr"))
        Thread.sleep(forTimeInterval: 1)
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        _ = wait(loop)
        #expect(imported.status == 0, "\(imported.err.suffix(300))")
        let counts = try String(contentsOfFile: dir + "/loop.out", encoding: .utf8).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 2 && counts[1] == 0, "the other member's writes failed: \((try? String(contentsOfFile: dir + "/loop.err", encoding: .utf8)) ?? "")")
        #expect(Int(try server.sql("SELECT count(*) FROM tavle.records", database: db)) == before + 6_000 + (counts.first ?? 0))
    }

    @Test func twoCoordinatorsBookingOneConsultantAtOnceOneWins() throws {
        let db = try demo(["mfr", "jbn"])
        // A second coordinator, registered by the first.
        let csv = Harness.tempDirectory() + "/people.csv"
        try "initialer;fuldt navn;rolle\njbn;Jonas Bach Nielsen;koordinator\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try Harness.tavle("import", "consultants", csv, "--log", server.url(db, user: "mfr"))
        #expect(imported.status == 0, "\(imported.err)")
        let dir = Harness.tempDirectory()
        let before = try server.sql("SELECT last_seq FROM tavle.head", database: db)
        // Days on which neither school nor the consultant has a meeting in the demo already, whatever today is: the
        // only conflict is the one the two coordinators make.
        let state = NetworkState.replay(Recorded.numbered(try DemoNetwork.events(today: Harness.today)))
        func busy(_ iso: String) -> Bool {
            state.meetings(on: Day.parseISO(iso)!).contains { m in
                m.status != .cancelled && (m.consultants.contains("eth") || !state.participants(m).isDisjoint(with: ["101001", "147001"]))
            }
        }
        var offset = 40
        for round in 0..<3 {
            var day = Harness.plainWorkday(from: offset)
            while busy(day) { offset += 1; day = Harness.plainWorkday(from: offset) }
            offset += 7
            let pids = try [("mfr", "101001"), ("jbn", "147001")].map { who, school in
                try background("""
                    TAVLE_TODAY= '\(Harness.binary)' meeting schedule --log '\(server.url(db, user: who))' --kind vejledningsdag \
                      --school \(school) --consultant eth --date \(day) --start 13.00 --duration 2t --location Skolen --force
                    """, out: "\(dir)/\(who)\(round)")
            }
            let codes = pids.map(wait)
            #expect(codes.sorted() == [0, 1], "round \(round): \(codes)")
            let loser = codes[0] == 1 ? "mfr" : "jbn"
            let said = (try? String(contentsOfFile: "\(dir)/\(loser)\(round).err", encoding: .utf8)) ?? ""
            #expect(said.contains("Erik Toft Hansen"), "round \(round): \(said)")
        }
        #expect(try server.sql("SELECT count(*) FROM tavle.records WHERE type = 'meeting.scheduled' AND seq > \(before)", database: db) == "3")
    }
}
