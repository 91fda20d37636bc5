import Foundation
import Testing

/// The real dashboard in tmux, driven by keys and read back with capture-pane.
@Suite(.serialized) struct DashboardTests {
    func demoLog() throws -> String {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        return log
    }

    @Test func overviewSchoolsDetailHelpAndQuit() throws {
        let log = try demoLog()
        let t = try Tmux(command: "\(Harness.binary) --log \(log) --as mfr")
        var screen = try t.waitFor("Deltagelse")
        #expect(screen.contains("Indsatser efter status"))
        #expect(screen.contains("Maja R. (koordinator)"), "the status bar names who is working, by name")
        try t.keys("2")
        screen = try t.waitFor("Skoler 120 af 120")
        try t.keys("j", "j", "Enter")
        screen = try t.waitFor("Indsatser")
        #expect(screen.contains("Bakkelundskolen"))
        try t.keys("?")
        screen = try t.waitFor("Taster")
        #expect(screen.contains("Vis overblik"))
        try t.type("afslut")
        screen = try t.waitFor("q / ctrl-c")
        #expect(!screen.contains("Vis overblik"))
        try t.keys("Escape", "q")
        screen = try t.waitFor("TAVLE-EXITED 0")
        #expect(!screen.contains("Skoler 120 af 120"))   // the alternate screen is gone
    }

    @Test func demoFlagOpensTheDemoNetworkAndCleansUp() throws {
        let tmp = Harness.tempDirectory()
        let t = try Tmux(command: "\(Harness.binary) --demo", env: ["USER": "gæst", "TMPDIR": tmp, "TAVLE_USER": ""])
        let screen = try t.waitFor("Elevløft")
        // Not "gæst (læser)": the demo acts as its coordinator, and the status bar says so after the first key.
        #expect(screen.contains("Demo: du er Maja Fogh Riis") && !screen.contains("gæst (læser)"), "\(screen)")
        try t.keys("2")
        try t.waitFor("Maja R. (koordinator)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).count == 1)
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
    }

    /// A closed terminal (SIGHUP), Ctrl-C and `kill` end the dashboard by a signal: the demo's copy goes then too.
    @Test(arguments: ["HUP", "INT", "TERM"]) func theDemosCopyGoesWhenASignalEndsIt(signal: String) throws {
        let tmp = Harness.tempDirectory(), pidFile = Harness.tempDirectory() + "/pid"
        let t = try Tmux(command: "sh -c 'echo $$ > \(pidFile); exec \(Harness.binary) --demo'", env: ["TMPDIR": tmp])
        try t.waitFor("Elevløft")
        // The snapshot is written beside the copy once the dashboard has settled.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !FileManager.default.fileExists(atPath: try demoDirectory(in: tmp) + "/demo.log.snapshot") {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: try demoDirectory(in: tmp)).sorted() == ["demo.log", "demo.log.snapshot"])
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try Harness.run("/bin/kill", ["-\(signal)", pid])
        try t.waitFor("TAVLE-EXITED")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty, "\(signal)")
    }

    func demoDirectory(in tmp: String) throws -> String {
        let entries = try FileManager.default.contentsOfDirectory(atPath: tmp)
        try #require(entries.count == 1, "\(entries)")
        return tmp + "/" + entries[0]
    }

    @Test func resizeLaysOutAgainAndTooSmallIsSaid() throws {
        let log = try demoLog()
        let t = try Tmux(width: 120, height: 40, command: "\(Harness.binary) --log \(log)")
        try t.waitFor("Deltagelse")
        try t.keys("2")
        try t.waitFor("Skoler 120 af 120")
        try t.resize(width: 60, height: 20)
        try t.waitFor("Terminalen er for lille: 60×20")
        try t.resize(width: 100, height: 30)
        let screen = try t.waitFor("Skoler 120 af 120")
        #expect(screen.split(separator: "\n").first.map { $0.count <= 100 } == true)
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
    }

    /// `tavle --demo` acts as the demo's coordinator, says so, and can write at once; `--as` still chooses.
    @Test func theDemoOpensAsItsCoordinator() throws {
        let t = try Tmux(width: 120, height: 30, command: "env -u TAVLE_USER \(Harness.binary) --demo")
        let screen = try t.waitFor("Demo: du er Maja Fogh Riis, koordinator")
        #expect(!screen.contains("læser"), "\(screen)")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        let consultant = try Tmux(width: 120, height: 30, command: "\(Harness.binary) --demo --as ahj --lang en")
        let other = try consultant.waitFor("Participation")
        #expect(!other.contains("Demo: you are"), "\(other)")
        try consultant.keys("q")
        try consultant.waitFor("TAVLE-EXITED 0")
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let log = try demoLog()
        let dir = Harness.tempDirectory()
        let cmd = "stty -g > \(dir)/before; \(Harness.binary) --log \(log); stty -g > \(dir)/after"
        let t = try Tmux(command: cmd)
        try t.waitFor("Deltagelse")
        try t.keys("C-c")
        try t.waitFor("TAVLE-EXITED")
        let before = try String(contentsOfFile: dir + "/before", encoding: .utf8)
        #expect(try String(contentsOfFile: dir + "/after", encoding: .utf8) == before)

        let t2 = try Tmux(command: "sh -c 'echo $$ > \(dir)/pid; exec \(Harness.binary) --log \(log)'; stty -g > \(dir)/after2")
        try t2.waitFor("Deltagelse")
        let pid = try String(contentsOfFile: dir + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try Harness.run("/bin/kill", ["-TERM", pid])
        try t2.waitFor("TAVLE-EXITED")
        #expect(try String(contentsOfFile: dir + "/after2", encoding: .utf8) == before)
    }

    @Test func anotherProcessAppendingShowsUpLive() throws {
        let log = try demoLog()
        let t = try Tmux(command: "\(Harness.binary) --log \(log)")
        try t.waitFor("Deltagelse")
        #expect(try t.screen().contains("udtrådt       2"))
        let r = try Harness.tavle("participation", "set", "--log", log, "--school", "101001", "--programme", "elevloeft", "--status", "withdrawn", "--as", "mfr")
        #expect(r.status == 0, "\(r.err)")
        try t.waitFor("udtrådt       3", seconds: 3)
        try t.keys("q")
    }

    @Test func missingLogShowsTheEmptyState() throws {
        let dir = Harness.tempDirectory()
        let t = try Tmux(command: "\(Harness.binary)", env: ["XDG_DATA_HOME": dir, "TAVLE_LOG": ""])
        let screen = try t.waitFor("Loggen er tom")
        #expect(screen.contains("tavle --demo"))
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(FileManager.default.fileExists(atPath: dir + "/tavle/tavle.log"))
    }
}

@Suite(.serialized) struct ReplacedLogTests {
    @Test func aReplacedLogIsReadAgainWithNoStaleState() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let t = try Tmux(command: "\(Harness.binary) --log \(log)")
        try t.waitFor("Deltagelse")
        // Another program swaps in an empty log.
        try FileManager.default.removeItem(atPath: log)
        try Harness.tavle("log", "verify", "--log", log)            // absent: nothing is created
        _ = FileManager.default.createFile(atPath: log, contents: Data())
        let screen = try t.waitFor("Loggen er tom", seconds: 5)
        #expect(!screen.contains("Deltagelse"))
        try t.keys("q")
    }
}
