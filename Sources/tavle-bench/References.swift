import Foundation

/// Programs outside Tavle, run on the same file in the same run, so a figure has something to stand beside.
enum References {
    /// Python 3 with orjson parsing every line of the file (after reading it whole, which is not timed):
    /// lines per second, the median of `runs` passes, or why it could not be measured.
    static func orjsonLinesPerSecond(path: String, runs: Int) -> Result<Double, Failure> {
        let script = """
        import sys, time
        try:
            import orjson
        except ImportError:
            print("no-orjson"); sys.exit(0)
        data = open(sys.argv[1], "rb").read()
        for _ in range(int(sys.argv[2])):
            t = time.perf_counter(); n = 0
            for line in data.split(b"\\n"):
                if line:
                    orjson.loads(line); n += 1
            print(n / (time.perf_counter() - t))
        """
        guard let python = which("python3") else { return .failure(Failure("python3 is not on PATH")) }
        guard let out = run(python, ["-c", script, path, String(runs)]) else { return .failure(Failure("python3 failed")) }
        if out.contains("no-orjson") { return .failure(Failure("python3 has no orjson (pip install orjson)")) }
        let rates = out.split(separator: "\n").compactMap { Double($0) }
        guard !rates.isEmpty else { return .failure(Failure("python3 printed no figure")) }
        return .success(LogBench.median(rates))
    }

    /// `wc -l` on the file: seconds, the median of `runs` (a fresh process each time; the file is in the page cache).
    static func wcSeconds(path: String, runs: Int) -> Double? {
        guard let wc = which("wc") else { return nil }
        var times: [Double] = []
        for _ in 0..<runs {
            let t = nanoseconds()
            guard run(wc, ["-l", path]) != nil else { return nil }
            times.append(LogBench.seconds(since: t))
        }
        return LogBench.median(times)
    }

    struct Failure: Error { let reason: String; init(_ r: String) { reason = r } }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Runs a program to its end: its standard output, or nil when it fails.
    static func run(_ program: String, _ args: [String]) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// This program's own path, for running a child of it under `taskset`.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
