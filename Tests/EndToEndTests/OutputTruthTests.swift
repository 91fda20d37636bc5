import Foundation
import Glibc
import Testing

/// Writing to a full or closed output never crashes and never passes for success: standard output that cannot be
/// written ends the command with exit status 1, saying why; standard error that cannot be written is ignored.
struct OutputTruthTests {
    enum Stdout { case full, closed, normal }

    /// Runs the binary with standard output and error as asked; its exit status (128 + N for a signal) and stderr.
    static func run(_ args: [String], stdout: Stdout, stderrFull: Bool = false) throws -> (status: Int32, err: String) {
        let errPath = NSTemporaryDirectory() + "tavle-truth-" + UUID().uuidString
        defer { unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        switch stdout {
        case .full: posix_spawn_file_actions_addopen(&actions, 1, "/dev/full", O_WRONLY, 0)
        case .closed: posix_spawn_file_actions_addclose(&actions, 1)
        case .normal: posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, stderrFull ? "/dev/full" : errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([Harness.binary] + args).map { strdup($0) } + [nil]
        var env = ProcessInfo.processInfo.environment
        env["TAVLE_LANG"] = "en"
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, Harness.binary, &actions, nil, argv, envp) == 0 else { throw Harness.SpawnError(path: Harness.binary, code: errno) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    static let log: String = {
        let path = Harness.tempDirectory() + "/truth.log"
        _ = try? Harness.tavle("demo", "--out", path)
        return path
    }()

    static let printing: [[String]] = [
        ["school", "list"], ["school", "list", "--json"], ["cluster", "list"], ["meeting", "list"], ["people", "list"],
        ["follow-up", "list", "--as", "ahj"], ["caseload", "--as", "ahj"], ["programme", "list"], ["log", "verify"],
        ["log", "stats"], ["export", "schools"], ["export", "meetings", "--format", "ics"], ["report"], ["man"], ["--help"],
        ["meeting", "suggest", "--cluster", "EL-K01"],
    ]

    @Test(arguments: printing)
    func aFullOrClosedOutputEndsWithStatusOneAndNoSignal(args: [String]) throws {
        let all = args + (args == ["--help"] || args == ["man"] ? [] : ["--log", Self.log])
        #expect(try Self.run(all, stdout: .normal).status == 0)
        let full = try Self.run(all, stdout: .full)
        #expect(full.status == 1 && full.err.contains("Could not write to standard output: the disk is full"), "\(full)")
        let closed = try Self.run(all, stdout: .closed)
        #expect(closed.status == 1 && closed.err.contains("it is closed"), "\(closed)")
        // A full standard error is no reason to fail a command that did its work.
        #expect(try Self.run(all, stdout: .normal, stderrFull: true).status == 0)
    }

    @Test func withStandardOutputClosedTheLogCannotTakeItsNumber() throws {
        let dir = Harness.tempDirectory()
        let path = dir + "/closed.log"
        // A write whose log would otherwise open as descriptor 1: the record goes to the log, the report to nowhere.
        let r = try Self.run(["demo", "--out", path], stdout: .closed)
        #expect(r.status == 1 || r.status == 0)
        let verify = try Harness.tavle("log", "verify", "--log", path)
        #expect(verify.status == 0, "\(verify.err)")
    }

    /// The system's reasons are worded in the interface language, not in the C library's English.
    @Test func systemErrorsSpeakTheInterfaceLanguage() throws {
        let missing = Harness.tempDirectory() + "/no/such/dir"
        let da = try Harness.tavle("export", "schools", "--log", missing + "/x.log")
        #expect(da.status == 3 && da.err.contains("den findes ikke") && !da.err.contains("No such file"), "\(da.err)")
        let en = try Harness.tavle("export", "schools", "--log", missing + "/x.log", "--lang", "en")
        #expect(en.err.contains("it does not exist"), "\(en.err)")
        // The operation too: "åbning mislykkedes", never "open mislykkedes".
        let file = try Harness.tavle("import", "schools", missing + "/x.csv", "--log", missing + "/x.log")
        #expect(file.status == 1 && file.err.contains("åbning mislykkedes: den findes ikke") && !file.err.contains("open"), "\(file.err)")
    }

    /// `--out` naming a pipe or a device writes into it and never replaces it with a file; a full device is said.
    /// (Made in the test's own directory: a regression must not replace the machine's /dev/full.)
    @Test func outToAPipeOrADeviceWritesIntoItAndNeverReplacesIt() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "timeout 20 sh -c \"wc -c < '\(fifo)'\" > '\(dir)/count'"]
        try reader.run()
        let r = try Harness.tavle("report", "--log", log, "--out", fifo)
        reader.waitUntilExit()
        var st = stat()
        #expect(r.status == 0 && stat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "\(r.err)")
        let count = Int((try String(contentsOfFile: dir + "/count", encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(count > 1000, "\(count)")
        let full = dir + "/full"
        guard mknod(full, S_IFCHR | 0o600, dev_t(1 << 8 | 7)) == 0 else { return }   // only as root
        let f = try Harness.tavle("report", "--log", log, "--out", full, "--lang", "en")
        #expect(f.status == 1 && f.err.contains("writing failed: the disk is full"), "\(f.err)")
        #expect(stat(full, &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
    }
}
