import Domain
@testable import FileStore
import Foundation
import Glibc
import Testing

/// The log refuses to be fooled, through the real binary: files Tavle did not make, outputs aimed at the log,
/// reading commands that change nothing, hostile text and numbers, imports that leave nothing behind.
@Suite struct HardeningTests {
    func demo() throws -> (dir: String, log: String) {
        let dir = Harness.tempDirectory()
        try Harness.tavle("demo", "--out", dir + "/x.log")
        return (dir, dir + "/x.log")
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }
    func listing(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    /// A reading command, a writing command and the verifier, all refused with exit 3 and nothing written.
    func expectRefused(_ log: String, _ dir: String, _ what: String, because words: String) throws {
        let before = bytes(log), files = listing(dir)
        for args in [["log", "verify"], ["school", "list"], ["contact", "add", "--school", "101001", "--date", Harness.date(-1), "--form", "mail", "--summary", "x"]] {
            let r = try Harness.run(Harness.binary, args + ["--log", log, "--as", "mfr"])
            #expect(r.status == 3, "\(what), \(args[0]): \(r.status) \(r.err)")
            #expect(r.err.contains(words), "\(what), \(args[0]): \(r.err)")
        }
        #expect(bytes(log) == before, "\(what): the file was changed")
        #expect(listing(dir) == files, "\(what): a file was added")
    }

    @Test func filesTavleDidNotMakeAreNeverWritten() throws {
        let (dir, log) = try demo()
        let whole = bytes(log)
        let headerEnd = whole.firstIndex(of: 10)!
        let cases: [(String, Data, String)] = [
            ("one byte", Data("x".utf8), "slutter midt i sin første linje"),
            ("another JSON file", Data("{\"name\":\"x\"}\n".utf8), "ikke en Tavle-log"),
            ("an empty first line", Data("\n\n".utf8), "ikke en Tavle-log"),
            ("a header cut short", whole.prefix(headerEnd / 2), "slutter midt i sin første linje"),
            ("a header cut before its newline", whole.prefix(headerEnd), "slutter midt i sin første linje"),
            ("binary", Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3]), "slutter midt i sin første linje"),
        ]
        for (what, content, words) in cases {
            let path = dir + "/other.log"
            try content.write(to: URL(fileURLWithPath: path))
            chmod(path, 0o600)
            try expectRefused(path, dir, what, because: words)
            unlink(path)
        }
    }

    @Test func linksOtherUsersFilesAndNonFilesAreRefused() throws {
        let (dir, log) = try demo()
        let link = dir + "/link.log"
        #expect(symlink(log, link) == 0)
        try expectRefused(link, dir, "a symlink", because: "symbolsk link")
        #expect(try Harness.tavle("school", "list", "--log", log).status == 0)   // the target itself is fine
        unlink(link)
        chmod(log, 0o666)
        try expectRefused(log, dir, "writable by others", because: "andre end ejeren kan skrive")
        chmod(log, 0o620)
        try expectRefused(log, dir, "writable by its group", because: "andre end ejeren kan skrive")
        chmod(log, 0o600)
        if geteuid() == 0 {
            #expect(chown(log, 65534, 65534) == 0)
            try expectRefused(log, dir, "another user's", because: "tilhører en anden bruger")
            #expect(chown(log, 0, 0) == 0)
        }
        let fifo = dir + "/fifo.log"
        #expect(mkfifo(fifo, 0o600) == 0)
        try expectRefused(fifo, dir, "a FIFO", because: "ikke en almindelig fil")
        let folder = dir + "/folder.log"
        #expect(mkdir(folder, 0o700) == 0)
        try expectRefused(folder, dir, "a directory", because: "ikke en almindelig fil")
    }

    @Test func readingCommandsChangeNoFile() throws {
        let (dir, log) = try demo()
        // A torn tail, and a snapshot far behind: a writer would tidy both; readers must not.
        try Harness.tavle("log", "snapshot", "--log", log)
        for i in 0..<3 { try Harness.tavle("cluster", "rename", "EL-K01", "--name", "N\(i)", "--log", log, "--as", "mfr") }
        let h = FileHandle(forWritingAtPath: log)!
        h.seekToEndOfFile(); h.write(Data("{\"seq\":99".utf8)); h.closeFile()
        let snapshot = bytes(log + ".snapshot"), before = bytes(log), files = listing(dir)
        let out = Harness.tempDirectory()
        for args in [["log", "verify"], ["log", "stats"], ["school", "list"], ["cluster", "list", "--json"], ["meeting", "list"],
                     ["follow-up", "list"], ["people", "list"], ["caseload", "--as", "ahj"], ["export", "schools", "--out", out + "/s.csv"],
                     ["export", "meetings", "--format", "ics", "--out", out + "/m.ics"], ["report", "--out", out + "/r.md"],
                     ["meeting", "suggest", "--cluster", "EL-K02"], ["meeting", "plan", "--dry-run"], ["cluster", "suggest"]] {
            let r = try Harness.run(Harness.binary, args + ["--log", log])
            #expect(r.status == 0, "\(args): \(r.err)")
            #expect(bytes(log) == before && bytes(log + ".snapshot") == snapshot && listing(dir) == files, "\(args) changed a file")
        }
        // The dashboard in time travel, too.
        let t = try Tmux(width: 120, height: 30, command: "\(Harness.binary) --log \(log) --as-of \(Harness.today.adding(days: -30).iso)")
        // The torn tail is said first; a key clears the notice and shows the time-travel line.
        try t.waitFor("ufuldstændig linje")
        try t.keys("1")
        try t.waitFor("⏪")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(bytes(log) == before && listing(dir) == files)
        // A write tidies up: the torn tail moved aside, and the due snapshot written.
        let write = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr")
        #expect(write.status == 0 && write.err.contains(".torn-"), "\(write.err)")
    }

    @Test func anOutputIsNeverTheLog() throws {
        let (dir, log) = try demo()
        try Harness.tavle("log", "snapshot", "--log", log)
        let hard = dir + "/hard.log", soft = dir + "/soft.log"
        #expect(link(log, hard) == 0 && symlink(log, soft) == 0)
        let before = bytes(log), snapshot = bytes(log + ".snapshot")
        let cwd = FileManager.default.currentDirectoryPath
        let targets = [log, dir + "/../" + (dir as NSString).lastPathComponent + "/x.log", hard, soft, log + ".snapshot", log + ".snapshot.new",
                       log + ".torn-2026-12-02T080000.000Z"]
        for target in targets {
            for args in [["export", "schools"], ["export", "meetings", "--format", "json"], ["export", "meetings", "--format", "ics"],
                         ["report"], ["report", "--format", "html"]] {
                let r = try Harness.run(Harness.binary, args + ["--log", log, "--out", target])
                #expect(r.status == 1 && r.err.contains("er loggen eller en af dens sidefiler"), "\(args) → \(target): \(r.status) \(r.err)")
            }
        }
        #expect(bytes(log) == before && bytes(log + ".snapshot") == snapshot)
        #expect(FileManager.default.currentDirectoryPath == cwd)
        // A real output: whole, owner-only, and nothing left beside it.
        let out = Harness.tempDirectory()
        let r = try Harness.tavle("export", "schools", "--log", log, "--out", out + "/skoler.csv")
        #expect(r.status == 0, "\(r.err)")
        var st = stat()
        #expect(stat(out + "/skoler.csv", &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(listing(out) == ["skoler.csv"])
    }

    @Test func spreadsheetCellsAreTextAndTerminalsSeeNoEscapes() throws {
        let (dir, log) = try demo()
        // Names and summaries a spreadsheet would run as formulas.
        let evil = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"]
        for (i, name) in evil.enumerated() {
            let r = try Harness.tavle("cluster", "rename", "EL-K0\(i + 1)", "--name=\(name)", "--log", log, "--as", "mfr")
            #expect(r.status == 0, "\(r.err)")
        }
        let c = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", Harness.date(-1),
                                  "--form", "mail", "--summary", "=cmd|' /C calc'!A0")
        #expect(c.status == 0, "\(c.err)")
        for table in ["schools", "interventions", "contacts", "meetings"] {
            for excel in ["true", "false"] {
                let csv = try Harness.tavle("export", table, "--log", log, "--excel=\(excel)")
                #expect(csv.status == 0)
                for cell in csv.out.components(separatedBy: excel == "true" ? ";" : ",").map({ $0.trimmingCharacters(in: .init(charactersIn: "\"\r\n\u{FEFF}")) }) {
                    #expect(!(cell.first.map { "=+@".contains($0) } ?? false), "\(table): a cell begins \(cell.prefix(12))")
                }
            }
        }
        // A school whose name looks like a formula: exported as text, and imported again as the same name.
        try "Institutionsnummer;Navn;Kommune;Deltagelse\n999009;=1+1 Skolen;Ærø;tilbudt\n".write(toFile: dir + "/f.csv", atomically: true, encoding: .utf8)
        #expect(try Harness.tavle("import", "schools", dir + "/f.csv", "--log", log, "--as", "mfr").status == 0)
        let exported = try Harness.tavle("export", "schools", "--log", log, "--out", dir + "/again.csv")
        #expect(exported.status == 0 && String(decoding: bytes(dir + "/again.csv"), as: UTF8.self).contains(";'=1+1 Skolen;"))
        let again = try Harness.tavle("import", "schools", dir + "/again.csv", "--log", log, "--as", "mfr", "--dry-run")
        #expect(again.status == 0 && again.out.contains("Ingen ændringer"), "\(again.out) \(again.err)")
        // Control characters are refused on the command line and in a CSV, with the line and column.
        let escape = try Harness.tavle("cluster", "rename", "EL-K05", "--name", "Rød\u{1B}[31m", "--log", log, "--as", "mfr")
        #expect(escape.status == 1 && escape.err.contains("U+001B"), "\(escape.err)")
        for (bad, code) in [("\u{1B}[31m", "U+001B"), ("bell\u{07}", "U+0007"), ("csi\u{9B}2J", "U+009B")] {
            try "Institutionsnummer;Navn;Kommune\n999001;Skole\(bad);Ærø\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
            let r = try Harness.tavle("import", "schools", dir + "/bad.csv", "--log", log, "--as", "mfr")
            #expect(r.status == 1 && r.err.contains("bad.csv:2: Navn:") && r.err.contains(code), "\(r.err)")
        }
        // Markdown and HTML reports show a name as text, not markup.
        #expect(try Harness.tavle("cluster", "rename", "EL-K06", "--name", "<i>x</i> *fed* [link](y)", "--log", log, "--as", "mfr").status == 0)
        let md = try Harness.tavle("report", "--log", log)
        #expect(!md.out.contains("<i>x</i>") && !md.out.contains("[link](y)"))
        let html = try Harness.tavle("report", "--log", log, "--format", "html")
        #expect(!html.out.contains("<i>x</i>"))
    }

    @Test func aCraftedLogNeverReachesTheTerminalRaw() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/crafted.log"
        // Events written straight to a log, past every check a command makes: names with escape sequences.
        let programme = Programme(id: "p", name: "P\u{1B}[2J", start: Day(year: 2025, month: 8, day: 1)!, end: Day(year: 2028, month: 7, day: 31)!)
        let at = Timestamp(day: Harness.today.adding(days: -10))
        try EventLog.create(path: log, events: [
            (at, "mfr", .personRegistered(Person(name: "mfr", fullName: "M\u{07}", role: .coordinator))),
            (at, "mfr", .programmeDefined(programme)),
            (at, "mfr", .schoolRegistered(School(institution: "101001", name: "Skole\u{1B}]0;hacked\u{07}\u{9B}31m\rSUMMARY:forged", municipality: 101, kind: .folkeskole))),
            (at, "mfr", .participationSet(Enrolment("p", "101001"), status: .offered, track: nil, reason: nil, date: at.danishDay)),
            (at, "mfr", .meetingScheduled(Meeting(id: "M0001", programme: "p", kind: .cluster, title: "Møde\rX-FORGED:1",
                                                  day: Harness.today.adding(days: 3), start: 540, end: 600, schools: ["101001"], consultants: ["mfr"],
                                                  location: "Lokale\u{0}\u{1B}[2J"))),
        ], created: at)
        for args in [["school", "list"], ["people", "list"], ["log", "stats"], ["export", "schools"], ["report"], ["report", "--format", "html"],
                     ["meeting", "list"], ["export", "meetings", "--format", "ics"], ["export", "meetings", "--format", "json"]] {
            let r = try Harness.run(Harness.binary, args + ["--log", log])
            #expect(r.status == 0, "\(args): \(r.err)")
            #expect(!r.out.unicodeScalars.contains { [0x00, 0x1B, 0x07, 0x9B].contains($0.value) }, "\(args) printed a control character")
            // A carriage return only ends a line: alone it would print over a line, or end a calendar property.
            #expect(!r.out.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "\(args) printed a lone carriage return")
        }
        // The calendar holds one event whose text is its own: no property smuggled in by a CR.
        let ics = try Harness.run(Harness.binary, ["export", "meetings", "--format", "ics", "--log", log]).out
        let lines = ics.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("X-FORGED") || $0.hasPrefix("SUMMARY:forged") }, "\(ics)")
        #expect(lines.filter { $0.hasPrefix("BEGIN:VEVENT") }.count == 1 && lines.filter { $0.hasPrefix("DTSTART;TZID") }.count == 1)
    }

    @Test func numbersOutOfRangeAreRefusedNotCrashed() throws {
        let (_, log) = try demo()
        let cases: [[String]] = [
            ["meeting", "suggest", "--cluster", "EL-K01", "--duration", "99999999999999t"],
            ["meeting", "suggest", "--cluster", "EL-K01", "--duration", "9223372036854775807"],
            ["meeting", "suggest", "--cluster", "EL-K01", "--weeks", "9223372036854775807"],
            ["meeting", "suggest", "--cluster", "EL-K01", "--weeks", "0"],
            ["meeting", "suggest", "--cluster", "EL-K01", "--count", "-1"],
            ["meeting", "plan", "--per-cluster", "9223372036854775807", "--dry-run"],
            ["meeting", "schedule", "--kind", "temadag", "--school", "101001", "--date", Harness.date(30), "--start", "9.00", "--duration", "2147483648m"],
            ["evaluation", "add", "--school", "101001", "--indicator", "dansk-under-4", "--value=--5", "--date", Harness.date(-1)],
            ["evaluation", "add", "--school", "101001", "--indicator", "dansk-under-4", "--value", "99999999999999999999", "--date", Harness.date(-1)],
            ["evaluation", "add", "--school", "101001", "--indicator", "dansk-under-4", "--value", "1e3", "--date", Harness.date(-1)],
            ["meeting", "feedback", "M0001", "--rating", "9223372036854775807"],
            ["caseload", "--weeks", "99999999999"],
            ["cluster", "suggest", "--size", "0"],
            ["meeting", "suggest", "--cluster", "EL-K01", "--weeks", "99999999999999999999"],
        ]
        let before = bytes(log)
        for args in cases {
            let r = try Harness.run(Harness.binary, args + ["--log", log, "--as", "mfr"])
            #expect(r.status == 1 || r.status == 2, "\(args): exit \(r.status) \(r.err)")
            #expect(!r.err.isEmpty)
        }
        #expect(bytes(log) == before)
    }

    @Test func anEmptyActorAndARefusedImportLeaveNothing() throws {
        let (dir, log) = try demo()
        let r = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "x", "--log", log, "--as", "", env: ["TAVLE_USER": "mfr"])
        #expect(r.status == 2 && r.err.contains("--as"), "\(r.err)")
        // No --as, $TAVLE_USER or $USER (some service managers give none): the account's login name, not a made-up one.
        let unnamed = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "x", "--log", log, env: ["TAVLE_USER": "", "USER": ""])
        #expect(unnamed.status == 1 && unnamed.err.contains("\(ProcessInfo.processInfo.userName) er ikke registreret") && !unnamed.err.contains("ukendt"),
                "\(unnamed.err)")
        // A mistyped --log with a refused import: no new log appears.
        try "Institutionsnummer;Navn;Kommune\n12345;Forkert;Ærø\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let missing = dir + "/tavel.log"
        let refused = try Harness.tavle("import", "schools", dir + "/bad.csv", "--log", missing, "--as", "mfr")
        #expect(refused.status == 1 && !FileManager.default.fileExists(atPath: missing))
        let dry = try Harness.tavle("import", "schools", dir + "/bad.csv", "--log", missing, "--as", "mfr", "--dry-run")
        #expect(dry.status == 1 && !FileManager.default.fileExists(atPath: missing))
        // Two columns of one name, and a row longer than its header.
        for (text, words) in [("Institutionsnummer;Navn;Navn;Kommune\n999001;A;B;Ærø\n", "findes to gange"),
                              ("Institutionsnummer;Navn;Kommune\n999001;A;Ærø;ekstra\n", "rækken har 4 felter")] {
            try text.write(toFile: dir + "/odd.csv", atomically: true, encoding: .utf8)
            let odd = try Harness.tavle("import", "schools", dir + "/odd.csv", "--log", log, "--as", "mfr")
            #expect(odd.status == 1 && odd.err.contains(words), "\(odd.err)")
        }
        // A good import into a log that does not exist yet makes it.
        try "Institutionsnummer;Navn;Kommune\n999001;Ny skole;Ærø\n".write(toFile: dir + "/ok.csv", atomically: true, encoding: .utf8)
        let fresh = dir + "/ny.log"
        let ok = try Harness.tavle("import", "schools", dir + "/ok.csv", "--log", fresh, "--as", "mfr")
        #expect(ok.status == 0 && FileManager.default.fileExists(atPath: fresh), "\(ok.err)")
    }
}
