import Domain
import Foundation
import Glibc

/// Replay, durable append and memory, each beside a reference measured in the same run.
enum LogBench {
    struct Envelope: Decodable { let seq: Int; let v: Int; let at: String; let by: String; let type: String }

    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    static func run(schools: Int, today: Day) throws {
        let dir = NSTemporaryDirectory() + "tavle-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/bench.log"
        try EventLog.create(path: path, events: try SyntheticNetwork.events(schools: schools, today: today))
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

        var replay: [Double] = [], bytesOnly: [Double] = [], decoder: [Double] = []
        var events = 0
        for _ in 0..<5 {
            var t = nanoseconds()
            let data = FileManager.default.contents(atPath: path)!
            bytesOnly.append(Double(nanoseconds() - t) / 1e9)
            t = nanoseconds()
            let log = try EventLog.open(path: path, create: false)
            replay.append(Double(nanoseconds() - t) / 1e9)
            events = log.events.count
            t = nanoseconds()
            let d = JSONDecoder()
            var n = 0
            for line in data.split(separator: 10).dropFirst() { n += (try d.decode(Envelope.self, from: line)).seq > 0 ? 1 : 0 }
            decoder.append(Double(nanoseconds() - t) / 1e9)
            precondition(n == events)
        }
        let rate = Double(events) / median(replay)
        print(String(format: "replay      %7d events  %9.0f events/s   JSONDecoder (envelope only) %9.0f events/s  ratio %.1f×   bytes alone %.1f ms",
                     events, rate, Double(events) / median(decoder), median(decoder) / median(replay), median(bytesOnly) * 1000))
        print(#"{"figure":"replay","events":\#(events),"events_per_s":\#(Int(rate)),"jsondecoder_events_per_s":\#(Int(Double(events) / median(decoder)))}"#)

        // Resident memory with the log loaded, beside the file's size.
        let log = try EventLog.open(path: path, create: false)
        let rss = residentKB()
        print(String(format: "memory      resident %.1f MB with the log loaded; the file is %.1f MB", Double(rss) / 1024, Double(size) / 1_048_576))
        print(#"{"figure":"resident_memory","kb":\#(rss),"file_bytes":\#(size)}"#)

        // Durable append against the same bytes written and synced by hand.
        var appends: [Double] = [], bare: [Double] = []
        let school = log.state.schools.keys.first!
        let fd = open(dir + "/bare.log", O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(fd) }
        for i in 0..<200 {
            var t = nanoseconds()
            let recs = try log.append(.recordEvaluation(Evaluation(programme: "national", school: school, indicator: .danskUnder4, hundredths: i, date: today)), actor: "koord")
            appends.append(Double(nanoseconds() - t) / 1e6)
            let line = Array("{\"seq\":\(recs[0].seq),\"v\":1,\"type\":\"evaluation.recorded\",\"padding\":\"\(String(repeating: "x", count: 200))\"}\n".utf8)
            t = nanoseconds()
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fdatasync(fd)
            bare.append(Double(nanoseconds() - t) / 1e6)
        }
        let p = { (xs: [Double], q: Double) in xs.sorted()[Int(Double(xs.count - 1) * q)] }
        print(String(format: "append      p50 %.3f ms  p99 %.3f ms   bare write+fdatasync p50 %.3f ms  p99 %.3f ms   ratio p50 %.2f×",
                     p(appends, 0.5), p(appends, 0.99), p(bare, 0.5), p(bare, 0.99), p(appends, 0.5) / p(bare, 0.5)))
        print(#"{"figure":"durable_append","p50_ms":\#(p(appends, 0.5)),"p99_ms":\#(p(appends, 0.99)),"bare_p50_ms":\#(p(bare, 0.5)),"bare_p99_ms":\#(p(bare, 0.99))}"#)
    }

    static func residentKB() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}
