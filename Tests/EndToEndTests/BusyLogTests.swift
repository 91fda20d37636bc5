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
