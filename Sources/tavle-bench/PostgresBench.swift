import Demo
import Domain
import FileStore
import Foundation
import PostgresStore
import TUI

/// `tavle-bench postgres URL [event counts]`: the shared store against the same server in the same run. URL names
/// a login that may create databases and roles (the server's owner, say); each run works in a new database.
enum PostgresBench {
    static func run(admin url: String, sizes: [Int], today: Day) throws {
        let base = try PostgresLocation(url)
        print("The shared log on PostgreSQL at \(base.display) (medians; each figure beside its reference from the same run)")
        let db = "tavle_bench_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresAdmin(base).execute("CREATE DATABASE \(db)")
        var location = base
        location.database = db
        let admin = try PostgresAdmin(location)
        _ = try admin.initialise(now: .now())
        // A national network, copied in, with logins for its coordinator and 80 consultants.
        let entries = try SyntheticNetwork.events(schools: 800, total: 20_000, today: today)
        let image = try LogFormat.image(Recorded.numbered(entries), created: .now())
        try copyIn(image, admin)
        let people = ["koord"] + (1...80).map { "k\($0)" }
        for p in people { try? admin.execute("CREATE ROLE \(p) LOGIN PASSWORD 'bench-\(p)'") }
        try admin.grant(people)
        func login(_ p: String) -> PostgresLocation {
            var l = location
            l.user = p; l.password = "bench-\(p)"
            return l
        }
        try appendAgainstBareInsert(login("koord"), admin: admin, today: today)
        try PostgresLoad.run(people: Array(people.dropFirst()), login: login, admin: admin, today: today)
        try notifyToFrame(login("koord"), today: today)
        for size in sizes { try openToFirstFrame(size, base: base, today: today) }
    }

    /// `count` evaluations through Tavle on an existing shared log, each one's time printed, for profiling.
    static func appendByHand(url: String, count: Int, today: Day) throws {
        let location = try PostgresLocation(url)
        let network = try LiveNetwork(store: try PostgresEventStore(location), keepHistory: false)
        guard let school = network.state.schools.keys.sorted().first, let programme = network.state.defaultProgramme else {
            print("The log has no school or programme to record for."); return
        }
        for i in 0..<count {
            let t = nanoseconds()
            try network.append(.recordEvaluation(Evaluation(programme: programme, school: school, indicator: .danskUnder4,
                                                            hundredths: i, date: today)), actor: location.user, now: .now())
            print(String(format: "%.2f ms", LogBench.seconds(since: t) * 1000))
        }
    }

    static func copyIn(_ image: [UInt8], _ admin: PostgresAdmin) throws {
        let end = image.firstIndex(of: 10)!
        let header = Array(image[...end])
        var reader = LogReader(path: "bench")
        _ = try reader.consume(header)
        try admin.copyIn(logID: reader.logID, header: header, headerCRC: LogFormat.statedChecksum(header)!,
                         records: LogFormat.records(image[(end + 1)...])!)
    }

    /// One evaluation at a time through Tavle (decide, encode, the append function's checks, commit), beside a bare
    /// INSERT + COMMIT of the same bytes into a plain table, interleaved.
    static func appendAgainstBareInsert(_ who: PostgresLocation, admin: PostgresAdmin, today: Day) throws {
        try admin.execute("CREATE TABLE bench_bare (id bigserial PRIMARY KEY, line bytea NOT NULL)")
        let network = try LiveNetwork(store: try PostgresEventStore(who), keepHistory: false)
        let school = network.state.schools.keys.sorted().first!, programme = network.state.defaultProgramme!
        var tavle: [Double] = [], bare: [Double] = []
        for i in 0..<200 {
            var t = nanoseconds()
            let records = try network.append(.recordEvaluation(Evaluation(programme: programme, school: school, indicator: .danskUnder4,
                                                                          hundredths: i, date: today)), actor: "koord", now: .now())
            tavle.append(LogBench.seconds(since: t) * 1000)
            let line = try LogFormat.encode(records, after: 0)
            t = nanoseconds()
            try admin.execute("INSERT INTO bench_bare (line) VALUES ($1)", bytes: line)
            bare.append(LogBench.seconds(since: t) * 1000)
        }
        let p = { (xs: [Double], q: Double) in xs.sorted()[Int(Double(xs.count - 1) * q)] }
        print(String(format: "  durable append            p50 %.2f ms  p99 %.2f ms   bare INSERT + COMMIT p50 %.2f ms  p99 %.2f ms   (%.2f× at p50, target ≤ 2×)",
                     p(tavle, 0.5), p(tavle, 0.99), p(bare, 0.5), p(bare, 0.99), p(tavle, 0.5) / p(bare, 0.5)))
        LogBench.json(["figure": "postgres_append", "p50_ms": LogBench.round3(p(tavle, 0.5)), "p99_ms": LogBench.round3(p(tavle, 0.99)),
                       "bare_p50_ms": LogBench.round3(p(bare, 0.5)), "bare_p99_ms": LogBench.round3(p(bare, 0.99)),
                       "ratio_p50": LogBench.round2(p(tavle, 0.5) / p(bare, 0.5))])
    }

