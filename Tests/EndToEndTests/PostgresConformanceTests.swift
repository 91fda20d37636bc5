import Domain
import Foundation
import PostgresStore
import Testing

/// One spelling per line, checked identically by Tavle's reader and by the shared log's server: a corpus of valid
/// lines and of each kind of invalid one, and a differential fuzzer, run through both; then the issue's attacks through
/// psql as a member, each refused, with the log still verifying.
@Suite(.enabled(if: PGAvailability.runs, "PostgreSQL's server programs (initdb, pg_ctl) are not installed"))
struct PostgresConformanceTests {
    let server: PGServer
    let log: TestLog

    init() throws {
        server = try #require(PGServer.shared, "the test server did not start")
        log = try TestLog(.postgres)
        try log.open().append(startingCommands(), actor: "mfr", now: .now())
    }

    var db: String { log.database! }

    /// A line of every kind of record the demo holds, each with the checksum of the line before it.
    static let demoLines: [(line: [UInt8], previous: UInt32)] = {
        let path = Harness.tempDirectory() + "/demo.log"
        guard (try? Harness.tavle("demo", "--out", path))?.status == 0, let data = FileManager.default.contents(atPath: path) else { return [] }
        var out: [(line: [UInt8], previous: UInt32)] = [], perType: [String: Int] = [:]
        var previous: UInt32 = 0
        for part in Array(data).split(separator: 10) {
            let line = Array(part) + [10]
            defer { previous = LogFormat.statedChecksum(line) ?? 0 }
            let text = String(decoding: part, as: UTF8.self)
            guard previous != 0, let type = text.range(of: #""type":"[^"]*""#, options: .regularExpression).map({ String(text[$0]) }) else { continue }
            perType[type, default: 0] += 1
            if perType[type]! <= 2 { out.append((line, previous)) }
        }
        // Kinds the demo does not write, spelled by the codec.
        let school = School(institution: "101001", name: "Bakkeskolen", municipality: 101, kind: .folkeskole)
        let person = Person(name: "ahj", fullName: "Anne Holm Jensen", role: .consultant)
        for e: Event in [.undone(seq: 3), .clusterRenamed(id: "K1", name: "Øerne"), .schoolUpdated(school), .personUpdated(person),
                         .meetingMoved(id: "M0001", day: Harness.today, start: 570, end: 720), .meetingCancelled(id: "M0001", reason: "Sne"),
                         .followUpMoved(id: "F0001", due: Harness.today, reason: "Ferie")] {
            if let line = try? LogFormat.encode([Recorded(seq: 9, at: .now(), actor: "mfr", event: e)], after: 7) { out.append((line, 7)) }
        }
        return out
    }()

    /// The server's verdict on each line: true where `tavle.line_problem` finds nothing.
    func serverTakes(_ lines: [[UInt8]]) throws -> [Bool] {
        let array = lines.map { "'\\x" + $0.map { String(format: "%02x", $0) }.joined() + "'::bytea" }.joined(separator: ",\n")
        let file = Harness.tempDirectory() + "/lines.sql"
        try "SELECT string_agg(CASE WHEN tavle.line_problem(l) IS NULL THEN '1' ELSE '0' END, '' ORDER BY i) FROM unnest(ARRAY[\(array)]) WITH ORDINALITY AS t(l, i);"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try server.psql("\\i \(file)", database: db)
        #expect(r.status == 0, "\(r.err)")
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines).map { $0 == "1" }
    }

    /// Compares the two verdicts line by line; returns how many each side took.
    func compare(_ lines: [(line: [UInt8], previous: UInt32, name: String)]) throws -> Int {
        let server = try serverTakes(lines.map(\.line))
        #expect(server.count == lines.count)
        var taken = 0, differences = 0
        for (i, l) in lines.enumerated() where i < server.count {
            let swift = LogReader.problem(ofLine: l.line, previous: l.previous)
            if (swift == nil) != server[i] {
                differences += 1
                if differences <= 5 {
                    Issue.record("\(l.name): Tavle's reader \(swift == nil ? "takes" : "refuses (\(swift!))"), the server \(server[i] ? "takes" : "refuses"): \(String(decoding: l.line, as: UTF8.self).prefix(300))")
                }
            }
            if server[i] { taken += 1 }
        }
        #expect(differences == 0)
        return taken
    }

