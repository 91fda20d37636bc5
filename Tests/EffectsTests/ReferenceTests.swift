import Effects
import Foundation
import Testing

/// Tavle's estimates beside the reference implementation's, Python's `csdid` (a port of R's `did`), on generated
/// panels of several shapes: every ATT(g,t) to 1e-6, the analytic standard errors and the aggregates to 1e-4
/// relative, the Wald pre-test likewise, and the bootstrap's simultaneous critical values within 5 % (the median over
/// five seeds on each side: one run's critical value has Monte Carlo error of its own, heavy-tailed with groups of one).
@Suite struct ReferenceTests {
    static let shapes: [(name: String, panel: SimulatedPanel)] = [
        ("one unit in a cohort, three periods", SimulatedPanel(periods: 2016...2018, cohorts: [(2017, 1), (2018, 4)], never: 8, effect: .constant(1), seed: 1)),
        ("five periods, a unit treated from the start and one after the end", SimulatedPanel(periods: 2010...2014, cohorts: [(2010, 2), (2012, 5), (2013, 12), (2014, 7), (2016, 3)], never: 20, effect: .growing(0.5), seed: 2)),
        ("cohorts of sixty, eight periods, no effect", SimulatedPanel(periods: 2010...2017, cohorts: [(2012, 60), (2013, 60), (2015, 60), (2017, 60)], never: 60, effect: .zero, seed: 3)),
        ("twelve periods, growing", SimulatedPanel(periods: 2001...2012, cohorts: [(2003, 10), (2006, 25), (2009, 40), (2011, 3)], never: 30, effect: .growing(0.3), seed: 4)),
        ("no never-treated units", SimulatedPanel(periods: 2010...2015, cohorts: [(2011, 15), (2012, 15), (2014, 20)], never: 0, effect: .constant(2), seed: 5)),
        ("cohorts of one", SimulatedPanel(periods: 2010...2019, cohorts: [(2012, 1), (2014, 1), (2015, 2), (2018, 1)], never: 15, effect: .zero, seed: 6)),
    ]

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("csdid_reference.py").path
    }

    static func referenceAvailable() -> Bool {
        (try? run(["python3", "-c", "import csdid"]).status) == 0
    }

    static func run(_ args: [String]) throws -> (status: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, o, String(decoding: e, as: UTF8.self))
    }

    struct Job { let name: String; let panel: SimulatedPanel; let options: EstimateOptions }

    /// The median critical values over five seeds: cells, then dynamic, group and calendar.
    static func medianCriticalValues(_ job: Job) throws -> [String: Double] {
        var found: [String: [Double]] = [:]
        for seed in 0..<5 {
            var o = job.options
            o.seed = UInt64(seed) &* 7919
            let e = try EffectEstimate.estimate(job.panel.panel(), o)
            for (k, v) in [("cell", e.cellCritical), ("dynamic", e.dynamic.critical), ("group", e.group.critical),
                           ("calendar", e.calendar.critical)] { found[k, default: []].append(v) }
        }
        return found.mapValues { $0.sorted()[2] }
    }

    @Test func everyFigureAgreesWithCsdid() throws {
        guard Self.referenceAvailable() else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("csdid is not installed: .ci/run installs it") }
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tavle-csdid-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if ProcessInfo.processInfo.environment["TAVLE_KEEP_PANELS"] == nil { try? FileManager.default.removeItem(at: dir) } }
        var jobs: [Job] = [], specs: [[String: Any]] = []
        for (i, shape) in Self.shapes.enumerated() {
            let file = dir.appendingPathComponent("panel\(i).csv").path
            try shape.panel.csv().write(toFile: file, atomically: true, encoding: .utf8)
            for control in ComparisonGroup.allCases {
                for base in BasePeriod.allCases {
                    // The bootstrap is compared on half of the runs, to keep the suite short.
                    let reps = (i + (control == .never ? 0 : 1)) % 2 == 0 ? 999 : 0
                    jobs.append(Job(name: "\(shape.name), \(control.rawValue), \(base.rawValue)", panel: shape.panel,
                                    options: EstimateOptions(comparison: control, base: base, repetitions: max(reps, 2))))
                    specs.append(["panel": file, "control": control.rawValue, "base": base.rawValue, "reps": reps])
                }
            }
        }
        let jobsFile = dir.appendingPathComponent("jobs.json").path
        try JSONSerialization.data(withJSONObject: specs).write(to: URL(fileURLWithPath: jobsFile))
        let r = try Self.run(["python3", Self.script, jobsFile])
        try #require(r.status == 0, "csdid: \(r.err)")
        let results = try #require(try JSONSerialization.jsonObject(with: r.out) as? [[String: Any]])
        try #require(results.count == jobs.count)
        for (job, ref) in zip(jobs, results) {
            let ours = try EffectEstimate.estimate(job.panel.panel(), job.options)
            let bootstrap = (ref["cellCritical"] as? Double) != nil
            let critical = bootstrap ? try Self.medianCriticalValues(job) : nil
            Comparison(name: job.name).check(ours, ref, critical: critical)
        }
    }
}

