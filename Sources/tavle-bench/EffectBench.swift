import Demo
import Domain
import Effects
import Foundation
import TUI

/// Effekt's figures: the whole table on the demo (every kind × indicator, 999 repetitions) and the screen's first
/// frame with it; one kind × indicator on 10 000 schools × 10 years beside Python's csdid on the same panel in the
/// same run; and keystrokes on the screen, which never waits for the table.
enum EffectBench {
    static func run(today: Day) throws {
        print("")
        print("Effect estimates (Callaway & Sant'Anna; 999 bootstrap repetitions), median of 5 unless said")
        var seq = 0
        let records = try DemoNetwork.events(today: today).map { e -> Recorded in
            seq += 1
            return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event)
        }
        let demo = NetworkState.replay(records)
        var table: [Double] = [], frame: [Double] = []
        var cells = 0
        for _ in 0..<5 {
            let t = nanoseconds()
            cells = demo.effectTable("elevloeft", options: EstimateOptions()).count
            table.append(Double(nanoseconds() - t) / 1e6)
            // The screen from its key to the frame with the table: the key, the computation the mailbox makes, the frame.
            var m = Model(state: demo, events: records, today: today, width: 160, height: 48, user: "mfr", logPath: "/bench")
            let f = nanoseconds()
            update(&m, .key(.char("9")))
            if let r = m.effectRequest { update(&m, .effectsComputed(EffectTable.compute(r, m.state))) }
            precondition(view(m).width == 160)
            frame.append(Double(nanoseconds() - f) / 1e6)
        }
        print(String(format: "demo table, %d cells (1 120 schools × 8 years)   %8.1f ms", cells, LogBench.median(table)))
        print(String(format: "Effekt's first frame with its table on the demo  %8.1f ms (goal ≤ 100)", LogBench.median(frame)))
        LogBench.json(["figure": "effect_table_demo", "cells": cells, "median_ms": LogBench.round3(LogBench.median(table))])
        LogBench.json(["figure": "effect_first_frame_demo", "median_ms": LogBench.round3(LogBench.median(frame))])

        // One kind × indicator at national scale, and csdid on the same panel.
        let rows = panel(units: 10_000, years: 10)
        let dir = NSTemporaryDirectory() + "tavle-effect-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let csv = dir + "/panel.csv"
        try ("id,period,group,outcome\n" + rows.map { "\($0.id),\($0.period),\($0.group ?? 0),\($0.outcome)" }.joined(separator: "\n") + "\n")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        var ours: [Double] = []
        var estimate: EffectEstimate?
        for _ in 0..<5 {
            let t = nanoseconds()
            estimate = try EffectEstimate.estimate(try Panel.balanced(rows), EstimateOptions())
            ours.append(LogBench.seconds(since: t))
        }
        let o = LogBench.median(ours)
        print(String(format: "10 000 schools × 10 years, one kind × indicator    %8.3f s  (ATT %.4f, SE %.4f)", o, estimate!.overall.att, estimate!.overall.se))
        print(String(format: "  the whole table of 18 such cells                %8.2f s", 18 * o))
        LogBench.json(["figure": "effect_national_one", "units": 10_000, "years": 10, "median_s": LogBench.round3(o)])
        switch csdidSeconds(csv) {
        case .success(let c):
            print(String(format: "  Python csdid, the same estimate (att_gt + 4 aggregations, 999 bootstrap)  %8.2f s  → Tavle %.0f× faster (goal ≥ 20×)", c, c / o))
            LogBench.json(["figure": "effect_national_csdid", "median_s": LogBench.round3(c), "ratio": LogBench.round3(c / o)])
        case .failure(let f):
            print("  Python csdid: not measured (\(f.reason))")
        }

