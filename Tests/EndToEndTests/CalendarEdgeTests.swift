import Foundation
import Testing

/// The calendar's edges through the real binary, with the day pinned by `TAVLE_TODAY` or `--today`:
/// ISO week 53, the year and school-year changes, both DST changes, a leap day, the programme's end.
@Suite(.serialized) struct CalendarEdgeTests {
    /// A demo laid out around `day`.
    func demo(_ day: String) throws -> String {
        let log = Harness.tempDirectory() + "/x.log"
        let r = try Harness.tavle("demo", "--out", log, "--today", day)
        try #require(r.status == 0, "demo for \(day): \(r.err)")
        return log
    }

    @Test func weekFiftyThreeInTheOverviewCalendarAndWeekView() throws {
        let log = try demo("2026-12-30")
        let t = try Tmux(command: "\(Harness.binary) --log \(log) --as mfr", env: ["TAVLE_TODAY": "2026-12-30"])
        var screen = try t.waitFor("Deltagelse")
        #expect(screen.contains("uge 53"), "\(screen)")
        try t.keys("5")
        screen = try t.waitFor("Kalender · onsdag d. 30. december 2026 · uge 53")
        #expect(screen.contains("53"))
        try t.keys("v")
        screen = try t.waitFor("uge 53")
        // A week on from the last week of 2026 is the first week of 2027.
        try t.keys("j")
        screen = try t.waitFor("onsdag d. 6. januar 2027 · uge 1")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
    }

    @Test func newYearsDayIsStillInWeekFiftyThree() throws {
        let log = try demo("2027-01-01")
        let t = try Tmux(width: 160, height: 40, command: "\(Harness.binary) --log \(log)", env: ["TAVLE_TODAY": "2027-01-01"])
        let screen = try t.waitFor("Deltagelse")
        #expect(screen.contains("fredag d. 1. januar 2027") && screen.contains("uge 53"), "\(screen)")
        try t.keys("q")
    }

    @Test func bookingYesterdayIsRefusedAsInThePast() throws {
        let log = try demo("2027-01-06")
        let past = try Harness.tavle("meeting", "schedule", "--log", log, "--as", "mfr", "--kind", "klyngemøde", "--cluster", "EL-K01",
                                     "--date", "5.1.2027", "--start", "9.00", "--duration", "2t", env: ["TAVLE_TODAY": "2027-01-06"])
        #expect(past.status == 1 && past.err.contains("ligger i fortiden"), "\(past.err)")
        let today = try Harness.tavle("meeting", "schedule", "--log", log, "--as", "mfr", "--kind", "klyngemøde", "--cluster", "EL-K01",
                                      "--date", "6.1.2027", "--start", "9.00", "--duration", "2t", "--force", env: ["TAVLE_TODAY": "2027-01-06"])
        #expect(!today.err.contains("ligger i fortiden"), "\(today.err)")
    }

    /// A --today or TAVLE_TODAY that is not a date is invalid input: exit 1, with the value named (README: exit codes).
    @Test func aBadTodayIsInvalidInput() throws {
        let log = try demo("2027-01-06")
        for (args, env, value) in [(["--today", "30.2.2027"], [String: String](), "30.2.2027"),
                                   ([], ["TAVLE_TODAY": "2027-13-01"], "2027-13-01"), ([], ["TAVLE_TODAY": "i morgen"], "i morgen")] {
            let r = try Harness.run(Harness.binary, ["school", "list", "--log", log] + args, env: env)
            #expect(r.status == 1, "\(args) \(env): \(r.status)")
            #expect(r.err.contains("\"\(value)\" er ikke en dato, der findes"), "\(r.err)")
        }
        let dashboard = try Harness.run(Harness.binary, ["--log", log], env: ["TAVLE_TODAY": "2027-02-29"])
        #expect(dashboard.status == 1 && dashboard.err.contains("TAVLE_TODAY"), "\(dashboard.err)")
    }