/// Compares one estimate with csdid's figures, recording each difference.
struct Comparison {
    let name: String

    func close(_ a: Double, _ b: Any?, abs tol: Double? = nil, rel: Double? = nil, _ what: String) {
        guard let b = b as? Double else {
            #expect(!a.isFinite || a == 0, "\(name): \(what) is \(a), csdid has none")
            return
        }
        if let tol { #expect(Swift.abs(a - b) <= tol, "\(name): \(what) \(a) vs csdid \(b)") }
        if let rel { #expect(Swift.abs(a - b) <= rel * max(Swift.abs(b), 1e-12), "\(name): \(what) \(a) vs csdid \(b)") }
    }

    func check(_ ours: EffectEstimate, _ ref: [String: Any], critical: [String: Double]?) {
        let cells = ref["cells"] as! [[String: Any]]
        #expect(ours.cells.count == cells.count, "\(name): \(ours.cells.count) cells vs csdid \(cells.count)")
        #expect(ours.units == ref["n"] as? Int, "\(name): units")
        for (c, r) in zip(ours.cells, cells) {
            #expect(c.group == r["group"] as? Int && c.period == r["period"] as? Int, "\(name): cell order")
            close(c.att, r["att"], abs: 1e-6, "ATT(\(c.group),\(c.period))")
            close(c.se, r["se"], rel: 1e-4, "SE(\(c.group),\(c.period))")
        }
        let simple = ref["simple"] as! [String: Any]
        close(ours.simple.att, simple["att"], abs: 1e-6, "simple ATT")
        close(ours.simple.se, simple["se"], rel: 1e-4, "simple SE")
        for (kind, series) in [("dynamic", ours.dynamic), ("group", ours.group), ("calendar", ours.calendar)] {
            let r = ref[kind] as! [String: Any]
            close(series.overall.att, r["att"], abs: 1e-6, "\(kind) ATT")
            close(series.overall.se, r["se"], rel: 1e-4, "\(kind) SE")
            let points = r["points"] as! [[String: Any]]
            #expect(series.points.map(\.key) == points.map { $0["key"] as! Int }, "\(name): \(kind) keys")
            for (p, q) in zip(series.points, points) {
                close(p.att, q["att"], abs: 1e-6, "\(kind) \(p.key) ATT")
                close(p.se, q["se"], rel: 1e-4, "\(kind) \(p.key) SE")
            }
            if let critical, let crit = ref[kind + "Critical"] as? Double, crit > Normal.z975 * 1.05 {
                close(critical[kind]!, crit, rel: 0.05, "\(kind) critical value (median of five seeds)")
            }
        }
        if let critical, let crit = ref["cellCritical"] as? Double, crit > Normal.z975 * 1.05 {
            close(critical["cell"]!, crit, rel: 0.05, "ATT(g,t) critical value (median of five seeds)")
        }
        if let w = ref["wald"] as? Double {
            close(ours.preTest?.statistic ?? .nan, w, rel: 1e-4, "Wald statistic")
            close(ours.preTest?.pValue ?? .nan, ref["waldP"], abs: 1e-5, "Wald p-value")
        } else {
            #expect(ours.preTest == nil, "\(name): a pre-test csdid does not make")
        }
    }
}
