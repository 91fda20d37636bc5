import Demo
import Domain
import FileStore
import Foundation
import Glibc
import TUI
import Wording

/// The log at 10 000, 100 000 and 1 000 000 events: replay, open with a snapshot, memory and durable append,
/// each beside a reference measured in the same run.
enum LogBench {
    struct Envelope: Decodable { let seq: Int; let v: Int; let at: String; let by: String; let type: String }

    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    /// A network of about 10 000 schools (fewer for the smallest log), then caseload work up to `events`.
    static func makeLog(events total: Int, at path: String, today: Day) throws {
        let schools = min(10_000, max(100, total / 8))
        try EventLog.create(path: path, events: try SyntheticNetwork.events(schools: schools, total: total, today: today), created: .now())
    }

    static func run(sizes: [Int], today: Day) throws {
        print("")
        print("The log, on synthetic networks (medians; each figure beside its reference from the same run)")
        for size in sizes {
            let dir = NSTemporaryDirectory() + "tavle-bench-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let path = dir + "/bench.log"
            try makeLog(events: size, at: path, today: today)
            try measure(path: path, dir: dir, runs: size >= 1_000_000 ? 3 : 5)
        }
        try national(today: today)
    }

    /// The same figures on the national log (NationalLog.swift).
    static func national(today: Day) throws {
        print("")
        print("A national log: a register of \(NationalLog.schools) schools and \(NationalLog.indicators.count * NationalLog.schools * NationalLog.years) measurements in four imports")
        let dir = NSTemporaryDirectory() + "tavle-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try EventLog.create(path: dir + "/national.log", events: try NationalLog.events(today: today), created: .now())
        try measure(path: dir + "/national.log", dir: dir, runs: 3)
    }

