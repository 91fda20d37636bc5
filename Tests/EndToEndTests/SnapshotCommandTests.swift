import Foundation
import Glibc
import Testing

/// `tavle log snapshot`, `tavle log stats`, and snapshots kept by the commands and the dashboard.
@Suite struct SnapshotCommandTests {
    @Test func writeInspectDamageAndDeleteASnapshot() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let n = try Harness.eventCount(log)
        let none = try Harness.tavle("log", "stats", "--log", log)
        #expect(none.status == 0)
        #expect(none.out.contains("\(Harness.grouped(n)) hændelser") && none.out.contains("Snapshot:  ingen"))
        #expect(none.out.contains("intervention.status-set") && none.out.contains("Hændelser efter type:"))

        let written = try Harness.tavle("log", "snapshot", "--log", log)
        #expect(written.status == 0, "\(written.err)")
        #expect(written.out.contains("Snapshot skrevet: \(log).snapshot"))
        var st = stat()
        #expect(stat(log + ".snapshot", &st) == 0 && st.st_mode & 0o777 == 0o600)

        let add = try Harness.tavle("contact", "add", "--log", log, "--as", "ahj", "--school", "101001", "--date", Harness.date(-12),
                                    "--form", "telefon", "--summary", "Kort opringning")
        #expect(add.status == 0, "\(add.err)")
        let behind = try Harness.tavle("log", "stats", "--log", log)
        #expect(behind.out.contains("dækker løbenummer 1–\(Harness.grouped(n)) (1 nyere hændelse)"), "\(behind.out)")

        // A damaged snapshot is set aside with a notice and the log read in full; the next write writes it again.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log + ".snapshot")))
        bytes[bytes.count - 100] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: log + ".snapshot"))
        let damaged = try Harness.tavle("log", "stats", "--log", log, "--lang", "en")
        #expect(damaged.out.contains("is not used: damaged: its checksum does not match"), "\(damaged.out)")
        let list = try Harness.tavle("school", "list", "--log", log, "--lang", "en")
        #expect(list.status == 0 && list.err.contains("The snapshot was not used (damaged: its checksum does not match)"), "\(list.err)")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: log + ".snapshot"))) == bytes, "a reading command changed the snapshot")
        let write = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr")
        #expect(write.status == 0, "\(write.err)")
        let rebuilt = try Harness.tavle("log", "stats", "--log", log)
        #expect(rebuilt.out.contains("dækker løbenummer 1–\(Harness.grouped(n + 2)) (0 nyere hændelser)"), "\(rebuilt.out)")

        // Deleting it is always safe.
        #expect(unlink(log + ".snapshot") == 0)
        let verify = try Harness.tavle("log", "verify", "--log", log)
        #expect(verify.status == 0 && verify.out.contains("\(Harness.da(n + 2)) hændelser"), "\(verify.out)")
    }

    @Test func snapshotsWrittenAtOnceDoNotCollide() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        // Four writers at once, each with its own temporary file, each renamed whole into place.
        let runs = (0..<4).map { _ -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Harness.binary)
            p.arguments = ["log", "snapshot", "--log", log]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in runs { try p.run() }
        for p in runs { p.waitUntilExit() }
        #expect(runs.allSatisfy { $0.terminationStatus == 0 }, "\(runs.map(\.terminationStatus))")
        let stats = try Harness.tavle("log", "stats", "--log", log, "--json")
        #expect(stats.out.contains("\"state\" : \"used\""), "\(stats.out)")
        let left = try FileManager.default.contentsOfDirectory(atPath: (log as NSString).deletingLastPathComponent).filter { $0.contains(".new") }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    @Test func theDashboardWritesASnapshotInTheBackground() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let n = try Harness.eventCount(log)
        let config = Harness.tempDirectory()
        try FileManager.default.createDirectory(atPath: config + "/tavle", withIntermediateDirectories: true)
        try "snapshot_every = 100\n".write(toFile: config + "/tavle/config.toml", atomically: true, encoding: .utf8)
        let t = try Tmux(width: 120, height: 30, command: "\(Harness.binary) --log \(log)", env: ["XDG_CONFIG_HOME": config])
        try t.waitFor("Deltagelse")
        var found = false
        for _ in 0..<100 where !found {
            found = FileManager.default.fileExists(atPath: log + ".snapshot")
            if !found { usleep(100_000) }
        }
        #expect(found)
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        let stats = try Harness.tavle("log", "stats", "--log", log)
        #expect(stats.out.contains("dækker løbenummer 1–\(Harness.grouped(n)) (0 nyere hændelser)"), "\(stats.out)")
    }

    @Test func theDashboardSaysWhenItSetsASnapshotAsideAndRebuildsIt() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        try Harness.tavle("log", "snapshot", "--log", log)
        let n = try Harness.eventCount(log)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log + ".snapshot")))
        bytes[bytes.count - 10] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: log + ".snapshot"))
        let t = try Tmux(width: 180, height: 30, command: "\(Harness.binary) --log \(log)")
        let screen = try t.waitFor("Snapshottet blev ikke brugt")
        let statusBar = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        #expect(statusBar.contains("Snapshottet blev ikke brugt (beskadiget: kontrolsummen passer ikke)"), "\(statusBar)")
        // The background writer replaces it with a good one.
        var rebuilt = false
        for _ in 0..<100 where !rebuilt {
            rebuilt = try Harness.tavle("log", "stats", "--log", log).out.contains("dækker løbenummer 1–\(Harness.grouped(n))")
            if !rebuilt { usleep(100_000) }
        }
        #expect(rebuilt)
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
    }
}