    @Test func aCorpusOfLinesGetsTheSameVerdictFromBoth() throws {
        let demo = Self.demoLines
        try #require(demo.count >= 40, "a line of every kind of record")
        let cases: [(String, (String) -> String)] = [
            ("valid", { $0 }),
            ("a key twice", { "{\"by\":\"zzz\"," + $0.dropFirst() }),
            ("another record in front", { "{\"seq\":1,\"v\":1,\"at\":\"2026-01-01T00:00:00.000Z\",\"by\":\"mfr\",\"type\":\"cluster.renamed\",\"cluster\":\"K1\",\"name\":\"X\"," + $0.dropFirst() }),
            ("a space after a colon", { $0.replacingOccurrences(of: "\"seq\":", with: "\"seq\": ") }),
            ("keys reordered", { s in
                guard let r = s.range(of: #"^\{"seq":[0-9]+,"v":1,"#, options: .regularExpression) else { return s }
                let seq = s[s.index(s.startIndex, offsetBy: 7)..<s.index(r.upperBound, offsetBy: -7)]
                return "{\"v\":1,\"seq\":\(seq)," + s[r.upperBound...] }),
            ("another time spelling", { $0.replacingOccurrences(of: #""at":"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)\.\d{3}Z""#, with: "\"at\":\"$1 $2+00\"", options: .regularExpression) }),
            ("a time without milliseconds", { $0.replacingOccurrences(of: #"\.\d{3}Z""#, with: "Z\"", options: .regularExpression) }),
            ("an unknown type", { $0.replacingOccurrences(of: #""type":"[^"]*""#, with: "\"type\":\"totally.unknown\"", options: .regularExpression) }),
            ("version 2", { $0.replacingOccurrences(of: "\"v\":1,", with: "\"v\":2,") }),
            ("version 0", { $0.replacingOccurrences(of: "\"v\":1,", with: "\"v\":0,") }),
            ("the version as 1.0", { $0.replacingOccurrences(of: "\"v\":1,", with: "\"v\":1.0,") }),
            ("a letter escaped", { s in
                guard let r = s.range(of: "\"by\":\""), let c = s[r.upperBound...].unicodeScalars.first else { return s }
                return s.replacingCharacters(in: r.upperBound..<s.index(after: r.upperBound), with: String(format: "\\u%04x", c.value)) }),
            ("a slash escaped", { $0.replacingOccurrences(of: "\"type\":\"", with: "\"type\":\"\\/") }),
            ("NUL in a string", { $0.replacingOccurrences(of: "\"by\":\"", with: "\"by\":\"\\u0000") }),
            ("a lone surrogate", { $0.replacingOccurrences(of: "\"by\":\"", with: "\"by\":\"\\ud800") }),
            ("an extra key", { $0 + ",\"extra\":null" }),
            ("an optional as null", { $0 + ",\"reason\":null" }),
            ("space before the checksum", { $0 + " " }),
            ("a number with a leading zero", { $0.replacingOccurrences(of: "\"seq\":", with: "\"seq\":0") }),
            ("a negative zero", { $0.replacingOccurrences(of: #""undoes":\d+"#, with: "\"undoes\":-0", options: .regularExpression) }),
            // The ranges the reader checks in every line (`EventShape.rangesReadChecks`).
            ("decimals past four", { $0.replacingOccurrences(of: #""decimals":\d+"#, with: "\"decimals\":5", options: .regularExpression) }),
            ("decimals below zero", { $0.replacingOccurrences(of: #""decimals":\d+"#, with: "\"decimals\":-1", options: .regularExpression) }),
            ("pupils past ten million", { $0.replacingOccurrences(of: #""pupils":\d+"#, with: "\"pupils\":10000001", options: .regularExpression) }),
        ]
        var lines: [(line: [UInt8], previous: UInt32, name: String)] = []
        var unchanged = 0
        for (name, change) in cases {
            for d in demo {
                let l = Forgery.rechained(d.line, previous: d.previous, change)
                if l == d.line { unchanged += 1 }
                lines.append((l, d.previous, name))
            }
        }
        // Over the size limit, as one contact with a long summary.
        let long = try LogFormat.encode([Recorded(seq: 1, at: .now(), actor: "ahj", event: .contactRecorded(Contact(
            id: "C0001", programme: "elevloeft", school: "101001", date: Harness.today, form: .phone,
            summary: String(repeating: "x", count: LogFormat.recordLimit - 400), by: "ahj")))], after: 7)
        let over = Forgery.rechained(long, previous: 7) { $0.replacingOccurrences(of: "xxxx\"", with: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"") }
        lines.append((long, 7, "just under the limit"))
        lines.append((over, 7, "over the limit"))
        let taken = try compare(lines)
        // Only the lines a case left as they were (the valid ones, and cases that did not apply) and the one under the
        // limit are taken.
        #expect(unchanged >= demo.count && taken == unchanged + 1)
    }

    @Test func aDifferentialFuzzerFindsNoLineTheTwoJudgeApart() throws {
        var rng = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0...UInt64.max, using: &rng)
        var g = SplitMixTest(seed: seed)
        let alphabet = Array("{}[]\":,\\ 0123456789.-+eEtrunlfa\u{7f}é\u{202e}\t\u{1}bcdu".unicodeScalars).map { String($0) }
        let demo = Self.demoLines
        try #require(!demo.isEmpty)
        var lines: [(line: [UInt8], previous: UInt32, name: String)] = []
        for i in 0..<1500 {
            let d = demo[Int(g.next() % UInt64(demo.count))]
            let mutated = Forgery.rechained(d.line, previous: d.previous) { body in
                var s = Array(body.unicodeScalars).map { String($0) }
                for _ in 0..<(1 + Int(g.next() % 3)) {
                    guard s.count > 2 else { break }
                    let at = 1 + Int(g.next() % UInt64(s.count - 1))
                    switch g.next() % 5 {
                    case 0: s.remove(at: at)
                    case 1: s.insert(alphabet[Int(g.next() % UInt64(alphabet.count))], at: at)
                    case 2: s[at] = alphabet[Int(g.next() % UInt64(alphabet.count))]
                    case 3:
                        // A field repeated: the stretch from one comma to the next, copied after itself.
                        let text = s.joined()
                        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                        let k = Int(g.next() % UInt64(parts.count))
                        var p = parts; p.insert(parts[k], at: k)
                        s = Array(p.joined(separator: ",").unicodeScalars).map { String($0) }
                    default:
                        // Two fields swapped.
                        var p = s.joined().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                        guard p.count > 2 else { break }
                        let a = 1 + Int(g.next() % UInt64(p.count - 1)), b = 1 + Int(g.next() % UInt64(p.count - 1))
                        p.swapAt(a, b)
                        s = Array(p.joined(separator: ",").unicodeScalars).map { String($0) }
                    }
                }
                return s.joined()
            }
            lines.append((mutated, d.previous, "mutant \(i) of seed \(seed)"))
        }
        let taken = try compare(lines)
        // Both outcomes occur, so the comparison says something.
        #expect(taken > 0 && taken < lines.count)
    }

    /// The line that continues the log as it stands, as `actor` with `event`, changed by `change` and chained again.
    func next(_ actor: String, _ event: Event, at: Timestamp = .now(), _ change: (String) -> String = { $0 }) throws -> (expected: Int, line: [UInt8]) {
        let head = try server.sql("SELECT last_seq || ' ' || last_crc FROM tavle.head", database: db).split(separator: " ")
        let last = Int(head[0])!, lastCRC = UInt32(head[1])!
        let line = try LogFormat.encode([Recorded(seq: last + 1, at: at, actor: actor, event: event)], after: lastCRC)
        return (last, Forgery.rechained(line, previous: lastCRC, change))
    }

    /// Appends through psql as `login`: the SQLSTATE of the refusal, or nil when it wrote.
    func append(as login: String, _ l: (expected: Int, line: [UInt8])) throws -> String? {
        let hex = l.line.map { String(format: "%02x", $0) }.joined()
        let file = Harness.tempDirectory() + "/append.sql"
        try "SELECT tavle.append(\(l.expected), '\(UUID().uuidString)', ARRAY['\\x\(hex)'::bytea]);".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try server.psql("\\i \(file)", database: db, user: login)
        if r.status == 0 { return nil }
        return r.err.range(of: #"TV\d\d\d|42501|55P03|57014"#, options: .regularExpression).map { String(r.err[$0]) } ?? r.err
    }

    func contact(_ school: String, by: String = "ahj") -> Event {
        .contactRecorded(Contact(id: "C9001", programme: "elevloeft", school: school, date: Harness.today, form: .phone,
                                 summary: "Opringning", by: by))
    }

    @Test func theIssuesAttacksThroughPsqlAreRefusedAndTheLogStillReads() throws {
        // Written as mfr renaming a cluster, checked by a jsonb reader as ahj's contact: refused, whoever sends it.
        let forged = try next("ahj", contact("101001")) { "{\"seq\":0,\"v\":1,\"at\":\"2026-01-01T00:00:00.000Z\",\"by\":\"mfr\",\"type\":\"cluster.renamed\",\"cluster\":\"K1\",\"name\":\"X\"," + $0.dropFirst() }
        #expect(try append(as: "ahj", forged) == "TV008")
        // Another consultant's school, by a repeated key; an undo of another's record, likewise.
        #expect(try append(as: "ahj", next("ahj", contact("101001")) { $0.replacingOccurrences(of: "\"school\":\"101001\"", with: "\"school\":\"101002\",\"school\":\"101001\"") }) == "TV008")
        #expect(try append(as: "ahj", next("ahj", .undone(seq: 3)) { $0.replacingOccurrences(of: "\"undoes\":3", with: "\"undoes\":3,\"undoes\":2") }) == "TV008")
        // Lines no client could read: spacing, another time format, a newer version, an unknown type.
        #expect(try append(as: "ahj", next("ahj", contact("101001")) { $0.replacingOccurrences(of: "\"by\":", with: "\"by\": ") }) == "TV008")
        #expect(try append(as: "ahj", next("ahj", contact("101001")) { $0.replacingOccurrences(of: #""at":"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)\.\d{3}Z""#, with: "\"at\":\"$1 $2+00\"", options: .regularExpression) }) == "TV008")
        #expect(try append(as: "ahj", next("ahj", contact("101001")) { $0.replacingOccurrences(of: "\"v\":1,", with: "\"v\":2,") }) == "TV008")
        #expect(try append(as: "mfr", next("mfr", .clusterRenamed(id: "K1", name: "X")) { $0.replacingOccurrences(of: "cluster.renamed", with: "totally.unknown") }) == "TV008")
        // A contact in another's name, through the field that names the consultant.
        #expect(try append(as: "ahj", next("ahj", contact("101001", by: "mfr"))) == "TV002")
        // A line far over the limit is refused at once, before its checksum is computed.
        let big = try next("ahj", contact("101001")) { $0.replacingOccurrences(of: "Opringning", with: String(repeating: "x", count: 6 << 20)) }
        let started = Date()
        #expect(try append(as: "ahj", big) == "TV008")
        // psql and the test's parallel load take most of this; the server refuses on the size alone.
        #expect(Date().timeIntervalSince(started) < 20)
        // Text with a control character.
        #expect(try append(as: "ahj", next("ahj", contact("101001")) { $0.replacingOccurrences(of: "Opringning", with: "Opring\\u001bning") }) == "TV010")
        // Names the dashboard would refuse: an invisible character, a decomposed letter (not NFC).
        #expect(try append(as: "mfr", next("mfr", .clusterRenamed(id: "K1", name: "Bakke\u{200B}n"))) == "TV010")
        #expect(try append(as: "mfr", next("mfr", .clusterRenamed(id: "K1", name: "Nord\u{E0041}"))) == "TV010")
        #expect(try append(as: "ahj", next("ahj", contact("101001")) { $0.replacingOccurrences(of: "Opringning", with: "Ta\u{030A}rnby") }) == "TV010")
        #expect(try append(as: "mfr", next("mfr", .clusterRenamed(id: "K1", name: "Tårnby"))) == nil)
        // Every client still reads the log, and it verifies.
        let verify = try Harness.tavle("log", "verify", "--log", server.url(db))
        #expect(verify.status == 0, "\(verify.err)")
        #expect(try append(as: "ahj", next("ahj", contact("101001"))) == nil)
    }

    @Test func aRatingIsGivenOnlyBySomeoneWhoWasThereAfterTheMeetingAndFromOneToFive() throws {
        let yesterday = Timestamp.now().danishDay.adding(days: -1), tomorrow = Timestamp.now().danishDay.adding(days: 1)
        func meeting(_ id: String, _ day: Day, schools: [String]) -> Event {
            .meetingScheduled(Meeting(id: id, programme: "elevloeft", kind: .cluster, title: "Klyngemøde", day: day, start: 540, end: 690,
                                      schools: schools, consultants: ["mfr"], location: "Bakkeskolen"))
        }
        #expect(try append(as: "mfr", next("mfr", meeting("M0901", yesterday, schools: ["101001"]))) == nil)
        #expect(try append(as: "mfr", next("mfr", meeting("M0902", yesterday, schools: ["101002"]))) == nil)
        #expect(try append(as: "mfr", next("mfr", meeting("M0903", tomorrow, schools: ["101001"]))) == nil)
        func rating(_ meeting: String, _ rating: Int, by: String = "ahj", school: String? = nil) -> Event {
            .feedbackGiven(MeetingFeedback(id: "R0901", meeting: meeting, school: school, rating: rating, by: by))
        }
        #expect(try append(as: "ahj", next("ahj", rating("M0901", 99))) == "TV010")
        #expect(try append(as: "ahj", next("ahj", rating("M0901", 0))) == "TV010")
        #expect(try append(as: "ahj", next("ahj", rating("M0902", 4))) == "TV011")   // not her school's meeting
        #expect(try append(as: "ahj", next("ahj", rating("M0903", 4))) == "TV011")   // not over yet
        #expect(try append(as: "ahj", next("ahj", rating("M0999", 4))) == "TV011")   // no such meeting
        #expect(try append(as: "ahj", next("ahj", rating("M0901", 4, school: "101002"))) == "TV011")
        #expect(try append(as: "ahj", next("ahj", rating("M0901", 4, by: "mfr"))) == "TV002")
        #expect(try append(as: "ahj", next("ahj", rating("M0901", 4, school: "101001"))) == nil)
        // Cancelled, it can no longer be rated, even by a coordinator.
        #expect(try append(as: "mfr", next("mfr", .meetingCancelled(id: "M0902", reason: "Sne"))) == nil)
        #expect(try append(as: "mfr", next("mfr", rating("M0902", 3, by: "mfr"))) == "TV011")
    }

    @Test func aWriterBehindAnOpenTransactionGetsAClearMessageInSeconds() throws {
        // psql holds the head row in an open transaction, as `BEGIN; SELECT tavle.append(…);` without COMMIT would.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = ["-h", "127.0.0.1", "-p", "\(server.port)", "-U", PGServer.admin, "-d", db, "-c",
                            "BEGIN; SELECT 1 FROM tavle.head FOR UPDATE; SELECT pg_sleep(15); COMMIT;"]
        holder.environment = ["PGPASSWORD": PGServer.adminPassword]
        holder.standardOutput = FileHandle.nullDevice; holder.standardError = FileHandle.nullDevice
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        usleep(800_000)
        let started = Date()
        let r = try Harness.tavle("cluster", "create", "--programme", "elevloeft", "--id", "K7", "--name", "Nord",
                                  "--log", server.url(db, user: "mfr") + "&lock_timeout=1500", "--lang", "en")
        let waited = Date().timeIntervalSince(started)
        #expect(r.status == 1 && r.err.contains("another transaction held the log"), "\(r.status) \(r.err)")
        #expect(waited < 10, "waited \(waited) s")
    }
}

/// A small seeded generator, so a failing seed can be run again.
struct SplitMixTest {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
