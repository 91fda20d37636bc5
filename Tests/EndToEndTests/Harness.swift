import Domain
import Foundation
import Glibc
import Testing
import TestSupport

/// Runs the real `tavle` binary: as a command, or inside tmux at a fixed size.
enum Harness {
    /// The `tavle` built next to the test bundle.
    static var binary: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = dir.appendingPathComponent("tavle").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/tavle").path
    }

    /// A fresh directory per test, removed with the test process's own (`Scratch`).
    static func tempDirectory() -> String { Scratch.directory("e2e") }

    /// Today as the binary sees it: `TAVLE_TODAY` when CI pins it, else the real date in Denmark.
    static var today: Day {
        Clock(pinnedDay: ProcessInfo.processInfo.environment["TAVLE_TODAY"].flatMap { Day.parse($0) }).today
    }

    /// A date `offset` days from today, as a person types it ("4.3.2027").
    /// The school year `offset` years from today's, as `2025/26`.
    static func schoolYear(_ offset: Int) -> String { Period.schoolYear(SchoolYear(containing: today).startYear + offset).spelled }

    static func date(_ offset: Int) -> String {
        let d = today.adding(days: offset)
        return "\(d.day).\(d.month).\(d.year)"
    }

    /// The first day at least `offset` days ahead that is a Tuesday to Thursday outside every holiday the
    /// scheduling rules know, for a meeting with no soft conflict of the calendar's.
    static func plainWorkday(from offset: Int) -> String {
        var d = today.adding(days: offset)
        while !(2...4).contains(d.weekday) || Holiday.on(d) != nil
                || Municipality.all.contains(where: { SchoolHoliday.on(d, municipality: $0.code) != nil }) {
            d = d.adding(days: 1)
        }
        return d.iso
    }

    /// The first Saturday at least `offset` days ahead.
    static func saturday(from offset: Int) -> String {
        var d = today.adding(days: offset)
        while d.weekday != 6 { d = d.adding(days: 1) }
        return d.iso
    }

    /// How many events a log holds, as `tavle log verify` counts them ("31.695 hændelser": grouped, as counts are).
    static func eventCount(_ log: String) throws -> Int {
        let verify = try tavle("log", "verify", "--log", log)
        let words = verify.out.split(separator: " ")
        guard verify.status == 0, let i = words.firstIndex(where: { $0.hasPrefix("hændelser") }), i > 0,
              let n = Int(words[i - 1].replacingOccurrences(of: ".", with: ""))
        else { throw CountError(said: verify.out + verify.err) }
        return n
    }

    struct CountError: Error { let said: String }

    /// A count as Danish writes it: "31.695".
    static func da(_ n: Int) -> String {
        let digits = String(n)
        return digits.enumerated().map { i, d in (i > 0 && (digits.count - i) % 3 == 0 ? "." : "") + String(d) }.joined()
    }

    /// A count as the Danish catalogue groups it: 3.609.
    static func grouped(_ n: Int) -> String {
        var digits = String(n), out = ""
        while digits.count > 3 { out = "." + digits.suffix(3) + out; digits.removeLast(3) }
        return digits + out
    }

    struct Result {
        let status: Int32
        let out: String
        let err: String
    }

    /// Runs a program to completion with the given environment additions (posix_spawn and waitpid).
    @discardableResult
    static func run(_ path: String, _ args: [String], env: [String: String] = [:]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["TAVLE_LANG"] = nil
        environment["NO_COLOR"] = nil
        for (k, v) in env { environment[k] = v }
        // Files, not pipes: a tmux server started here keeps inherited descriptors open forever.
        let outPath = NSTemporaryDirectory() + "tavle-out-" + UUID().uuidString
        let errPath = outPath + ".err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard rc == 0 else { throw SpawnError(path: path, code: rc) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let o = FileManager.default.contents(atPath: outPath) ?? Data()
        let e = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: exit, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    struct SpawnError: Error { let path: String; let code: Int32 }

    @discardableResult
    static func tavle(_ args: String..., env: [String: String] = [:]) throws -> Result {
        try run(binary, args, env: env)
    }

    @discardableResult
    static func tavle(_ args: [String], env: [String: String] = [:]) throws -> Result {
        try run(binary, args, env: env)
    }
}

/// A tmux server of its own, with one window of a fixed size.
final class Tmux {
    let socket = "tavle-test-" + UUID().uuidString.prefix(8)
    let target = "t"

    /// Runs `command` with sh from a script file, so no quoting layers get in the way.
    init(width: Int = 80, height: Int = 24, command: String, env: [String: String] = [:]) throws {
        let script = Harness.tempDirectory() + "/run.sh"
        let exports = env.map { "export \($0.key)='\($0.value)'\n" }.joined()
        // The day CI may pin (TAVLE_TODAY) reaches the dashboard too.
        let pinned = ProcessInfo.processInfo.environment["TAVLE_TODAY"].map { "export TAVLE_TODAY='\($0)'\n" } ?? "unset TAVLE_TODAY\n"
        let text = "unset TAVLE_LANG NO_COLOR TAVLE_LOG\nexport TERM=xterm-256color\n\(pinned)\(exports)\(command)\necho TAVLE-EXITED $?\nsleep 60\n"
        try text.write(toFile: script, atomically: true, encoding: .utf8)
        try tmux("new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "sh \(script)")
    }

    /// Ends what runs in the window first (its process group), then the server: a dashboard still running keeps a
    /// tmux server alive through kill-server.
    deinit {
        if let pids = try? tmux("list-panes", "-a", "-F", "#{pane_pid}") {
            for pid in pids.split(separator: "\n").compactMap({ Int32($0) }) { kill(-pid, SIGKILL) }
        }
        _ = try? tmux("kill-server")
    }

    @discardableResult
    func tmux(_ args: String...) throws -> String {
        let r = try Harness.run("/usr/bin/env", ["tmux", "-L", socket] + args)
        guard r.status == 0 else { throw TmuxError.failed(args.joined(separator: " ") + ": " + r.err) }
        return r.out
    }

    func keys(_ keys: String...) throws {
        for k in keys { try tmux("send-keys", "-t", target, k) }
    }

    /// Sends text literally (no key names).
    func type(_ text: String) throws { try tmux("send-keys", "-t", target, "-l", text) }

    func screen() throws -> String { try tmux("capture-pane", "-p", "-t", target) }

    /// The screen with its SGR escape sequences, to check colours and attributes.
    func styledScreen() throws -> String { try tmux("capture-pane", "-p", "-e", "-t", target) }

    /// Polls the screen until it contains `text`, for up to `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                // The text may arrive mid-frame: wait until the screen stops changing.
                Thread.sleep(forTimeInterval: 0.08)
                let settled = try screen()
                if settled == last { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(text, last)
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)")
    }

    enum TmuxError: Error, CustomStringConvertible {
        case failed(String)
        case timeout(String, String)
        var description: String {
            switch self {
            case .failed(let s): return "tmux failed: \(s)"
            case .timeout(let t, let screen): return "timed out waiting for \"\(t)\"; the screen was:\n\(screen)"
            }
        }
    }
}
