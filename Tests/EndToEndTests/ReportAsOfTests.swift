import Domain
import Foundation
import Testing

/// `tavle report --as-of DAY` tells what a report made on that day told: the log worked back to that day (the
/// present rewound while its undo records reach, else replayed) is the log as it stood then.
@Suite struct ReportAsOfTests {
    @Test func aReportAsOfARecentDayIsTheReportMadeThatDay() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", then = dir + "/then.log"
        #expect(try Harness.tavle("demo", "--out", log).status == 0)
        for back in [2, 40] {
            let day = Harness.today.adding(days: -back)
            // The log as it stood at the end of that day: its header and the records made by then.
            let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
            let kept = try lines.dropFirst().prefix { line in
                let fields = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let at = try #require((fields["at"] as? String).flatMap(Timestamp.parse))
                return Copenhagen.local(at).day <= day
            }
            #expect(kept.count < lines.count - 1, "records after \(day.iso)")
            try ([lines[0]] + kept).map { $0 + "\n" }.joined().write(toFile: then, atomically: true, encoding: .utf8)
            chmod(then, 0o600)
            for language in ["da", "en"] {
                let asOf = try Harness.tavle("report", "--log", log, "--as-of", day.iso, "--lang", language)
                let made = try Harness.tavle("report", "--log", then, "--today", day.iso, "--lang", language)
                #expect(asOf.status == 0 && made.status == 0, "\(asOf.err) \(made.err)")
                #expect(asOf.out == made.out, "\(back) days back, \(language)")
            }
        }
    }
}
