import Foundation
import Testing
import Domain
import Wording

/// The plain lists (`school list`, `cluster list`, `people list`, `follow-up list`, `caseload`) say every name whole,
/// in columns as wide as their widest value, and people by the short names that tell them apart, never by a handle.
@Suite struct PlainListTests {
    @Test func longNamesStayWholeAndPeopleAreToldApart() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        // Anne Jørgensen beside the demo's Anne Holm Jensen, and a school whose name is longer than the old 24 columns,
        // in her caseload.
        try "initialer;fuldt navn;rolle\najo;Anne Jørgensen;konsulent\n".write(toFile: dir + "/people.csv", atomically: true, encoding: .utf8)
        #expect(try Harness.tavle("import", "consultants", dir + "/people.csv", "--log", log, "--as", "mfr").status == 0)
        let school = "Den Frie Lærerskoles Øvelsesskole i Ollerup"
        try "institutionsnummer;navn;kommune;deltagelse;konsulent\n999001;\(school);Svendborg;accepteret;ajo\n"
            .write(toFile: dir + "/schools.csv", atomically: true, encoding: .utf8)
        let imported = try Harness.tavle("import", "schools", dir + "/schools.csv", "--programme", "elevloeft", "--log", log, "--as", "mfr")
        #expect(imported.status == 0, "\(imported.err)")

        let schools = try Harness.tavle("school", "list", "--programme", "elevloeft", "--log", log).out.split(separator: "\n").map(String.init)
        let row = try #require(schools.first { $0.hasPrefix("999001") })
        #expect(row.contains(school + " ") && row.contains("Anne Jø. "), "\(row)")
        #expect(schools.contains { $0.contains("Anne Je. ") } && !schools.contains { $0.contains("Anne J. ") })
        // Columns line up: every row's consultant starts where the others' do.
        let starts = Set(schools.compactMap { line in ["Anne Je.", "Anne Jø."].compactMap { line.range(of: $0) }.first.map { line.distance(from: line.startIndex, to: $0.lowerBound) } })
        #expect(starts.count == 1, "\(starts)")

        // In Danish order: æ, ø, å after z, whatever the case, numbers by their value.
        let listed = try (JSONSerialization.jsonObject(with: Data(try Harness.tavle("school", "list", "--programme", "elevloeft", "--json", "--log", log).out.utf8)) as? [[String: Any]] ?? [])
            .compactMap { $0["name"] as? String }
        #expect(listed.count > 100 && listed == listed.sorted { Collation.key($0) < Collation.key($1) } && listed.last?.hasPrefix("Å") == true, "\(listed.suffix(3))")

        let clusters = try Harness.tavle("cluster", "list", "--programme", "elevloeft", "--log", log).out
        #expect(clusters.contains("Anne Je.") && !clusters.contains("Anne J.,") && !clusters.contains("…"), "\(clusters)")
        // Each cluster's consultants in alphabetical order.
        for line in clusters.split(separator: "\n") {
            let names = line.components(separatedBy: "  ").filter { $0.contains(".,") }.first?.trimmingCharacters(in: .whitespaces).components(separatedBy: ", ") ?? []
            #expect(names == names.sorted { Collation.key($0) < Collation.key($1) }, "\(line)")
        }

