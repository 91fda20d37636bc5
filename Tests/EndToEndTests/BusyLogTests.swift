import Foundation
import Testing

/// Many writers on one file log: a long write is not starved by quick ones.
@Suite struct BusyLogTests {
    /// A 20 000-row import takes seconds to decide; another process adds a contact every 0.3 s. After its first
    /// lost race the import takes the writers' turn and lands, and the quick writer waits its turn and loses nothing.
    @Test func aLargeImportLandsWhileAnotherProcessWritesEveryThirdOfASecond() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", csv = dir + "/schools.csv"
        try Harness.tavle("demo", "--out", log)
        var rows = ["Institutionsnummer;Navn;Kommune;Deltagelse"]
        for n in 0..<20_000 { rows.append("\(String(format: "%03d", 101 + n / 30))\(String(format: "%03d", 900 + n % 30));Skole \(n);Ærø;tilbudt") }
        try (rows.joined(separator: "\n") + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try Harness.eventCount(log)
        let stop = dir + "/stop"
        let loop = Process()
        loop.executableURL = URL(fileURLWithPath: "/bin/bash")
        loop.arguments = ["-c", """
        n=0; fails=0
        while [ ! -e '\(stop)' ]; do
          '\(Harness.binary)' contact add --log '\(log)' --as ahj --school 101001 --date '\(Harness.date(-1))' --form telefon --summary "Kort $n" >/dev/null 2>>'\(dir)/loop.err' || fails=$((fails+1))
          n=$((n+1)); sleep 0.3
        done
        echo "$n $fails" > '\(dir)/loop.out'
        """]
        try loop.run()
        Thread.sleep(forTimeInterval: 1)
        let started = Date()
        let imported = try Harness.tavle("import", "schools", csv, "--log", log, "--as", "mfr")
        let took = Date().timeIntervalSince(started)
        Thread.sleep(forTimeInterval: 1)
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        loop.waitUntilExit()
        #expect(imported.status == 0, "\(imported.err.suffix(300))")
        let counts = try String(contentsOfFile: dir + "/loop.out", encoding: .utf8).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 2 && counts[1] == 0, "the quick writer failed: \((try? String(contentsOfFile: dir + "/loop.err", encoding: .utf8)) ?? "")")
        #expect(counts.first ?? 0 >= 3, "the quick writer hardly ran: \(counts)")
        // Every school and every contact is in the log, once.
        #expect(try Harness.eventCount(log) == before + 40_000 + (counts.first ?? 0), "import took \(took) s")
        let verify = try Harness.tavle("log", "verify", "--log", log)
        #expect(verify.status == 0, "\(verify.err)")
    }
}

/// The real dashboard in tmux while another process holds the log: the write waits, and the keys do not.
@Suite struct WaitingWriteTests {
    @Test func theDashboardAnswersKeysWhileAWriteWaitsForTheLog() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", release = dir + "/release", locked = dir + "/locked"
        try Harness.tavle("demo", "--out", log)
        let before = try Harness.eventCount(log)
        // Another program holds the log's lock (as a long write does) until it is told to let go.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
        import fcntl, os, sys, time
        f = open(sys.argv[1], 'rb'); fcntl.flock(f, fcntl.LOCK_EX); open(sys.argv[2], 'w').close()
        deadline = time.time() + 60
        while not os.path.exists(sys.argv[3]) and time.time() < deadline: time.sleep(0.05)
        """, log, locked, release]
        try holder.run()
        defer { _ = FileManager.default.createFile(atPath: release, contents: nil); holder.waitUntilExit() }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: locked) { Thread.sleep(forTimeInterval: 0.05) }

        let t = try Tmux(width: 80, height: 24, command: "\(Harness.binary) --log \(log) --as ahj")
        try t.waitFor("Deltagelse")
        // A contact from the caseload, typed and saved: the log is held, so the write waits and says so.
        try t.keys("6", "K", "Tab", "Tab", "Tab")
        try t.type("Ringede om læseplanen")
        try t.keys("Enter", "j")
        try t.waitFor("venter på loggen")
        // Meanwhile the dashboard answers: another view, the help, and back.
        try t.keys("2")
        try t.waitFor("Skoler 120 af 120", seconds: 3)
        try t.keys("?")
        try t.waitFor("Taster", seconds: 3)
        try t.keys("Escape")
        #expect(try Harness.eventCount(log) == before, "the write landed while the log was held")
        // Let go: the write lands, and says so.
        _ = FileManager.default.createFile(atPath: release, contents: nil)
        let saved = try t.waitFor("Gemt:", seconds: 10)
        #expect(saved.contains("Ringede") || saved.contains("ontakt"), "\(saved)")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(try Harness.eventCount(log) == before + 1)
    }
}
