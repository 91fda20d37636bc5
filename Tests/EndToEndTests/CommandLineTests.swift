import Foundation
import Testing

/// The fixed command-line contract, run against the real binary.
@Suite struct CommandLineTests {
    @Test func demoVerifyAndListTheSchools() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        let demo = try Harness.tavle("demo", "--out", log)
        #expect(demo.status == 0, "\(demo.err)")
        let verify = try Harness.tavle("log", "verify", "--log", log)
        #expect(verify.status == 0)
        #expect(verify.out.contains("hændelser, sidste løbenummer"))
        let list = try Harness.tavle("school", "list", "--log", log, "--programme", "elevloeft", "--json")
        #expect(list.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as! [[String: Any]]
        #expect(rows.count == 120)
        for key in ["institution", "name", "municipality", "region", "cluster", "consultant", "participation"] {
            #expect(rows[0].keys.contains(key), "missing \(key)")
        }
        #expect(rows.contains { $0["municipality"] as? String == "Ærø" })
        #expect(rows.allSatisfy { ($0["institution"] as? String)?.count == 6 })
        let again = try Harness.tavle("demo", "--out", log)
        #expect(again.status == 1)
        #expect(again.err.contains("findes allerede"))
    }

    @Test func aTornTailIsReportedByReadersAndMovedAsideByTheNextWrite() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        var data = try Data(contentsOf: URL(fileURLWithPath: log))
        let lastStart = data.dropLast().lastIndex(of: 10)! + 1
        data = data.prefix(lastStart + (data.count - lastStart) / 2)
        try data.write(to: URL(fileURLWithPath: log))
        // Reading commands say so and change nothing.
        for args in [["log", "verify"], ["school", "list"], ["log", "stats"], ["export", "schools"]] {
            let r = try Harness.run(Harness.binary, args + ["--log", log, "--lang", "en"])
            #expect(r.status == 0, "\(args): \(r.err)")
            #expect(args == ["log", "stats"] || r.err.contains("incomplete line"), "\(args): \(r.err)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == data, "\(args) changed the log")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["x.log"], "\(args) left a file")
        }
        // A write moves it aside first, and says nothing confirmed was lost: an incomplete record never was.
        let write = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr", "--lang", "en")
        #expect(write.status == 0, "\(write.err)")
        #expect(write.err.contains("Incomplete last line") && write.err.contains(".torn-") && write.err.contains("Nothing acknowledged is lost"))
        let second = try Harness.tavle("log", "verify", "--log", log, "--lang", "en")
        #expect(second.status == 0 && second.err.isEmpty)
    }

    @Test func flippedByteIsNamedByLine() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        var data = try Data(contentsOf: URL(fileURLWithPath: log))
        let newlines = data.indices.filter { data[$0] == 10 }
        let lineStart = newlines[499] + 1          // line 501
        data[lineStart + 20] ^= 0x04
        try data.write(to: URL(fileURLWithPath: log))
        let r = try Harness.tavle("log", "verify", "--log", log)
        #expect(r.status == 3)
        #expect(r.err.contains("linje 501 (byte \(lineStart))"), "\(r.err)")
    }

    @Test func logLocationFollowsXDG() throws {
        let dir = Harness.tempDirectory()
        let r = try Harness.tavle("log", "verify", env: ["XDG_DATA_HOME": dir, "TAVLE_LOG": ""])
        #expect(r.status == 3)
        #expect(r.err.contains(dir + "/tavle/tavle.log"))
        try Harness.tavle("demo", "--out", dir + "/env.log")
        let viaEnv = try Harness.tavle("log", "verify", env: ["TAVLE_LOG": dir + "/env.log"])
        #expect(viaEnv.status == 0)
    }

    @Test func writesAreRefusedWithReasonsAndExitCodes() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let unknown = try Harness.tavle("participation", "set", "--log", log, "--school", "999999", "--programme", "elevloeft", "--status", "accepted", "--as", "mfr")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("Skolen 999999 findes ikke"))
        // A value outside its set is invalid input (exit 1), not a command line that cannot be parsed (2).
        let usage = try Harness.tavle("participation", "set", "--log", log, "--school", "101001", "--programme", "elevloeft", "--status", "maybe")
        #expect(usage.status == 1 && !usage.err.contains("Brug:"), "\(usage.err)")
        let unknown2 = try Harness.tavle("participation", "set", "--log", log, "--frobnicate")
        #expect(unknown2.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        let ok = try Harness.tavle("participation", "set", "--log", log, "--school", "217001", "--programme", "elevloeft", "--status", "accepted", "--as", "mfr")
        #expect(ok.status == 0)
        #expect(ok.out.contains("mfr: Skolen Bakkevejens Skole i Elevløft: accepteret"), "\(ok.out)")   // names, not ids
    }

    @Test func twoProcessesAppendingAtOnce() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let before = try Harness.tavle("log", "verify", "--log", log)
        let schools = ["101001", "147001", "151001", "153001", "155001", "157001", "159001", "161001"]
        let start = try JSONSerialization.jsonObject(with: Data(try Harness.tavle("school", "list", "--log", log, "--json").out.utf8)) as! [[String: Any]]
        let initial = schools.map { inst in start.first { $0["institution"] as? String == inst }?["participation"] as? String ?? "" }
        // Both processes withdraw the same 8 schools and then accept them again, racing each other.
        let script = (0..<8).map { i in
            let inst = ["101001", "147001", "151001", "153001", "155001", "157001", "159001", "161001"][i]
            return "\(Harness.binary) participation set --as mfr --log \(log) --school \(inst) --programme elevloeft --status withdrawn; " +
                   "\(Harness.binary) participation set --as mfr --log \(log) --school \(inst) --programme elevloeft --status accepted"
        }.joined(separator: "; ")
        let outputs = [dir + "/a.out", dir + "/b.out"]
        let group = DispatchGroup()
        for out in outputs {
            group.enter()
            DispatchQueue.global().async {
                _ = try? Harness.run("/bin/sh", ["-c", "{ " + script + "; } 2>/dev/null | grep -c '^#' > \(out)"])
                group.leave()
            }
        }
        group.wait()
        let written = outputs.map { (try? String(contentsOfFile: $0, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? -100 }.reduce(0, +)
        let after = try Harness.tavle("log", "verify", "--log", log)
        #expect(after.status == 0, "\(after.err)")
        let count: (String) -> Int = { Int($0.split(separator: " ")[1].replacingOccurrences(of: ".", with: "")) ?? -1 }
        #expect(count(after.out) == count(before.out) + written)
        // Each school ends accepted, and no acceptance or withdrawal was written twice in a row.
        let list = try Harness.tavle("school", "list", "--log", log, "--json")
        let rows = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as! [[String: Any]]
        for inst in ["101001", "147001", "151001", "153001"] {
            #expect(rows.first { $0["institution"] as? String == inst }?["participation"] as? String == "accepted")
        }
        // How the two processes interleave decides how many writes land: an accepted school gets 2 to 4 (a
        // withdrawal and an acceptance from one process or both); a declined one 1 to 3 (its first acceptance, and
        // then a withdrawal and acceptance from the process that comes second).
        let accepted = initial.filter { $0 == "accepted" }.count, other = 8 - accepted
        #expect(written >= 2 * accepted + other && written <= 4 * accepted + 3 * other, "\(initial)")
    }

    @Test func versionIsPrinted() throws {
        let r = try Harness.tavle("--version")
        #expect(r.status == 0 && r.out.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(r.out)")
        #expect(try Harness.tavle("--help").out.contains("  --version               Vis versionen."))
    }

    @Test func helpSaysHowDatesAndLengthsAreWritten() throws {
        // (The help is wrapped to the terminal: read as running text.)
        let flat = { (s: String) in s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let da = flat(try Harness.tavle("meeting", "schedule", "--help").out), en = flat(try Harness.tavle("meeting", "schedule", "--help", "--lang", "en").out)
        #expect(da.contains("Datoen. Datoer: d.m.åååå, åååå-mm-dd eller talt fra i dag (+14, +2u).") && da.contains("Længde, fx 2t30m (2 timer 30 minutter) eller 90m."), "\(da)")
        #expect(en.contains("The date. Dates: d.m.yyyy, yyyy-mm-dd, or counted from today (+14, +2w).") && en.contains("Length, e.g. 2h30m (2 hours 30 minutes) or 90m."), "\(en)")
        #expect(!en.contains("+2t30m"))
    }

    @Test func langInTheConfigFileIsHonouredByCommandsToo() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        try FileManager.default.createDirectory(atPath: dir + "/config/tavle", withIntermediateDirectories: true)
        try "lang = \"en\"\n".write(toFile: dir + "/config/tavle/config.toml", atomically: true, encoding: .utf8)
        let english = try Harness.tavle("log", "verify", "--log", log, env: ["XDG_CONFIG_HOME": dir + "/config"])
        #expect(english.status == 0 && english.out.contains("Every checksum matches"), "\(english.out)")
        // --lang and TAVLE_LANG still come first.
        let danish = try Harness.tavle("log", "verify", "--log", log, "--lang", "da", env: ["XDG_CONFIG_HOME": dir + "/config"])
        #expect(danish.out.contains("Alle kontrolsummer stemmer"), "\(danish.out)")
        let env = try Harness.tavle("log", "verify", "--log", log, env: ["XDG_CONFIG_HOME": dir + "/config", "TAVLE_LANG": "da"])
        #expect(env.out.contains("Alle kontrolsummer stemmer"), "\(env.out)")
    }

    @Test func anInterventionKindIsTakenByTheNameTheDashboardShowsAndAWrongOneListsTheRest() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let schools = try #require(try JSONSerialization.jsonObject(with: Data(try Harness.tavle("school", "list", "--log", log, "--json").out.utf8)) as? [[String: Any]])
        let school = try #require(schools.first { $0["participation"] as? String == "accepted" })
        let institution = school["institution"] as! String, name = school["name"] as! String
        var said = ""
        for status in ["planlagt", "i-gang", "forankret"] where said.isEmpty {
            let r = try Harness.tavle("intervention", "set", "--school", institution, "--kind", "forældresamarbejde", "--status", status,
                                      "--log", log, "--as", "mfr")
            if r.status == 0 { said = r.out }
        }
        // Said with the school's and the kind's names, not their ids.
        #expect(said.contains(name) && said.contains("Forældresamarbejde") && !said.contains(institution), "\(said)")
        let wrong = try Harness.tavle("intervention", "set", "--school", institution, "--kind", "Forældre", "--status", "i-gang",
                                      "--log", log, "--as", "mfr")
        #expect(wrong.status == 1 && wrong.err.contains("turbo (Turboforløb)") && wrong.err.contains("foraeldre (Forældresamarbejde)"), "\(wrong.err)")
    }
}