    /// The time from an append in this process to a frame showing it in another process's dashboard loop.
    static func notifyToFrame(_ who: PostgresLocation, today: Day) throws {
        let out = NSTemporaryDirectory() + "tavle-bench-watch-" + UUID().uuidString
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        var url = "postgres://\(who.user):\(who.password ?? "")@\(who.hosts[0].host):\(who.hosts[0].port)/\(who.database)"
        url += "?sslmode=\(who.sslMode.rawValue)"
        child.arguments = ["watch", url, out]
        try child.run()
        defer { child.terminate(); child.waitUntilExit() }
        // The watcher says when its first frame is drawn.
        while (try? String(contentsOfFile: out, encoding: .utf8))?.contains("ready") != true { usleep(20_000) }
        let network = try LiveNetwork(store: try PostgresEventStore(who), keepHistory: false)
        let cluster = network.state.clusters.keys.sorted().first!
        var written: [Int: Double] = [:]
        for i in 1...60 {
            try network.append(.renameCluster(id: cluster, name: "Måling \(i)"), actor: who.user, now: .now())
            written[i] = Date().timeIntervalSince1970
            usleep(UInt32.random(in: 150_000...300_000))
        }
        usleep(1_000_000)
        let seen = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { line -> (Int, Double)? in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let i = Int(parts[0]), let t = Double(parts[1]) else { return nil }
            return (i, t)
        }
        let latencies = seen.compactMap { i, t in written[i].map { (t - $0) * 1000 } }.sorted()
        guard !latencies.isEmpty else { print("  notify to frame           no frame showed the appends"); return }
        let p = { (q: Double) in latencies[Int(Double(latencies.count - 1) * q)] }
        print(String(format: "  notify to redrawn frame   p50 %.0f ms  p99 %.0f ms over %d appends seen of 60 (target p99 ≤ 200 ms)",
                     p(0.5), p(0.99), latencies.count))
        LogBench.json(["figure": "postgres_notify_to_frame", "p50_ms": LogBench.round3(p(0.5)), "p99_ms": LogBench.round3(p(0.99)),
                       "seen": latencies.count, "written": 60])
    }
}

extension PostgresBench {
    /// A synthetic log of `size` events in a database of its own; open to the first frame in a fresh process,
    /// with the local snapshot cache and without.
    static func openToFirstFrame(_ size: Int, base: PostgresLocation, today: Day) throws {
        var location = base
        location.database = "tavle_bench_open_\(size)_" + UUID().uuidString.prefix(6).lowercased()
        try PostgresAdmin(base).execute("CREATE DATABASE \(location.database)")
        let admin = try PostgresAdmin(location)
        _ = try admin.initialise(now: .now())
        var t = nanoseconds()
        let entries = try SyntheticNetwork.events(schools: min(10_000, max(100, size / 8)), total: size, today: today)
        let image = try LogFormat.image(Recorded.numbered(entries), created: .now())
        try copyIn(image, admin)
        let copySeconds = LogBench.seconds(since: t)
        let url = "postgres://\(base.user):\(base.password ?? "")@\(base.hosts[0].host):\(base.hosts[0].port)/\(location.database)?sslmode=\(base.sslMode.rawValue)"
        let cache = NSTemporaryDirectory() + "tavle-bench-cache-" + UUID().uuidString + ".snapshot"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        t = nanoseconds()
        let network = try LiveNetwork(store: try PostgresEventStore(location), snapshots: FileSnapshotStore(path: cache), keepHistory: false)
        try network.writeSnapshot(now: .now())
        let snapSeconds = LogBench.seconds(since: t)
        var with: [Double] = [], without: [Double] = []
        for _ in 0..<3 {
            with.append(try LogBench.child(["pgopen", url, "snapshot", cache]).seconds)
            without.append(try LogBench.child(["pgopen", url, "full", cache]).seconds)
        }
        print(String(format: "  %d events (%.1f MB)   open to first frame with the local snapshot %.2f s (target ≤ 1 s at 1M), without %.2f s   (copied in %.0f s; read and snapshot %.1f s)",
                     size, Double(image.count) / 1_048_576, LogBench.median(with), LogBench.median(without), copySeconds, snapSeconds))
        LogBench.json(["figure": "postgres_open_to_first_frame", "events": size, "with_snapshot_s": LogBench.round3(LogBench.median(with)),
                       "without_snapshot_s": LogBench.round3(LogBench.median(without)), "copy_in_s": LogBench.round2(copySeconds)])
        try? PostgresAdmin(base).execute("DROP DATABASE \(location.database)")
    }

    /// In a fresh process: open the shared log (from the snapshot file, or in full) and draw one frame off-screen.
    static func childOpen(url: String, snapshot: Bool, cache: String, today: Day) throws {
        let t = nanoseconds()
        let store = try PostgresEventStore(try PostgresLocation(url))
        let connected = LogBench.seconds(since: t)
        let network = try LiveNetwork(store: store, snapshots: FileSnapshotStore(path: cache), useSnapshot: snapshot)
        let opened = LogBench.seconds(since: t)
        let model = Model(state: network.state, events: network.historyLoaded ? network.events : [], today: today, width: 160, height: 48,
                          user: "koord", logPath: "bench")
        let modelled = LogBench.seconds(since: t)
        let frame = view(model)
        // The parts, for finding where the time goes: TAVLE_BENCH_PARTS=1.
        if ProcessInfo.processInfo.environment["TAVLE_BENCH_PARTS"] == "1" {
            FileHandle.standardError.write(Data(String(format: "connect %.3f  open %.3f  model %.3f  frame %.3f s\n", connected, opened,
                                                       modelled, LogBench.seconds(since: t)).utf8))
        }
        precondition(frame.width == 160 && (snapshot ? network.snapshot != nil : network.historyLoaded))
        print(#"{"seconds":\#(LogBench.seconds(since: t)),"rss_kb":\#(LogBench.residentKB())}"#)
    }
}
