import Demo
import Domain
import FileStore
import Foundation
import TUI
import Wording

// Keystroke-to-frame times, then the log at 10 000, 100 000 and 1 000 000 events.
// Run with: swift run -c release tavle-bench [event counts, e.g. 10000 100000]
// Each figure prints as a table row and as one JSON line.

func nanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int(Double(s.count - 1) * p))]
}

/// Milliseconds from each key to its frame: `update` plus drawing the whole 160-column screen off-screen.
func keystrokeTimes(_ model: inout Model, _ keys: [Key]) -> [Double] {
    _ = view(model)
    var times: [Double] = []
    for k in keys {
        let t = nanoseconds()
        update(&model, .key(k))
        let g = view(model)
        times.append(Double(nanoseconds() - t) / 1e6)
        precondition(g.width == model.width)
    }
    return times
}

struct Scenario {
    let name: String
    let keys: [Key]
}

// As `tavle` does, before any thread starts: the dashboard's figures are measured with the allocator it runs with.
Dashboard.prepareProcess()

let today = Day(year: 2026, month: 11, day: 22)!
let arguments = Array(CommandLine.arguments.dropFirst())

/// Builds Historik's filter index as the dashboard does on another thread, when the model asks for it; its seconds.
func buildSearchAside(_ model: inout Model) -> Double {
    guard let request = model.history.searchRequest else { return 0 }
    let t = nanoseconds()
    update(&model, .historySearched(request.build()))
    return Double(nanoseconds() - t) / 1e9
}

