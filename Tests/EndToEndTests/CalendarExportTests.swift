import Domain
import FileStore
import Foundation
import Testing

/// The iCalendar export: filters that name nothing are refused, and a cancelled meeting says so in its title too.
@Suite struct CalendarExportTests {
    /// Unfolded content lines of each VEVENT.
    func events(_ ics: String) -> [[String]] {
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var out: [[String]] = [], current: [String]?
        for l in lines {
            if l == "BEGIN:VEVENT" { current = [] } else if l == "END:VEVENT" { out.append(current ?? []); current = nil } else { current?.append(l) }
        }
        return out
    }

    @Test func aCalendarHoldsOneProgrammesMeetingsAsTheJSONDoes() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        for programme in ["elevloeft", "fastholdelse"] {
            let ics = try Harness.tavle("export", "meetings", "--format", "ics", "--programme", programme, "--log", log)
            let json = try Harness.tavle("export", "meetings", "--format", "json", "--programme", programme, "--log", log)
            let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [Any])
            #expect(ics.status == 0 && !listed.isEmpty && events(ics.out).count == listed.count, "\(programme): \(events(ics.out).count) against \(listed.count)")
        }
    }

    @Test func aFilterNamingNoClusterOrConsultantIsRefusedWithTheValidOnes() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let state = try EventLog.open(path: log, access: .read, create: false).state
        let cluster = state.clusters.values.first!
        for bad in ["NOPE", "EL-K999"] {
            let r = try Harness.tavle("export", "meetings", "--format", "ics", "--cluster", bad, "--log", log)
            #expect(r.status == 1 && r.out.isEmpty, "\(r.out.prefix(200))")
            #expect(r.err.contains("Ingen klynge har id'et eller navnet \"\(bad)\"") && r.err.contains(cluster.id), "\(r.err)")
        }
        let nobody = try Harness.tavle("export", "meetings", "--format", "ics", "--consultant", "zzz", "--log", log, "--lang", "en")
        #expect(nobody.status == 1 && nobody.err.contains("\"zzz\" is not a consultant") && nobody.err.contains("ahj"), "\(nobody.err)")
        // A cluster's name finds the same meetings as its id.
        let byID = try Harness.tavle("export", "meetings", "--format", "ics", "--cluster", cluster.id, "--log", log)
        let byName = try Harness.tavle("export", "meetings", "--format", "ics", "--cluster", cluster.name.lowercased(), "--log", log)
        #expect(byID.status == 0 && events(byID.out).count > 0)
        #expect(events(byID.out).map { $0.filter { $0.hasPrefix("UID:") } } == events(byName.out).map { $0.filter { $0.hasPrefix("UID:") } })
        // The filters are for the calendar; elsewhere they would be silently ignored, so they are refused.
        let csv = try Harness.tavle("export", "meetings", "--cluster", cluster.id, "--log", log)
        #expect(csv.status == 2 && csv.err.contains("--cluster og --consultant gælder kun --format ics"), "\(csv.err)")
    }

    @Test func aCancelledMeetingsSummarySaysSoInTheInterfaceLanguage() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let state = try EventLog.open(path: log, access: .read, create: false).state
        let today = Harness.date(0)
        let coming = try #require(state.meetings.values.first { $0.status == .scheduled && $0.day > Day.parse(today)! })
        let cancel = try Harness.tavle("meeting", "cancel", coming.id, "--reason", "Sygdom", "--log", log, "--as", "mfr")
        #expect(cancel.status == 0, "\(cancel.err)")
        for (lang, prefix) in [("da", "SUMMARY:AFLYST: "), ("en", "SUMMARY:CANCELLED: ")] {
            let r = try Harness.tavle("export", "meetings", "--format", "ics", "--log", log, "--lang", lang)
            let all = events(r.out)
            let cancelled = all.filter { $0.contains("STATUS:CANCELLED") }, live = all.filter { !$0.contains("STATUS:CANCELLED") }
            #expect(!cancelled.isEmpty && !live.isEmpty)
            #expect(cancelled.allSatisfy { $0.contains { $0.hasPrefix(prefix) } }, "\(lang)")
            #expect(live.allSatisfy { !$0.contains { $0.hasPrefix(prefix) } }, "\(lang)")
        }
    }
}