    @Test func theSchoolYearRollsOverOnTheFirstOfAugust() throws {
        let log = try demo("2027-07-31")
        for day in ["2027-07-31", "2027-08-01"] {
            let plan = try Harness.tavle("meeting", "plan", "--log", log, "--as", "mfr", "--per-cluster", "6", "--dry-run", "--lang", "en",
                                         env: ["TAVLE_TODAY": day])
            #expect(plan.status == 0, "\(plan.err)")
            let dates = plan.out.split(separator: "\n").compactMap { line in
                line.range(of: #"\d{1,2}/\d{1,2}"#, options: .regularExpression).map { String(line[$0]) }
            }
            #expect(dates.count >= 15, "\(plan.out)")
            // Every planned meeting lies in the teaching weeks of 2027/28: from mid-August 2027 to June 2028.
            for d in dates {
                let parts = d.split(separator: "/").compactMap { Int($0) }
                #expect(parts.count == 2 && (parts[1] >= 8 || parts[1] <= 6), "\(d) is in the summer holiday")
            }
        }
        let july = try Tmux(command: "\(Harness.binary) --log \(log)", env: ["TAVLE_TODAY": "2027-07-31"])
        #expect(try july.waitFor("Programperiode").contains("år 2 af 3"))
        let august = try Tmux(command: "\(Harness.binary) --log \(log)", env: ["TAVLE_TODAY": "2027-08-01"])
        #expect(try august.waitFor("Programperiode").contains("år 3 af 3"))
    }

    @Test func meetingsKeepTheirLocalTimeAcrossBothDSTChanges() throws {
        let dir = Harness.tempDirectory()
        let log = try demo("2027-03-20")
        // Meetings on both sides of both changes, booked the Friday before summer time begins.
        let days = ["2027-03-26", "2027-03-30", "2027-10-29", "2027-11-01"]
        for day in days {
            let r = try Harness.tavle("meeting", "schedule", "--log", log, "--as", "mfr", "--kind", "temadag", "--school", "101001",
                                      "--date", day, "--start", "15.30", "--end", "16.30", "--force", env: ["TAVLE_TODAY": "2027-03-26"])
            #expect(r.status == 0, "\(day): \(r.err)")
        }
        let list = try Harness.tavle("meeting", "list", "--log", log, "--json", "--from", "2027-03-26", "--to", "2027-11-01")
        let meetings = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as! [[String: Any]]
        let ours = meetings.filter { ($0["schools"] as? [String]) == ["101001"] && days.contains($0["date"] as? String ?? "") }
        #expect(ours.count == 4 && ours.allSatisfy { $0["start"] as? String == "15:30" && $0["end"] as? String == "16:30" }, "\(ours)")
        let ics = try Harness.tavle("export", "meetings", "--log", log, "--format", "ics", "--out", dir + "/m.ics", env: ["TAVLE_TODAY": "2027-10-31"])
        #expect(ics.status == 0, "\(ics.err)")
        let check = try Harness.run("/usr/bin/env", ["python3", "-c", """
        import icalendar, datetime
        cal = icalendar.Calendar.from_ical(open('\(dir)/m.ics', 'rb').read())
        seen = {}
        for e in cal.walk('VEVENT'):
            s = e.decoded('DTSTART')
            if 'Skoler:' in str(e['DESCRIPTION']) and s.strftime('%Y-%m-%d') in ('2027-03-26', '2027-03-30', '2027-10-29', '2027-11-01') and 'temadag' in str(e['SUMMARY']).lower():
                seen[s.strftime('%Y-%m-%d')] = (s.strftime('%H:%M'), s.utcoffset())
        assert seen == {
            '2027-03-26': ('15:30', datetime.timedelta(hours=1)), '2027-03-30': ('15:30', datetime.timedelta(hours=2)),
            '2027-10-29': ('15:30', datetime.timedelta(hours=2)), '2027-11-01': ('15:30', datetime.timedelta(hours=1)),
        }, seen
        print('ok')
        """])
        #expect(check.out.contains("ok"), "\(check.err)")
        // Work on the days the clocks change: a contact dated that day is today, not tomorrow or yesterday.
        let spring = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "28.3.2027",
                                       "--form", "telefon", "--summary", "Opkald", env: ["TAVLE_TODAY": "2027-03-28"])
        #expect(spring.status == 0, "\(spring.err)")
        let contact = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "31.10.2027",
                                        "--form", "telefon", "--summary", "Opkald", env: ["TAVLE_TODAY": "2027-10-31"])
        #expect(contact.status == 0, "\(contact.err)")
        let tomorrow = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "1.11.2027",
                                         "--form", "telefon", "--summary", "Opkald", env: ["TAVLE_TODAY": "2027-10-31"])
        #expect(tomorrow.status == 1, "\(tomorrow.out)")
    }

    @Test func aLeapDay() throws {
        let log = try demo("2028-02-29")
        #expect(try Harness.tavle("log", "verify", "--log", log).status == 0)
        let ok = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "29.2.2028",
                                   "--form", "mail", "--summary", "Skuddag", env: ["TAVLE_TODAY": "2028-02-29"])
        #expect(ok.status == 0, "\(ok.err)")
        let bad = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "29.2.2027",
                                    "--form", "mail", "--summary", "Ingen skuddag", env: ["TAVLE_TODAY": "2028-02-29"])
        #expect(bad.status == 1 && bad.err.contains("\"29.2.2027\" er ikke en dato, der findes"), "\(bad.err)")
        // Counted from today: yesterday across the leap day, a follow-up due in a week and one in two.
        let counted = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "i går",
                                        "--form", "mail", "--summary", "Talt", "--follow-up", "Sende planen;+7",
                                        "--follow-up", "Følge op;skoleleder;+2u", env: ["TAVLE_TODAY": "2028-03-01"])
        #expect(counted.status == 0, "\(counted.err)")
        let list = try Harness.tavle("follow-up", "list", "--log", log, "--json", env: ["TAVLE_TODAY": "2028-03-01"]).out
        #expect(list.contains(#""due" : "2028-03-08""#) && list.contains(#""due" : "2028-03-15""#), "\(list.suffix(800))")
        #expect(counted.out.contains("(mail, 29.2.2028): Talt"), "\(counted.out)")
        // Days before today as the option's value, though it begins with a dash.
        let before = try Harness.tavle("contact", "add", "--log", log, "--as", "mfr", "--school", "101001", "--date", "-2",
                                       "--form", "mail", "--summary", "Før", env: ["TAVLE_TODAY": "2028-03-01"])
        #expect(before.status == 0 && before.out.contains("(mail, 28.2.2028): Før"), "\(before.out) \(before.err)")
        let t = try Tmux(width: 160, height: 40, command: "\(Harness.binary) --log \(log)", env: ["TAVLE_TODAY": "2028-02-29"])
        let screen = try t.waitFor("Deltagelse")
        #expect(screen.contains("tirsdag d. 29. februar 2028") && screen.contains("uge 9"), "\(screen)")
        try t.keys("q")
    }

    @Test func theDayAfterTheProgrammeEnds() throws {
        // The demo of 30.12.2026 runs Elevløft from 1.8.2025 to 31.7.2028.
        let log = try demo("2026-12-30")
        let t = try Tmux(command: "\(Harness.binary) --log \(log)", env: ["TAVLE_TODAY": "2028-08-01"])
        let screen = try t.waitFor("Programperiode")
        let timeline = screen.split(separator: "\n")[1]
        #expect(timeline.contains("programmet sluttede 31.7.2028") && !timeline.contains("━"), "\(screen)")
        try t.keys("q")
        let last = try Tmux(command: "\(Harness.binary) --log \(log)", env: ["TAVLE_TODAY": "2028-07-31"])
        #expect(try last.waitFor("Programperiode").contains("år 3 af 3"))
    }

    @Test func theDemoIsTheSameInTwoProcesses() throws {
        let dir = Harness.tempDirectory()
        for name in ["a", "b"] {
            #expect(try Harness.tavle("demo", "--out", "\(dir)/\(name).log", "--today", "2027-02-10").status == 0)
        }
        // Line one is the header, with the log's own id; every event after it is the same.
        let a = try String(contentsOfFile: dir + "/a.log", encoding: .utf8).split(separator: "\n").dropFirst()
        let b = try String(contentsOfFile: dir + "/b.log", encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(a.count > 3000 && a.count == b.count)
        // The chained checksums start from the header's, so compare each line without its "crc".
        let strip: (Substring) -> String = { $0.components(separatedBy: ",\"crc\":").first ?? "" }
        #expect(zip(a, b).allSatisfy { strip($0) == strip($1) })
    }
}
