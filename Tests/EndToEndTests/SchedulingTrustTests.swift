import Domain
import Foundation
import Testing

/// Scheduling a coordinator can trust, through the real binary and the real dashboard: the dashboard and the
/// command line agree, a soft conflict asks, undo asks and says what, held is a real state.
@Suite(.serialized) struct SchedulingTrustTests {
    func demo() throws -> String {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        return log
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// "1. fredag d. 8. januar 2027 kl. 9.00–11.30" wherever it stands in a line.
    func whens(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            line.range(of: #"\d+\. (⚠ )?\S+ d\. \d+\. \S+ \d{4} kl\. [\d.]+–[\d.]+"#, options: .regularExpression)
                .map { String(line[$0]).replacingOccurrences(of: "⚠ ", with: "") }
        }
    }

    @Test func theDashboardAndTheCommandLineSuggestAndPlanTheSame() throws {
        let log = try demo()
        let t = try Tmux(width: 200, height: 60, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("3", "b")
        let screen = try t.waitFor("Ledige tider for Nordjylland 1")
        let cli = try Harness.tavle("meeting", "suggest", "--log", log, "--cluster", "EL-K01", "--count", "8")
        let shown = whens(screen), said = whens(cli.out)
        #expect(shown.count >= 5 && shown == Array(said.prefix(shown.count)), "\(shown)\n\(said)")
        try t.keys("Escape", "Y")
        let plan = try t.waitFor("Plan: ")
        let dry = try Harness.tavle("meeting", "plan", "--log", log, "--dry-run")
        let rows = plan.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: #"uge \d+ .*$"#, options: .regularExpression) else { return nil }
            return line[r].replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
        }
        let lines = dry.out.split(separator: "\n").filter { $0.hasPrefix("uge") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows.count >= 10 && rows == Array(lines.prefix(rows.count)), "\(rows)\n\(lines)")
        try t.keys("Escape", "q")
        try t.waitFor("TAVLE-EXITED 0")
    }

    @Test func bookingASuggestionWithASoftConflictAsksAndNoGoesBack() throws {
        let log = try demo()
        // Meetings of Nordjylland 1 every two weeks leave no time four weeks from them in the next eight weeks.
        // Two weeks apart from the first plain workday a week ahead (on any day the suite runs: in the summer
        // holiday the first such day is in August); a day the consultant is already booked moves to the next one.
        var offset = 7
        for _ in 0..<5 {
            var booked = false
            for _ in 0..<10 where !booked {
                let day = Harness.plainWorkday(from: offset)
                let r = try Harness.tavle("meeting", "schedule", "--log", log, "--as", "mfr", "--kind", "klyngemøde", "--cluster", "EL-K01",
                                          "--date", day, "--start", "13.00", "--duration", "1t", "--force")
                booked = r.status == 0
                #expect(booked || r.err.contains("Kan ikke bookes"), "\(r.err)")
                offset = Day.parseISO(day)!.ordinal - Harness.today.ordinal + (booked ? 14 : 1)
            }
            #expect(booked)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let t = try Tmux(width: 100, height: 30, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("3", "b")
        let list = try t.waitFor("Ledige tider for Nordjylland 1")
        // Clean times past the window come first (said so); the soft ones squeezed in between come last.
        #expect(list.contains("For få tider uden konflikter") && list.contains("ligger senere"), "\(list)")
        try t.keys("G", "Enter")
        let question = try t.waitFor("Bemærk:")
        // The conflict names the cluster and the other meeting's day, never their ids (the dialog may wrap the line).
        #expect(question.contains("klyngen Nordjylland 1") && !question.contains("EL-K01") && question.range(of: #"M\d{4}"#, options: .regularExpression) == nil)
        try t.keys("n")
        try t.waitFor("Ledige tider for Nordjylland 1")
        try t.keys("Escape", "q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }

    @Test func undoAsksSaysWhatAndNoLeavesTheLogAsItWas() throws {
        let log = try demo()
        let r = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord 1", "--log", log, "--as", "mfr")
        #expect(r.status == 0, "\(r.err)")
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let t = try Tmux(width: 120, height: 30, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("u")
        let asked = try t.waitFor("Fortryd «")
        #expect(asked.contains("omdøbt") || asked.contains("Nord 1"), "\(asked)")
        #expect(asked.contains("(1 hændelse)?"))
        try t.keys("n")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        try t.keys("u", "j")
        let done = try t.waitFor("Fortrød «")
        #expect(done.contains("(1 hændelse)"))
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)).count > before.count)
        let clusters = try json(try Harness.tavle("cluster", "list", "--log", log, "--json").out) as! [[String: Any]]
        #expect(clusters.first { $0["id"] as? String == "EL-K01" }?["name"] as? String == "Nordjylland 1")
    }

    @Test func heldIsRecordedShownAndCounted() throws {
        let log = try demo()
        let meetings = try json(try Harness.tavle("meeting", "list", "--log", log, "--json").out) as! [[String: Any]]
        let unrecorded = meetings.filter { $0["unrecorded"] as? Bool == true }
        let held = meetings.filter { $0["status"] as? String == "held" }
        #expect(!held.isEmpty && !unrecorded.isEmpty)
        #expect(held.allSatisfy { ($0["attendance"] as? [String]).map { !$0.isEmpty } == true })
        let future = try #require(meetings.first { Day.parseISO($0["date"] as! String)! > Harness.today && $0["status"] as? String == "scheduled" })
        let early = try Harness.tavle("meeting", "held", future["id"] as! String, "--log", log, "--as", "mfr")
        #expect(early.status == 1 && early.err.contains("ikke holdt endnu"), "\(early.err)")
        // Any programme's meeting: `cluster list` is asked for that cluster's programme (EL-… or FT-…).
        let target = try #require(unrecorded.first { ($0["clusters"] as! [String]).count == 1 })
        let cluster = (target["clusters"] as! [String])[0]
        let programme = cluster.hasPrefix("FT-") ? "fastholdelse" : "elevloeft"
        func summary() throws -> [String: Any] {
            try #require((try json(try Harness.tavle("cluster", "list", "--programme", programme, "--log", log, "--json").out) as! [[String: Any]]).first { $0["id"] as? String == cluster })
        }
        let before = try summary()
        let r = try Harness.tavle("meeting", "held", target["id"] as! String, "--log", log, "--as", "mfr")
        #expect(r.status == 0, "\(r.err)")
        let after = try summary()
        #expect(after["meetingsHeld"] as! Int == (before["meetingsHeld"] as! Int) + 1)
        #expect(after["meetingsUnrecorded"] as! Int == (before["meetingsUnrecorded"] as! Int) - 1)
        let again = try Harness.tavle("meeting", "held", target["id"] as! String, "--log", log, "--as", "mfr")
        #expect(again.status == 1 && again.err.contains("allerede registreret som holdt"))
        // The report counts held meetings only, and says how many are not recorded.
        let report = try Harness.tavle("report", "--programme", programme, "--log", log)
        #expect(report.out.contains("mangler registrering"), "\(report.out)")
        let export = try json(try Harness.tavle("export", "meetings", "--programme", programme, "--log", log, "--format", "json").out) as! [[String: Any]]
        #expect(export.first { $0["id"] as? String == target["id"] as? String }?["status"] as? String == "held")
        let csv = try Harness.tavle("export", "meetings", "--programme", programme, "--log", log)
        #expect(csv.out.contains(";holdt;") || csv.out.contains(";holdt\r\n"))
    }
}
