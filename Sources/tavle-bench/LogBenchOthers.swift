import Domain
import FileStore
import Foundation
import Glibc

/// Replay beside other programs reading the same file, and on one core against all of them.
extension LogBench {
    static func compareWithOthers(path: String, events: Int, fileBytes: Int, replayRate: Double, runs: Int) throws {
        switch References.orjsonLinesPerSecond(path: path, runs: runs) {
        case .success(let py):
            print(String(format: "  Python 3 + orjson, parse only %9.0f lines/s   Tavle's whole replay is %.2f× that (target ≥ 2.5×)", py, replayRate / py))
            json(["figure": "orjson_parse", "events": events, "lines_per_s": Int(py), "replay_ratio": round2(replayRate / py)])
        case .failure(let f):
            print("  Python 3 + orjson, parse only: not measured (\(f.reason))")
        }
        if let wc = References.wcSeconds(path: path, runs: runs) {
            print(String(format: "  wc -l (fresh process)     %.3f s, %.2f GB/s", wc, Double(fileBytes) / wc / 1e9))
            json(["figure": "wc_l", "events": events, "seconds": round3(wc), "gb_per_s": round2(Double(fileBytes) / wc / 1e9)])
        }
        // A fresh process each time, so one run's heap does not help the next; one core by `taskset`.
        var one: [Double] = [], all: [Double] = [], cpu: [Double] = []
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<runs {
            let run = try child(["replay-json", path])
            all.append(run.seconds)
            cpu.append(run.cpuSeconds)
            if let taskset = References.which("taskset") {
                one.append(try child(["replay-json", path], under: [taskset, "-c", "0"]).seconds)
            }
        }
        let allRate = Double(events) / median(all)
        // Processor time, user and system, over all threads: steadier than the clock on a shared machine.
        print(String(format: "  replay's processor time   %.3f s on all threads (%.2f µs per event; %.2f s by the clock)",
                     median(cpu), median(cpu) / Double(events) * 1e6, median(all)))
        json(["figure": "replay_cpu", "events": events, "cpu_s": round3(median(cpu)), "cpu_us_per_event": round3(median(cpu) / Double(events) * 1e6)])
        if one.isEmpty {
            print(String(format: "  replay, fresh process     %9.0f events/s on %d cores (no taskset: one core not measured)", allRate, cores))
            json(["figure": "replay_cores", "events": events, "cores": cores, "all_cores_events_per_s": Int(allRate)])
        } else {
            let oneRate = Double(events) / median(one)
            print(String(format: "  replay, fresh process     %9.0f events/s on one core   %9.0f on all %d cores (%.2f×)",
                         oneRate, allRate, cores, allRate / oneRate))
            json(["figure": "replay_cores", "events": events, "cores": cores, "one_core_events_per_s": Int(oneRate),
                  "all_cores_events_per_s": Int(allRate), "ratio": round2(allRate / oneRate)])
        }
    }

    /// In a fresh process: the log opened in full, every record kept, nothing drawn.
    static func replayForChild(path: String) throws {
        let t = nanoseconds()
        let log = try EventLog.open(path: path, create: false)
        let s = seconds(since: t)
        precondition(log.events.count == log.recordCount)
        print(#"{"seconds":\#(s),"rss_kb":\#(residentKB()),"cpu_s":\#(cpuSeconds())}"#)
    }

    /// This process's processor time so far, user and system, all threads.
    static func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }
}
