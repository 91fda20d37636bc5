import Demo
import Domain
import FileStore
import Exchange
import Foundation
import TUI
import Wording

/// Importing schools from CSV at 10 000 and 50 000 rows into the demo network: rows per second, and how long the
/// writer lock is held (the append: deciding again under the lock, writing and syncing). Linear means the larger
/// import's time per row is within 1.5× of the smaller's.
enum ImportBench {
    static func run(today: Day) throws {
        print("")
        print("Import of schools from CSV into the demo network (median of 3)")
        print("rows      check rows/s   lock held   whole import rows/s   µs per row")
        var perRow: [Int: Double] = [:]
        for rows in [10_000, 50_000] {
            var check: [Double] = [], lock: [Double] = [], whole: [Double] = []
            for _ in 0..<3 {
                let dir = NSTemporaryDirectory() + "tavle-import-" + UUID().uuidString
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(atPath: dir) }
                try EventLog.create(path: dir + "/x.log", events: try DemoNetwork.events(today: today), created: .now())
                let log = try EventLog.open(path: dir + "/x.log", create: false)
                let input = try CSVInput.read(csv(rows), file: "skoler.csv")
                let now = Copenhagen.timestamp(today, minutes: 12 * 60)
                var t = nanoseconds()
                let (plan, errors) = SchoolImport.plan(input, state: log.state, programme: "elevloeft", actor: "mfr", now: now, text: Catalogue(.standard))
                precondition(errors.isEmpty, "\(errors.prefix(3))")
                let checked = LogBench.seconds(since: t)
                t = nanoseconds()
                let records = try log.append(plan.commands, actor: "mfr", now: now)
                let held = LogBench.seconds(since: t)
                precondition(records.count >= rows)
                check.append(checked); lock.append(held); whole.append(checked + held)
            }
            let w = LogBench.median(whole)
            perRow[rows] = w / Double(rows) * 1e6
            print(String(rows).padding(toLength: 10, withPad: " ", startingAt: 0)
                  + String(format: "%12.0f   %7.2f s   %19.0f   %10.1f", Double(rows) / LogBench.median(check), LogBench.median(lock),
                           Double(rows) / w, perRow[rows]!))
            LogBench.json(["figure": "import", "rows": rows, "check_rows_per_s": Int(Double(rows) / LogBench.median(check)),
                           "lock_held_s": LogBench.round3(LogBench.median(lock)), "rows_per_s": Int(Double(rows) / w),
                           "us_per_row": LogBench.round2(perRow[rows]!)])
        }
        if let small = perRow[10_000], let large = perRow[50_000] {
            print(String(format: "  time per row at 50 000 rows is %.2f× that at 10 000 (linear: within 1.5×)", large / small))
            LogBench.json(["figure": "import_linearity", "ratio_per_row_50k_to_10k": LogBench.round2(large / small)])
        }
    }

    /// A school list as a Danish spreadsheet keeps it: new schools, offered a place.
    static func csv(_ rows: Int) -> Data {
        var text = "Institutionsnummer;Navn;Kommune;Deltagelse\n"
        let munis = Municipality.all
        for i in 0..<rows { text += "\(900_000 + i);Importskole \(i);\(munis[i % munis.count].code);tilbudt\n" }
        return Data(text.utf8)
    }
}