        // Everyone, in the order of their full names, each run the same.
        let people = try Harness.tavle("people", "list", "--log", log).out.split(separator: "\n").map(String.init)
        let full = people.map { $0.split(separator: " ", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
        #expect(full == full.sorted() && people.contains { $0.hasPrefix("ajo ") && $0.contains("Anne Jørgensen") }, "\(people)")

        // A follow-up is said with the school's whole name and who is to do it by name.
        let added = try Harness.tavle("contact", "add", "--log", log, "--as", "ajo", "--school", "999001", "--date", Harness.date(-2),
                                      "--form", "telefon", "--summary", "Opstart", "--follow-up", "Sende plan;\(Harness.date(5))")
        #expect(added.status == 0, "\(added.err)")
        let followUps = try Harness.tavle("follow-up", "list", "--log", log).out
        let line = try #require(followUps.split(separator: "\n").first { $0.contains("Sende plan") })
        #expect(line.contains(school + " ") && line.hasSuffix("(Anne Jø.)"), "\(line)")

        // The scorecard's table too says the long name whole (it was cut at 32 columns).
        let scorecard = try Harness.tavle("scorecard", "--programme", "elevloeft", "--log", log).out
        #expect(scorecard.contains(school + " "), "\(scorecard.prefix(600))")

        let caseload = try Harness.tavle("caseload", "--log", log, "--as", "ajo").out
        #expect(caseload.contains("999001  " + school), "\(caseload)")
    }
}

extension PlainListTests {
    /// `caseload --consultant` shows another person's caseload, as `a` on the dashboard's Portefølje does; a name the
    /// log does not know is refused with who does have one.
    @Test func theCaseloadOfSomeoneElse() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let own = try Harness.tavle("caseload", "--log", log, "--as", "mfr")
        #expect(own.status == 0 && own.out.isEmpty, "\(own.out)")
        let hers = try Harness.tavle("caseload", "--log", log, "--as", "mfr", "--consultant", "ahj", "--json")
        let asHer = try Harness.tavle("caseload", "--log", log, "--as", "ahj", "--json")
        #expect(hers.status == 0 && hers.out == asHer.out && hers.out.contains("\"school\""), "\(hers.err)")
        let unknown = try Harness.tavle("caseload", "--log", log, "--as", "mfr", "--consultant", "zz")
        #expect(unknown.status != 0 && unknown.err.contains("\"zz\"") && unknown.err.contains("ahj"), "\(unknown.err)")
    }

    /// `meeting list` reaches back over school years: a date more than half a year from today carries its year
    /// («uge 37 man 8.9.2025», which «man 8.9.» alone would leave open), a near one does not; the times line up.
    @Test func meetingListDatesCarryTheirYearWhenFarFromToday() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let plain = try Harness.tavle("meeting", "list", "--log", log).out.split(separator: "\n").map(String.init)
        let listed = try (JSONSerialization.jsonObject(with: Data(try Harness.tavle("meeting", "list", "--log", log, "--json").out.utf8)) as? [[String: Any]] ?? [])
        let today = Harness.today
        var far = 0, near = 0
        for meeting in listed {
            let id = try #require(meeting["id"] as? String), date = try #require((meeting["date"] as? String).flatMap(Day.parse))
            let line = try #require(plain.first { $0.hasPrefix(id + " ") })
            let year = "." + String(date.year) + " "
            if abs(date.ordinal - today.ordinal) > 182 { #expect(line.contains(year), "\(line)"); far += 1 } else { #expect(!line.contains(year), "\(line)"); near += 1 }
        }
        #expect(far > 0 && near > 0, "\(far) \(near)")
        // Each line's time starts in the same column.
        let starts = Set(plain.compactMap { line in
            line.range(of: #"^\S+ +\S+ [0-9]+ +\S+ \S+ +"#, options: .regularExpression).map { line.distance(from: line.startIndex, to: $0.upperBound) }
        })
        #expect(starts.count == 1 && plain.count == listed.count, "\(starts)")
    }

    /// `tavle log stats` says when the snapshot was written with its year only when that is more than half a year
    /// from today, as the meeting list does.
    @Test func logStatsSaysTheSnapshotsYearWhenFarFromToday() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        #expect(try Harness.tavle("log", "snapshot", "--log", log, "--today", "2026-01-10").status == 0)
        func written(_ today: String, _ lang: String) throws -> String {
            let out = try Harness.tavle("log", "stats", "--log", log, "--today", today, "--lang", lang).out
            return out.split(separator: "\n").first { $0.hasPrefix("Snapshot:") }.map(String.init) ?? out
        }
        let farDa = try written("2026-12-07", "da"), farEn = try written("2026-12-07", "en"), near = try written("2026-02-01", "da")
        #expect(farDa.contains(" skrevet lør 10.1.2026 "), "\(farDa)")
        #expect(farEn.contains(" written Sat 10/1/2026 "), "\(farEn)")
        #expect(near.contains(" skrevet lør 10.1. "), "\(near)")
    }
}
