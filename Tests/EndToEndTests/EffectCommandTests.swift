import Foundation
import Testing

/// `tavle effect` and `tavle export panel`: the panel a coordinator hands an evaluator gives, in the reference
/// implementation (Python's csdid), the figures Tavle shows; Tavle reads the same panel back to the same estimate;
/// bad options and bad panels are refused by name.
@Suite struct EffectCommandTests {
    static let reference = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EffectsTests/csdid_reference.py").path

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func theExportedPanelGivesCsdidsFiguresAndReadsBackTheSame() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", panel = dir + "/panel.csv"
        try Harness.tavle("demo", "--out", log)
        let export = try Harness.tavle("export", "panel", "--kind", "Turboforløb", "--indicator", "karaktergennemsnit", "--log", log, "--out", panel)
        #expect(export.status == 0, "\(export.err)")
        let csv = try String(contentsOfFile: panel, encoding: .utf8)
        #expect(csv.hasPrefix("id,period,group,outcome,name\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == 1_120 * 8, "every school, eight school years")
        let fromLog = try Harness.tavle("effect", "--kind", "turbo", "--indicator", "karaktergennemsnit", "--json", "--log", log)
        #expect(fromLog.status == 0, "\(fromLog.err)")
        let item = try #require((try json(fromLog.out) as? [[String: Any]])?.first)
        let estimate = try #require(item["estimate"] as? [String: Any])
        // The file read back: the same estimate to the last digit written.
        let fromFile = try Harness.tavle("effect", "--panel", panel, "--json")
        #expect(fromFile.status == 0, "\(fromFile.err)")
        let again = try #require((try json(fromFile.out) as? [String: Any])?["estimate"] as? [String: Any])
        #expect(NSDictionary(dictionary: again["group"] as! [String: Any]) == NSDictionary(dictionary: estimate["group"] as! [String: Any]))
        #expect((again["cells"] as! [Any]).count == (estimate["cells"] as! [Any]).count)
        // The reference implementation on the same file.
        guard (try? Harness.run("/usr/bin/env", ["python3", "-c", "import csdid"]).status) == 0 else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("csdid is not installed: .ci/run installs it") }
            return
        }
        let jobs = dir + "/jobs.json"
        try #"[{"panel": "\#(panel)", "control": "never", "base": "varying", "reps": 0}]"#.write(toFile: jobs, atomically: true, encoding: .utf8)
        let ref = try Harness.run("/usr/bin/env", ["python3", Self.reference, jobs])
        #expect(ref.status == 0, "\(ref.err)")
        let r = try #require((try json(ref.out) as? [[String: Any]])?.first)
        let ours = estimate["cells"] as! [[String: Any]], theirs = r["cells"] as! [[String: Any]]
        #expect(ours.count == theirs.count)
        for (a, b) in zip(ours, theirs) {
            #expect(a["group"] as? Int == b["group"] as? Int && a["period"] as? Int == b["period"] as? Int)
            #expect(abs((a["att"] as! Double) - (b["att"] as! Double)) < 1e-6, "\(a) \(b)")
            #expect(abs((a["se"] as! Double) / (b["se"] as! Double) - 1) < 1e-4, "\(a) \(b)")
        }
        let group = estimate["group"] as! [String: Any], overall = group["overall"] as! [String: Any], refGroup = r["group"] as! [String: Any]
        #expect(abs((overall["att"] as! Double) - (refGroup["att"] as! Double)) < 1e-6)
        #expect(abs((overall["se"] as! Double) / (refGroup["se"] as! Double) - 1) < 1e-4)
    }

    @Test func theTableNamesKindsAndIndicatorsInBothLanguages() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        for lang in ["da", "en"] {
            let r = try Harness.tavle("effect", "--reps", "99", "--log", log, "--lang", lang)
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("Turboforløb") && r.out.contains("Personlige og sociale kompetencer"))
            #expect(r.out.contains(lang == "da" ? "Andel under 4 i dansk" : "Share below grade 4 in Danish"))
            #expect(r.out.contains(lang == "da" ? " til " : " to ") && !r.out.contains("dansk-under-4"))
            #expect(r.out.contains(lang == "da" ? "ét af tyve" : "one in twenty"))
            let one = try Harness.tavle("effect", "--kind", "turbo", "--indicator", "dansk-under-4", "--reps", "99", "--control", "notyet",
                                        "--base", "universal", "--log", log, "--lang", lang)
            #expect(one.status == 0, "\(one.err)")
            #expect(one.out.contains(lang == "da" ? "procentpoint" : "percentage points"))
            #expect(one.out.contains(lang == "da" ? "endnu ikke startede · fast basisår · 99" : "not yet started · universal base year · 99"))
            #expect(one.out.contains(lang == "da" ? "Metode: Callaway" : "Method: Callaway"))
        }
    }

    @Test func badOptionsAndBadPanelsAreRefusedByName() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        var r = try Harness.tavle("effect", "--reps", "1", "--log", log)
        #expect(r.status == 1 && r.err.contains("--reps"), "\(r.err)")
        r = try Harness.tavle("effect", "--control", "sometimes", "--log", log, "--lang", "en")
        #expect(r.status == 1 && r.err.contains("never, notyet") && r.err.contains("sometimes"), "\(r.err)")
        r = try Harness.tavle("export", "panel", "--kind", "turbo", "--log", log, "--lang", "en")
        #expect(r.status == 2 && r.err.contains("--indicator"), "\(r.err)")
        let bad = dir + "/bad.csv"
        try "id,year,first,score\n1,2020,0,3.5\n1,2021,0,x\n".write(toFile: bad, atomically: true, encoding: .utf8)
        r = try Harness.tavle("effect", "--panel", bad, "--lang", "en")
        #expect(r.status == 1 && r.err.contains("period"), "a missing column is named: \(r.err)")
        r = try Harness.tavle("effect", "--panel", bad, "--period", "year", "--group", "first", "--outcome", "score", "--lang", "en")
        #expect(r.status == 1 && r.err.contains("bad.csv:3") && r.err.contains("\"x\" is not a number"), "\(r.err)")
        r = try Harness.tavle("effect", "--panel", bad, "--kind", "turbo", "--lang", "en")
        #expect(r.status == 2 && r.err.contains("--panel reads its own panel"), "\(r.err)")
        try "id,period,group,outcome\n1,2020,0,3.5\n1,2021,0,3.6\n1,2020,0,3.6\n".write(toFile: bad, atomically: true, encoding: .utf8)
        r = try Harness.tavle("effect", "--panel", bad, "--lang", "en")
        #expect(r.status == 1 && r.err.contains("1 has two values for 2020"), "\(r.err)")
    }
}
