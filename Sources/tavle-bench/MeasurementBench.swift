import Demo
import Domain
import Exchange
import FileStore
import Foundation
import TUI
import Wording

/// A national indicator: 10 000 registered schools × 10 school years in the statistics portal's wide layout,
/// imported into a log (the check, then the append under the writer lock); beside it, Python's `csv` module
/// reading the same file and turning every cell into a number, in the same run. Then the results screen at that
/// size: keystroke to frame, and the log's replay and memory with the measurements in it.
enum MeasurementBench {
    static let schools = 10_000, years = 10

    static func run(today: Day) throws {
        print("")
        print("Import of one indicator for \(schools) schools × \(years) school years (wide layout), median of 3")
        let dir = NSTemporaryDirectory() + "tavle-measure-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = SchoolYear(containing: today).startYear - years
        let csvPath = dir + "/andele.csv"
        try wide(first: first).write(to: URL(fileURLWithPath: csvPath))
        var check: [Double] = [], lock: [Double] = [], replay: [Double] = []
        var resident = 0, bytes = 0
        for round in 0..<3 {
            let path = dir + "/m\(round).log"
            try EventLog.create(path: path, events: try setup(today: today, first: first), created: .now())
            let log = try EventLog.open(path: path, create: false)
            let d = log.state.indicators.values.first!
            let now = Copenhagen.timestamp(today, minutes: 12 * 60)
            var t = nanoseconds()
            let input = try CSVInput.read(try Data(contentsOf: URL(fileURLWithPath: csvPath)), file: "andele.csv")
            let (plan, errors) = MeasurementImport.plan(input, state: log.state, indicator: d, options: .init(), now: now, text: Catalogue(.standard))
            precondition(errors.isEmpty, "\(errors.prefix(3))")
            check.append(LogBench.seconds(since: t))
            t = nanoseconds()
            let records = try log.append(plan.commands, actor: "mfr", now: now)
            lock.append(LogBench.seconds(since: t))
            precondition(records.count == schools * years)
            t = nanoseconds()
            let again = try EventLog.open(path: path, create: false, useSnapshot: false)
            replay.append(LogBench.seconds(since: t))
            precondition(again.state.measurements.count == schools)
            resident = LogBench.residentKB()
            bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        let values = Double(schools * years)
        let python = pythonCSV(path: csvPath)
        print("values    check values/s   lock held   replay of the log   python csv values/s   ratio")
        let checkRate = values / LogBench.median(check)
        print(String(schools * years).padding(toLength: 10, withPad: " ", startingAt: 0)
              + String(format: "%14.0f   %7.2f s   %15.2f s   %19@   %@", checkRate, LogBench.median(lock), LogBench.median(replay),
                       python.map { String(format: "%.0f", $0) } ?? "–", python.map { String(format: "%.2f×", checkRate / $0) } ?? "–"))
        print(String(format: "  the log: %.1f MB, resident after replay %.0f MB", Double(bytes) / 1_048_576, Double(resident) / 1024))
        LogBench.json(["figure": "import_measurements", "values": Int(values), "check_values_per_s": Int(checkRate),
                       "lock_held_s": LogBench.round3(LogBench.median(lock)), "replay_s": LogBench.round3(LogBench.median(replay)),
                       "python_csv_values_per_s": python.map { Int($0) } ?? 0, "log_bytes": bytes, "resident_kb": resident])
        try keystrokes(path: dir + "/m0.log", today: today)
    }

    /// Keystroke to frame on the results screen at 10 000 schools with ten years of values each.
    static func keystrokes(path: String, today: Day) throws {
        let log = try EventLog.open(path: path, create: false)
        var model = Model(state: log.state, events: try log.history(), today: today, width: 160, height: 48, user: "mfr", logPath: path)
        // The key that shows the screen first, untimed: it works out the figures, which the dashboard has worked out
        // aside after its first frame (`tavle-bench open LOG snapshot` with TAVLE_BENCH_PARTS=1 times that).
        update(&model, .key(.char("8")))
        let keys: [Key] = [.char("1"), .char("8")] + Array(repeating: .char("j"), count: 200) + [.char("s"), .char("s"), .char("S")]
            + Array(repeating: .char("k"), count: 50) + [.right, .left]
        let times = keystrokeTimes(&model, keys)
        let (p50, p99, mx) = (percentile(times, 0.5), percentile(times, 0.99), times.max()!)
        print(String(format: "  results screen at %d schools: %d keys, p50 %.2f ms, p99 %.2f ms, max %.2f ms (goal: p99 ≤ 3 ms)",
                     schools, times.count, p50, p99, mx))
        LogBench.json(["figure": "keystroke_to_frame", "schools": schools, "scenario": "results", "keys": times.count,
                       "p50_ms": LogBench.round3(p50), "p99_ms": LogBench.round3(p99)])
    }

    /// A programme, its coordinator, 10 000 registered schools (a tenth of them in the programme) and one indicator.
    static func setup(today: Day, first: Int) throws -> [(at: Timestamp, actor: String, event: Event)] {
        var state = NetworkState()
        let at = Copenhagen.timestamp(today.adding(days: -30), minutes: 9 * 60)
        var commands: [Command] = [
            .registerPerson(Person(name: "mfr", fullName: "Maja Fogh Riis", role: .coordinator)),
            .defineProgramme(Programme(id: "p", name: "Programmet", start: Day(year: first + years - 1, month: 8, day: 1)!,
                                       end: Day(year: first + years + 2, month: 7, day: 31)!)),
            .defineIndicator(IndicatorDefinition(id: "dansk-under-4", programme: "p", names: [LocalName("da", "Andel under 4 i dansk")],
                                                 baseline: (first + years - 4 ... first + years - 2).map { .schoolYear($0) })),
        ]
        let munis = Municipality.all
        for i in 0..<schools {
            let inst = pad(100_000 + i, 6)
            commands.append(.registerSchool(School(institution: inst, name: "Skole \(i)", municipality: munis[i % munis.count].code, kind: .folkeskole)))
            if i % 10 == 0 {
                commands.append(.setParticipation(Enrolment("p", inst), status: .offered))
                commands.append(.setParticipation(Enrolment("p", inst), status: .accepted))
            }
        }
        return try decideBatch(commands, on: &state, actor: "mfr", now: at).map { ($0.at, $0.actor, $0.event) }
    }

    /// The portal's wide export: institution, name, one column per school year, Danish decimal commas, ".." now and then.
    static func wide(first: Int) -> Data {
        var rng = SplitMix64(seed: 26)
        var text = "Institutionsnummer;Institution;" + (first..<first + years).map { "Skoleår \($0)/\($0 + 1)" }.joined(separator: ";") + "\n"
        for i in 0..<schools {
            text += pad(100_000 + i, 6) + ";Skole \(i)"
            for _ in 0..<years {
                let v = Int.random(in: 0...400, using: &rng)
                text += ";\(v / 10),\(v % 10)"
            }
            text += "\n"
        }
        return Data(text.utf8)
    }

    /// Python's `csv` module reading the file and turning every value cell into a float: values per second, the
    /// median of three passes.
    static func pythonCSV(path: String) -> Double? {
        let script = """
        import csv, sys, time
        rates = []
        for _ in range(3):
            t = time.perf_counter(); n = 0
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                rows = csv.reader(f, delimiter=";"); next(rows)
                for row in rows:
                    for cell in row[2:]:
                        if cell not in ("", "..", "–"): float(cell.replace(",", ".")); n += 1
            rates.append(n / (time.perf_counter() - t))
        print(sorted(rates)[1])
        """
        guard let python = References.which("python3"), let out = References.run(python, ["-c", script, path]) else { return nil }
        return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