    static func measure(path: String, dir: String, runs: Int) throws {
        let fileBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var replay: [Double] = [], bytesOnly: [Double] = [], decoder: [Double] = [], parseOnly: [Double] = []
        var events = 0
        for _ in 0..<runs {
            var t = nanoseconds()
            let data = FileManager.default.contents(atPath: path)!
            bytesOnly.append(seconds(since: t))
            t = nanoseconds()
            let log = try EventLog.open(path: path, create: false)
            replay.append(seconds(since: t))
            events = log.events.count
            t = nanoseconds()
            let d = JSONDecoder()
            var n = 0
            for line in data.split(separator: 10).dropFirst() { n += (try d.decode(Envelope.self, from: line)).seq > 0 ? 1 : 0 }
            decoder.append(seconds(since: t))
            precondition(n == events)
            // What folding costs on top: the same records checked and decoded, but not applied.
            let bytes = [UInt8](data)
            t = nanoseconds()
            var reader = LogReader(path: path, fold: false)
            let done = try reader.consume(bytes)
            precondition(done == bytes.count)
            parseOnly.append(seconds(since: t))
        }
        let rate = Double(events) / median(replay), decoderRate = Double(events) / median(decoder)
        let mb = Double(fileBytes) / 1_048_576
        print(String(format: "\n%d events, %.1f MB", events, mb))
        print(String(format: "  replay without snapshot   %9.0f events/s   JSONDecoder, envelope only: %9.0f events/s (%.2f×)   bytes alone: %.0f ms",
                     rate, decoderRate, rate / decoderRate, median(bytesOnly) * 1000))
        try compareWithOthers(path: path, events: events, fileBytes: fileBytes, replayRate: rate, runs: runs)
        print(String(format: "    of which reading and checking records, without folding them into state: %9.0f events/s",
                     Double(events) / median(parseOnly)))
        json(["figure": "replay", "events": events, "events_per_s": Int(rate), "jsondecoder_events_per_s": Int(decoderRate),
              "ratio_to_jsondecoder": round2(rate / decoderRate), "bytes_alone_ms": round2(median(bytesOnly) * 1000),
              "without_folding_events_per_s": Int(Double(events) / median(parseOnly))])
        // The checksum chain alone, as a write checks the records a snapshot stands in for.
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        var chain: [Double] = []
        for _ in 0..<runs {
            let t = nanoseconds()
            let end = try ChainCheck.verify(bytes, path: path)
            chain.append(seconds(since: t))
            precondition(end.offset == bytes.count)
        }
        print(String(format: "  checksum chain alone      %.3f s (%.2f GB/s), the check before a write behind a snapshot",
                     median(chain), Double(fileBytes) / median(chain) / 1e9))
        json(["figure": "chain_check", "events": events, "seconds": round3(median(chain)), "gb_per_s": round2(Double(fileBytes) / median(chain) / 1e9)])

        // A snapshot, then opening to the first frame in a fresh process, with and without it.
        let log = try EventLog.open(path: path, create: false)
        var t = nanoseconds()
        let info = try log.writeSnapshot(now: .now())
        let writeSeconds = seconds(since: t)
        let snapshotBytes = (try FileManager.default.attributesOfItem(atPath: log.snapshotLocation ?? "")[.size] as? Int) ?? 0
        var withSnap: [Double] = [], without: [Double] = []
        var rssWith = 0, rssWithout = 0, rssCommand = 0, rssSettled = 0, rssHistory = 0
        var command: [Double] = [], settled: [Double] = [], withHistory: [Double] = []
        for _ in 0..<runs {
            let a = try child(["open", path, "snapshot"]), b = try child(["open", path, "full"]), c = try child(["open", path, "state"])
            let d = try child(["open", path, "settled"]), e = try child(["open", path, "history"])
            withSnap.append(a.seconds); without.append(b.seconds); command.append(c.seconds); settled.append(d.seconds)
            withHistory.append(e.seconds)
            rssWith = a.rssKB; rssWithout = b.rssKB; rssCommand = c.rssKB; rssSettled = d.rssKB; rssHistory = e.rssKB
        }
        print(String(format: "  open to first frame       with snapshot %.3f s   without %.3f s (%.1f× faster)   snapshot %.1f MB, written in %.2f s",
                     median(withSnap), median(without), median(without) / median(withSnap), Double(snapshotBytes) / 1_048_576, writeSeconds))
        json(["figure": "open_to_first_frame", "events": events, "with_snapshot_s": round3(median(withSnap)),
              "without_snapshot_s": round3(median(without)), "snapshot_bytes": snapshotBytes, "snapshot_seq": info.seq,
              "snapshot_write_s": round3(writeSeconds)])
        let ratio = { (kb: Int) in Double(kb) * 1024 / Double(fileBytes) }
        print(String(format: "  resident memory           every event kept (dashboard) %.0f MB (%.2f× the file)   folded, not kept (commands) %.0f MB (%.2f×)   from snapshot, before history %.0f MB (%.2f×)",
                     Double(rssWithout) / 1024, ratio(rssWithout), Double(rssCommand) / 1024, ratio(rssCommand),
                     Double(rssWith) / 1024, ratio(rssWith)))
        print(String(format: "  … from snapshot, settled  snapshot audited after %.2f s: %.0f MB (%.2f× the file)   Historik opened, history read after %.2f s: %.0f MB (%.2f×)",
                     median(settled), Double(rssSettled) / 1024, ratio(rssSettled), median(withHistory), Double(rssHistory) / 1024,
                     ratio(rssHistory)))
        print(String(format: "  replay as a command       %9.0f events/s (records folded, not kept; fresh process)", Double(events) / median(command)))
        json(["figure": "resident_memory", "events": events, "file_bytes": fileBytes, "all_kept_kb": rssWithout,
              "folded_only_kb": rssCommand, "from_snapshot_kb": rssWith, "settled_kb": rssSettled, "settled_s": round3(median(settled)),
              "with_history_kb": rssHistory, "with_history_s": round3(median(withHistory)), "ratio_with_history": round2(ratio(rssHistory)),
              "ratio_all_kept": round2(ratio(rssWithout)), "ratio_folded_only": round2(ratio(rssCommand)),
              "ratio_from_snapshot": round2(ratio(rssWith)), "ratio_settled": round2(ratio(rssSettled))])
        json(["figure": "replay_as_command", "events": events, "events_per_s": Int(Double(events) / median(command))])

        // Durable append against the same bytes written and synced by hand, interleaved so both see the same disk.
        var appends: [Double] = [], bare: [Double] = []
        let school = log.state.schools.keys.first!
        let programme = log.state.defaultProgramme!
        let actor = log.state.coordinators.first!
        let fd = open(dir + "/bare.log", O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(fd) }
        for i in 0..<200 {
            t = nanoseconds()
            let recs = try log.append(.recordEvaluation(Evaluation(programme: programme, school: school, indicator: .danskUnder4,
                                                                   hundredths: i, date: today)), actor: actor, now: .now())
            appends.append(seconds(since: t) * 1000)
            let line = try LogFormat.encode(recs, after: 0)
            t = nanoseconds()
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fdatasync(fd)
            bare.append(seconds(since: t) * 1000)
        }
        let p = { (xs: [Double], q: Double) in xs.sorted()[Int(Double(xs.count - 1) * q)] }
        print(String(format: "  durable append            p50 %.3f ms  p99 %.3f ms   bare write+fdatasync p50 %.3f ms  p99 %.3f ms   (%.2f× at p50)",
                     p(appends, 0.5), p(appends, 0.99), p(bare, 0.5), p(bare, 0.99), p(appends, 0.5) / p(bare, 0.5)))
        json(["figure": "durable_append", "events": events, "p50_ms": round3(p(appends, 0.5)), "p99_ms": round3(p(appends, 0.99)),
              "bare_p50_ms": round3(p(bare, 0.5)), "bare_p99_ms": round3(p(bare, 0.99)), "ratio_p50": round2(p(appends, 0.5) / p(bare, 0.5))])
    }

