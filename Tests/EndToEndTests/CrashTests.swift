import Foundation
import Glibc
import Testing

/// kill -9 at random moments while appending: every acknowledged event survives and the log verifies.
@Suite struct CrashTests {
    func spawn(_ args: [String], out: String) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([Harness.binary] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        _ = posix_spawn(&pid, Harness.binary, &actions, nil, argv, environ)
        return pid
    }

    @Test func killedWritersLoseNothingTheyAcknowledged() throws {
        let dir = Harness.tempDirectory()
        let log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        var acknowledged: [Int] = []
        var rng = SystemRandomNumberGenerator()
        // Kill at random moments up to twice as long as one uninterrupted write takes on this machine.
        let started = Date()
        let day = Harness.date(-12), due = Harness.date(22)
        try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", day,
                          "--form", "telefon", "--summary", "Første opkald")
        let span = UInt32(max(50_000, Date().timeIntervalSince(started) * 2_000_000))
        for i in 0..<60 {
            let out = "\(dir)/out\(i)"
            let pid = spawn(["contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", day,
                             "--form", "telefon", "--summary", "Opkald \(i)", "--follow-up", "Ring igen;\(due)"], out: out)
            usleep(UInt32.random(in: 0...span, using: &rng))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            // Each line "#N …" is printed only after the write was synced.
            acknowledged += text.split(separator: "\n").compactMap { $0.hasPrefix("#") ? Int($0.dropFirst().prefix { $0.isNumber }) : nil }
        }
        let verify = try Harness.tavle("log", "verify", "--log", log)
        #expect(verify.status == 0, "\(verify.err)")
        let parts = verify.out.components(separatedBy: "løbenummer ")
        try #require(parts.count == 2, "log verify said: \(verify.out) \(verify.err)")
        let last = try #require(Int(parts[1].prefix { $0.isNumber }))
        #expect(acknowledged.allSatisfy { $0 <= last })
        #expect(!acknowledged.isEmpty)
        // The acknowledged contacts are all there.
        let list = try Harness.tavle("export", "contacts", "--log", log, "--format", "json")
        let contacts = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as! [[String: Any]]
        let summaries = Set(contacts.compactMap { $0["summary"] as? String })
        for i in 0..<60 {
            let out = (try? String(contentsOfFile: "\(dir)/out\(i)", encoding: .utf8)) ?? ""
            if out.contains("Kontakt") { #expect(summaries.contains("Opkald \(i)"), "acknowledged contact \(i) is missing") }
        }
    }
}