        // Keystrokes on the screen at 10 000 schools, its table in hand: moving, opening, toggling (which only asks).
        let big = try SyntheticNetwork.events(schools: 10_000, today: today)
        let bigRecords = Recorded.numbered(big)
        let state = NetworkState.replay(bigRecords)
        var m = Model(state: state, events: bigRecords, today: today, width: 160, height: 48, user: "k1", logPath: "/bench")
        update(&m, .key(.char("9")))
        if let r = m.effectRequest { update(&m, .effectsComputed(EffectTable.compute(r, m.state))) }
        let keys = Array(repeating: Key.char("j"), count: 100) + [.enter, .char("j"), .char("j"), .escape] + Array(repeating: Key.char("k"), count: 50)
            + [.char("w"), .char("w"), .char("B"), .char("B")]
        let times = keystrokeTimes(&m, keys)
        print(String(format: "Effekt keystroke to frame at 10 000 schools (%d keys)  p50 %.2f ms  p99 %.2f ms (goal ≤ 3)", times.count,
                     percentile(times, 0.5), percentile(times, 0.99)))
        LogBench.json(["figure": "keystroke_to_frame", "schools": 10_000, "scenario": "effects", "keys": times.count,
                       "p50_ms": LogBench.round3(percentile(times, 0.5)), "p99_ms": LogBench.round3(percentile(times, 0.99))])
    }

    static func tableByHand(today: Day, times: Int) throws {
        let state = NetworkState.replay(Recorded.numbered(try DemoNetwork.events(today: today).map { ($0.at, $0.actor, $0.event) }))
        let t = nanoseconds()
        for _ in 0..<times { precondition(!state.effectTable("elevloeft", options: EstimateOptions()).isEmpty) }
        print(String(format: "%.1f ms a table", Double(nanoseconds() - t) / 1e6 / Double(times)))
    }

    /// 10 000 units over `years` years: three cohorts (600, 800 and 600 units) and the rest never treated, unit levels,
    /// a common trend, noise, and an effect of 1 from the start.
    static func panel(units: Int, years: Int) -> [PanelRow] {
        var rng = SplitMix64(seed: 27)
        func normal() -> Double { (0..<12).reduce(0.0) { acc, _ in acc + Double.random(in: 0..<1, using: &rng) } - 6 }
        var rows: [PanelRow] = []
        rows.reserveCapacity(units * years)
        for u in 0..<units {
            let g: Int? = u < 600 ? 2019 : u < 1_400 ? 2021 : u < 2_000 ? 2023 : nil
            let level = 2 * normal()
            for t in 2016..<(2016 + years) {
                var y = 10 + level + 0.3 * Double(t - 2016) + normal()
                if let g, t >= g { y += 1 }
                rows.append(PanelRow(id: String(u + 1), period: t, group: g, outcome: (y * 1e4).rounded() / 1e4))
            }
        }
        return rows
    }

    /// csdid on the panel: what Tavle computes for a cell (ATT(g,t) with the bootstrap's band, then the simple,
    /// dynamic, group and calendar aggregations, each with its band), the median of 3 in one process.
    static func csdidSeconds(_ csv: String) -> Result<Double, References.Failure> {
        let script = """
        import sys, time, io, contextlib, warnings
        warnings.simplefilter("ignore")
        try:
            import numpy as np, pandas as pd
            from csdid.att_gt import ATTgt
        except ImportError:
            print("no-csdid"); sys.exit(0)
        data = pd.read_csv(sys.argv[1])
        times = []
        with contextlib.redirect_stdout(io.StringIO()):
            for _ in range(3):
                t = time.perf_counter()
                m = ATTgt(yname="outcome", tname="period", idname="id", gname="group", data=data.copy(), cband=True, biters=999)
                np.random.seed(1)
                m.fit(est_method="reg", base_period="varying", bstrap=True)
                for kind in ["simple", "dynamic", "group", "calendar"]:
                    m.aggte(typec=kind, bstrap=True, cband=True)
                times.append(time.perf_counter() - t)
        print(sorted(times)[1])
        """
        guard let python = References.which("python3") else { return .failure(.init("python3 is not on PATH")) }
        guard let out = References.run(python, ["-c", script, csv]) else { return .failure(.init("python3 failed")) }
        if out.contains("no-csdid") { return .failure(.init("csdid is not installed (pip install csdid)")) }
        guard let s = out.split(separator: "\n").compactMap({ Double($0) }).last else { return .failure(.init("csdid printed no figure")) }
        return .success(s)
    }
}
