import Demo
import Domain
import FileStore
import Foundation
import PostgresStore
import TUI

/// 80 consultants, each a client of its own with its own login and connection, recording contacts for their own
/// schools as fast as they can for 30 seconds; then every acknowledged append is looked for, and the chain read.
enum PostgresLoad {
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var latencies: [Double] = [], failures: [String] = [], acknowledged: Set<String> = []
        func add(_ ms: Double, _ summary: String) { lock.lock(); latencies.append(ms); acknowledged.insert(summary); lock.unlock() }
        func fail(_ why: String) { lock.lock(); failures.append(why); lock.unlock() }
    }

    static func run(people: [String], login: (String) -> PostgresLocation, admin: PostgresAdmin, today: Day, seconds: Double = 30) throws {
        let tally = Tally()
        let stop = Date().addingTimeInterval(seconds + 5)
        let group = DispatchGroup()
        var clients: [(String, LiveNetwork)] = []
        for p in people { clients.append((p, try LiveNetwork(store: try PostgresEventStore(login(p)), keepHistory: false))) }
        let started = Date()
        let end = started.addingTimeInterval(seconds)
        for (who, network) in clients {
            nonisolated(unsafe) let n = network
            let schools = network.state.caseload.filter { $0.value == who }.map(\.key).sorted { $0.school < $1.school }
            guard !schools.isEmpty else { continue }
            group.enter()
            Thread.detachNewThread {
                var i = 0
                while Date() < end {
                    i += 1
                    let e = schools[i % schools.count], summary = "\(who) kontakt \(i)"
                    let t = nanoseconds()
                    do {
                        try n.append(.recordContact(Contact(programme: e.programme, school: e.school, date: today, form: .phone, summary: summary),
                                                    followUps: []), actor: who, now: .now())
                        tally.add(LogBench.seconds(since: t) * 1000, summary)
                    } catch {
                        tally.fail("\(who): \(error)")
                    }
                }
                group.leave()
            }
        }
        _ = group.wait(timeout: .now() + stop.timeIntervalSinceNow + 60)
        let elapsed = Date().timeIntervalSince(started)
        // Zero lost: every acknowledged contact is in the log, read afresh and checked line by line.
        let check = try LiveNetwork(store: try PostgresEventStore(login("koord")), keepHistory: false)
        let found = Set(check.state.contacts.values.map(\.summary))
        let lost = tally.acknowledged.subtracting(found).count
        let lat = tally.latencies.sorted()
        let p = { (q: Double) in lat.isEmpty ? 0 : lat[Int(Double(lat.count - 1) * q)] }
        print(String(format: "  80 consultants for %.0f s   %.0f appends/s   p50 %.1f ms  p99 %.1f ms   %d acknowledged, %d lost, %d refused; chain read in full",
                     seconds, Double(lat.count) / elapsed, p(0.5), p(0.99), lat.count, lost, tally.failures.count))
        if let first = tally.failures.first { print("    first refusal: \(first)") }
        LogBench.json(["figure": "postgres_80_consultants", "appends_per_s": Int(Double(lat.count) / elapsed), "p50_ms": LogBench.round3(p(0.5)),
                       "p99_ms": LogBench.round3(p(0.99)), "acknowledged": lat.count, "lost": lost, "refused": tally.failures.count])
    }
}

/// A dashboard loop in its own process, for the notify-to-frame figure: it draws off-screen and writes down
/// when a frame first shows each "Måling N".
final class WatchBackend: Backend {
    let size = (width: 160, height: 48)
    let out: FileHandle
    var seen: Set<Int> = []
    var started = false

    init(out path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        out = FileHandle(forWritingAtPath: path)!
    }

    func draw(_ grid: Grid) {
        let text = grid.text
        var note = ""
        if !started { started = true }
        for part in text.components(separatedBy: "Måling ").dropFirst() {
            if let n = Int(part.prefix { $0.isNumber }), !seen.contains(n) {
                seen.insert(n)
                note += "\(n) \(Date().timeIntervalSince1970)\n"
            }
        }
        if !note.isEmpty { out.write(Data(note.utf8)) }
    }

    var askedForClusters = false
    func read(timeout ms: Int32) -> InputEvent? {
        if !askedForClusters {
            askedForClusters = true
            return .key(.char("3"))
        }
        if started, !readyWritten { readyWritten = true; out.write(Data("ready\n".utf8)) }
        usleep(useconds_t(ms) * 1000)
        return nil
    }
    var readyWritten = false

    func end() {}

    static func run(url: String, out: String, today: Day) throws {
        let store = try PostgresEventStore(try PostgresLocation(url), listen: true)
        let network = try LiveNetwork(store: store, keepHistory: false)
        let clock = Clock()
        var model = Model(state: network.state, events: [], now: clock.now(), width: 160, height: 48, user: store.login, logPath: "bench")
        Dashboard.run(network: network, model: &model, clock: clock, backend: WatchBackend(out: out))
    }
}