    /// In a fresh process: open the log as a command does, folding records without keeping them.
    static func openForCommand(path: String) throws {
        let t = nanoseconds()
        let log = try EventLog.open(path: path, create: false, keepHistory: false)
        let s = seconds(since: t)
        precondition(log.events.isEmpty && log.recordCount > 0)
        print(#"{"seconds":\#(s),"rss_kb":\#(residentKB())}"#)
    }

    /// In a fresh process: open the log (from its snapshot, or in full), build the model and draw one frame off-screen.
    static func openToFirstFrame(path: String, snapshot: Bool) throws {
        let t = nanoseconds()
        let log = try EventLog.open(path: path, create: false, useSnapshot: snapshot)
        let opened = nanoseconds(), openedKB = residentKB()
        let model = Model(state: log.state, events: log.historyLoaded ? log.events : [], today: today, width: 160, height: 48,
                          user: "koord", logPath: path)
        let built = nanoseconds()
        let frame = view(model)
        let framed = nanoseconds()
        let s = seconds(since: t)
        if ProcessInfo.processInfo.environment["TAVLE_BENCH_PARTS"] != nil {
            // The results screen's figures, which the dashboard works out aside after the first frame: here by the
            // key that shows them, worked out then.
            var results = model
            update(&results, .key(.char("8")))
            FileHandle.standardError.write(Data(String(format: "open %.3f s (resident %d MB), model %.3f s, frame %.3f s; then the results' figures %.3f s\n",
                                                       Double(opened - t) / 1e9, openedKB / 1024, Double(built - opened) / 1e9,
                                                       Double(framed - built) / 1e9, seconds(since: framed)).utf8))
        }
        precondition(frame.width == 160 && (snapshot ? log.snapshot != nil : log.historyLoaded))
        print(#"{"seconds":\#(s),"rss_kb":\#(residentKB())}"#)
    }

    /// Runs this program as a child (under a launcher such as `taskset`, if given) and reads its figures.
    static func child(_ args: [String], under launcher: [String] = []) throws -> (seconds: Double, rssKB: Int, cpuSeconds: Double) {
        let program = launcher.first ?? References.executable
        let arguments = launcher.isEmpty ? args : Array(launcher.dropFirst()) + [References.executable] + args
        guard let out = References.run(program, arguments),
              let obj = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any],
              let s = obj["seconds"] as? Double, let rss = obj["rss_kb"] as? Int else {
            throw NSError(domain: "tavle-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "child \(args) failed"])
        }
        return (s, rss, obj["cpu_s"] as? Double ?? 0)
    }

    static func seconds(since t: UInt64) -> Double { Double(nanoseconds() - t) / 1e9 }
    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
    static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// One JSON line per figure, keys sorted, for scripts.
    static func json(_ fields: [String: Any]) {
        let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    static func residentKB() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}