/// Every way the bench runs: a figure or a child process by its first argument, or the whole run.
func runBench() throws {
    // A child process for one measurement: `open <path> snapshot|full` (to the first frame), `open <path> settled`
    // (from the snapshot until it is audited), `open <path> history` (the same, Historik open, until the history is
    // read too) or `open <path> state`.
    if arguments.first == "open", arguments.count == 3 {
        switch arguments[2] {
        case "state": try LogBench.openForCommand(path: arguments[1])
        case "settled": try LogBench.openAndSettle(path: arguments[1], history: false)
        case "history": try LogBench.openAndSettle(path: arguments[1], history: true)
        default: try LogBench.openToFirstFrame(path: arguments[1], snapshot: arguments[2] == "snapshot")
        }
        exit(0)
    }
    if arguments.first == "replay-json", arguments.count == 2 {
        try LogBench.replayForChild(path: arguments[1])
        exit(0)
    }
    // `snapshot <path>`: open the log in full and write its snapshot, for profiling the open by hand.
    if arguments.first == "snapshot", arguments.count == 2 {
        let log = try EventLog.open(path: arguments[1], create: false)
        let info = try log.writeSnapshot(now: .now())
        print("snapshot of \(info.seq) events at \(log.snapshotLocation ?? "")")
        exit(0)
    }
    // `encode <path>`: every record of a log written again, one line at a time, three times: what the check that a
    // line is spelled canonically costs while reading, for profiling by hand.
    if arguments.first == "encode", arguments.count == 2 {
        let records = try EventLog.open(path: arguments[1], create: false).events
        for _ in 0..<3 {
            let t = nanoseconds()
            var bytes = 0
            for r in records { bytes += try LogFormat.encode([r], after: 0).count }
            print(String(format: "%d records written in %.3f s (%d bytes)", records.count, Double(nanoseconds() - t) / 1e9, bytes))
        }
        exit(0)
    }
    // `make <events> <path>`: write a synthetic log, for profiling by hand.
    if arguments.first == "make", arguments.count == 3, let n = Int(arguments[1]) {
        try LogBench.makeLog(events: n, at: arguments[2], today: today)
        exit(0)
    }
    // `national <path>`: write the national log (a register and 400 000 measurements), for profiling by hand.
    if arguments.first == "national", arguments.count == 2 {
        try EventLog.create(path: arguments[1], events: try NationalLog.events(today: today), created: .now())
        exit(0)
    }
    // `national`: only the national log's figures.
    if arguments == ["national"] {
        try LogBench.national(today: today)
        exit(0)
    }
    // `view N K`: view K's key and back, N times, at 10 000 schools, for profiling a screen by hand.
    if arguments.first == "view", arguments.count == 3, let n = Int(arguments[1]), let key = arguments[2].first {
        let records = Recorded.numbered(try SyntheticNetwork.events(schools: 10_000, today: today))
        var model = Model(state: NetworkState.replay(records), events: records, today: today, width: 160, height: 48, user: "k1", logPath: "/bench")
        let times = keystrokeTimes(&model, Array(repeating: [Key.char(key), Key.char("1")], count: n).flatMap { $0 })
        print(String(format: "p50 %.2f ms, max %.2f ms", percentile(times, 0.5), times.max() ?? 0))
        exit(0)
    }
    // `page <path>`: a school's page on a log, opened from the schools list and scrolled, for profiling by hand.
    if arguments.first == "page", arguments.count == 2 {
        let log = try EventLog.open(path: arguments[1], create: false)
        var model = Model(state: log.state, events: log.events, today: today, width: 160, height: 48, user: "koord", logPath: arguments[1])
        let times = keystrokeTimes(&model, [.char("2"), .enter] + Array(repeating: Key.char("j"), count: 40) + [.escape, .char("j"), .enter])
        print(String(format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms", percentile(times, 0.5), percentile(times, 0.99), times.max() ?? 0))
        exit(0)
    }
    // `screens <path>`: every screen on a log, opened and moved through, then the undo question: each one's slowest key.
    if arguments.first == "screens", arguments.count == 2 {
        let log = try EventLog.open(path: arguments[1], create: false)
        let user = log.state.undoStacks.max { $0.value.count < $1.value.count }?.key ?? "koord"
        var model = Model(state: log.state, events: log.events, today: today, width: 160, height: 48, user: user, logPath: arguments[1])
        for key in "123456789" {
            let times = keystrokeTimes(&model, [.char(key)] + Array(repeating: Key.char("j"), count: 20))
            print(String(format: "screen %@: first key %.2f ms, then p50 %.2f ms, max %.2f ms", String(key), times[0],
                         percentile(Array(times.dropFirst()), 0.5), times.dropFirst().max() ?? 0))
        }
        // Kalender's list of meetings (two presses of `v` from the month), moved through, then back to the month.
        let list = keystrokeTimes(&model, [.char("5"), .char("v"), .char("v")] + Array(repeating: Key.char("j"), count: 20) + [.char("v")])
        print(String(format: "screen 5 as a list: its key %.2f ms, then p50 %.2f ms, max %.2f ms", list[2],
                     percentile(Array(list.dropFirst(3).dropLast()), 0.5), list.dropFirst(3).dropLast().max() ?? 0))
        _ = keystrokeTimes(&model, [.char("1")])
        let asks = (0..<10).map { _ in keystrokeTimes(&model, [.char("u"), .escape])[0] }
        print(String(format: "undo question for %@: p50 %.2f ms, max %.2f ms", user, percentile(asks, 0.5), asks.max() ?? 0))
        // The first letter asks for the filter's index, which the dashboard builds on another thread: built here, timed apart.
        var search = keystrokeTimes(&model, [.char("7"), .char("/"), .char("k")])
        let aside = buildSearchAside(&model)
        search += keystrokeTimes(&model, [.char("o"), .backspace, .escape])
        print(String(format: "Historik's filter: the first letter %.1f ms (its index built aside in %.2f s), the next %.1f ms, a backspace %.1f ms",
                     search[2], aside, search[3], search[4]))
        // What follows a write: the dashboard takes the new state and works out its figures again.
        let refresh = (0..<5).map { _ in
            let t = nanoseconds()
            model.setState(log.state, events: log.events)
            _ = view(model)
            return Double(nanoseconds() - t) / 1e6
        }
        print(String(format: "after a write: p50 %.1f ms, max %.1f ms", percentile(refresh, 0.5), refresh.max() ?? 0))
        // A write while Historik's filter is set: a contact only adds its record's words; a rename words every record again.
        _ = keystrokeTimes(&model, [.char("7"), .char("/"), .char("k"), .enter])
        var written = log.state, history = log.events
        func write(_ e: Event) -> Double {
            let r = Recorded(seq: written.lastSeq + 1, at: written.lastAt ?? Timestamp(milliseconds: 0), actor: user, event: e)
            written.apply(r)
            history.append(r)
            let t = nanoseconds()
            model.setState(written, events: history)
            _ = view(model)
            return Double(nanoseconds() - t) / 1e6
        }
        if var contact = log.state.contacts.values.last, var school = log.state.schools.values.first, model.history.filter == "k" {
            let contacts = (0..<5).map { _ in
                contact.id = written.nextID(.contact)
                return write(.contactRecorded(contact))
            }
            school.name += " (omdøbt)"
            let rename = write(.schoolUpdated(school))
            let again = buildSearchAside(&model)
            print(String(format: "after a write with Historik's filter set: a contact p50 %.1f ms, a school renamed %.1f ms (the index built again aside in %.2f s)",
                         percentile(contacts, 0.5), rename, again))
        }
        model.history.filter = ""
        let travel = keystrokeTimes(&model, [.char(","), .char("=")])
        let week = keystrokeTimes(&model, [.char("<"), .char("=")])
        let n = log.state.lastSeq
        let steps = [n * 9 / 10, n * 8 / 10, n * 85 / 100].map { seq in
            let t = nanoseconds()
            model.travel(to: seq)
            _ = view(model)
            return Double(nanoseconds() - t) / 1e6
        }
        print(String(format: "time travel: a day back %.1f ms, a week back %.1f ms (from now; the present is rewound while its undo records reach, else the log is replayed); to 90 %%, back to 80 %%, forward to 85 %% of the log: %.1f / %.1f / %.1f ms",
                     travel[0], week[0], steps[0], steps[1], steps[2]))
        // In the dashboard a far jump is worked out on another thread: the key only asks (timed), the jump comes after.
        model.travel(to: nil)
        model.travelling.asideAbove = 100_000
        let ask = nanoseconds()
        model.travel(toEndOf: Copenhagen.local(log.events[log.events.end(of: n / 2) - 1].at).day)
        _ = view(model)
        let asked = Double(nanoseconds() - ask) / 1e6
        if let request = model.travelling.request {
            let t = nanoseconds()
            let outcome = request.build()
            let built = Double(nanoseconds() - t) / 1e6
            let t2 = nanoseconds()
            update(&model, .travelled(outcome))
            _ = view(model)
            print(String(format: "a far jump from the dashboard (to the end of the day half the log in): the key %.1f ms, the past worked out aside %.1f ms, then shown %.1f ms",
                         asked, built, Double(nanoseconds() - t2) / 1e6))
        }
        exit(0)
    }
    // `replay <path>`: open the log in full, nothing else, for profiling by hand.
    if arguments.first == "replay", arguments.count == 2 {
        let t = nanoseconds()
        let log = try EventLog.open(path: arguments[1], create: false)
        print("\(log.state.lastSeq) events in \(LogBench.seconds(since: t)) s, resident \(LogBench.residentKB()) kB")
        exit(0)
    }
    // `postgres URL [sizes]`: the shared store; `watch` and `pgopen` are its child processes.
    if arguments.first == "postgres", arguments.count >= 2 {
        let sizes = arguments.dropFirst(2).compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
        try PostgresBench.run(admin: arguments[1], sizes: sizes.isEmpty ? [100_000, 1_000_000] : sizes, today: today)
        exit(0)
    }
    // `pgappend URL N`: N appends on an existing shared log, one at a time, for profiling by hand.
    if arguments.first == "pgappend", arguments.count == 3, let n = Int(arguments[2]) {
        try PostgresBench.appendByHand(url: arguments[1], count: n, today: today)
        exit(0)
    }
    if arguments.first == "watch", arguments.count == 3 {
        try WatchBackend.run(url: arguments[1], out: arguments[2], today: today)
        exit(0)
    }
    if arguments.first == "pgopen", arguments.count == 4 {
        try PostgresBench.childOpen(url: arguments[1], snapshot: arguments[2] == "snapshot", cache: arguments[3], today: today)
        exit(0)
    }
    // `import`: only the import figures; `measurements`: only the national indicator's; `effect`: only the effects'.
    if arguments.first == "import" {
        try ImportBench.run(today: today)
        exit(0)
    }
    if arguments.first == "measurements" {
        try MeasurementBench.run(today: today)
        exit(0)
    }
    // `effect-table N`: the demo's effect table N times, for profiling by hand.
    if arguments.first == "effect-table", arguments.count == 2, let n = Int(arguments[1]) {
        try EffectBench.tableByHand(today: today, times: n)
        exit(0)
    }
    // `effect`: only the effect estimates' figures.
    if arguments.first == "effect" {
        try EffectBench.run(today: today)
        exit(0)
    }
    let sizes = arguments.isEmpty ? [10_000, 100_000, 1_000_000] : arguments.compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }

    let scenarios = [
        Scenario(name: "move", keys: [.char("2")] + Array(repeating: Key.char("j"), count: 300) + Array(repeating: Key.char("k"), count: 100)),
        Scenario(name: "filter", keys: [.char("2"), .char("/")] + Array("skovskolen").map { Key.char($0) } + Array(repeating: Key.backspace, count: 10)
            + Array("aero").map { Key.char($0) } + [.escape]),
        Scenario(name: "switch views", keys: Array((0..<40).map { Key.char(Character(String($0 % 7 + 1))) })),
    ]

    print("Keystroke to frame (update + view into an off-screen 160×48 grid), milliseconds")
    print("schools   scenario        keys    p50     p99     max")
    for size in [120, 10_000] {
        let events = try SyntheticNetwork.events(schools: size, today: today)
        let records = Recorded.numbered(events)
        let state = NetworkState.replay(records)
        for s in scenarios {
            var model = Model(state: state, events: records, today: today, width: 160, height: 48, user: "k1", logPath: "/bench")
            let times = keystrokeTimes(&model, s.keys)
            if ProcessInfo.processInfo.environment["TAVLE_BENCH_KEYS"] != nil {
                print(zip(s.keys, times).map { "\($0.0):" + String(format: "%.2f", $0.1) }.joined(separator: " "))
            }
            let (p50, p99, mx) = (percentile(times, 0.5), percentile(times, 0.99), times.max()!)
            print(String(size).padding(toLength: 10, withPad: " ", startingAt: 0) + s.name.padding(toLength: 15, withPad: " ", startingAt: 0)
                  + String(format: " %4d  %6.2f  %6.2f  %6.2f", times.count, p50, p99, mx))
            LogBench.json(["figure": "keystroke_to_frame", "schools": size, "scenario": s.name, "keys": times.count,
                           "p50_ms": LogBench.round3(p50), "p99_ms": LogBench.round3(p99)])
        }
    }

    try ImportBench.run(today: today)
    try MeasurementBench.run(today: today)
    try EffectBench.run(today: today)
    try LogBench.run(sizes: sizes, today: today)
}

// A failure (a log that already exists, say, or a missing file) is said in words, not as a crash.
do { try runBench() } catch {
    FileHandle.standardError.write(Data("tavle-bench: \(Catalogue(Language.resolve(nil, environment: ProcessInfo.processInfo.environment)).message(error))\n".utf8))
    exit(1)
}
