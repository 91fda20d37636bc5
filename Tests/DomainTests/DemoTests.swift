import Foundation
import Testing
import Demo
@testable import Domain
@testable import FileStore

/// The demo is valid on every day: `decide` accepts every step, the log reads back, and the network has
/// 120 Elevløft schools with past and coming meetings.
@Suite struct DemoTests {
    /// The calendar's edge days: ISO week 53, the year and school-year changes, both DST changes, a leap day.
    static let edges = ["2026-12-28", "2026-12-31", "2027-01-01", "2027-01-03", "2027-03-28", "2027-07-31", "2027-08-01",
                        "2027-10-31", "2028-02-29", "2028-07-31", "2028-08-01", "2026-11-22", "2026-12-02", "2029-06-30"]

    /// Every 7th day of one school year (1 August to 31 July), and the edge days that fall in it.
    static func days(ofSchoolYear year: Int) -> [Day] {
        let first = Day(year: year, month: 8, day: 1)!, last = Day(year: year + 1, month: 7, day: 31)!
        let edges = Self.edges.map { Day.parseISO($0)! }.filter { $0 >= first && $0 <= last }
        return Array(stride(from: first.ordinal, through: last.ordinal, by: 7)).map(Day.init(ordinal:)) + edges
    }

    /// Six school years, 2024/25 to 2029/30; each year runs as its own case, so they share the cores.
    @Test(arguments: 2024...2029) func demoIsValidOnEveryDay(schoolYear: Int) throws {
        let days = Self.days(ofSchoolYear: schoolYear)
        var checked = 0
        for (i, today) in days.enumerated() {
            let entries: [DemoNetwork.Entry]
            do { entries = try DemoNetwork.events(today: today) } catch {
                Issue.record("the demo for \(today) was refused: \(error)")
                continue
            }
            var seq = 0
            let records = entries.map { e -> Recorded in seq += 1; return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event) }
            let state = NetworkState.replay(records)
            let elevloeft = state.participation.keys.filter { $0.programme == "elevloeft" }
            #expect(elevloeft.count == 120, "\(today): \(elevloeft.count) Elevløft schools")
            let meetings = state.meetings.values.filter { $0.programme == "elevloeft" }
            #expect(meetings.contains { $0.day < today }, "\(today): no past meeting")
            #expect(meetings.contains { $0.day > today }, "\(today): no coming meeting")
            #expect(records.allSatisfy { $0.at.danishDay < today }, "\(today): an event on or after today")
            #expect(zip(records, records.dropFirst()).allSatisfy { $0.at <= $1.at }, "\(today): time goes back")
            // The log the demo writes reads back through the real reader to the same state: every fourth day and every edge.
            if i % 4 == 0 || Self.edges.contains(today.iso) {
                let header = LogFormat.header(id: "demo", created: Timestamp(day: today))
                let bytes = header.bytes + (try LogFormat.encode(records, after: header.crc))
                let (reader, tail) = try LogReader.read(bytes)
                #expect(tail == 0 && reader.state == state, "\(today): the log does not read back")
            }
            checked += 1
        }
        #expect(checked == days.count && checked >= 52)
    }
}
