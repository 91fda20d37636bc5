import Testing
import Demo
import PropertyBased
@testable import Domain

@Suite struct ReplayTests {
    static let today = Day(year: 2026, month: 11, day: 22)!

    static func demoRecords() throws -> [Recorded] {
        var seq = 0
        return try DemoNetwork.events(today: today).map {
            seq += 1
            return Recorded(seq: seq, at: $0.at, actor: $0.actor, event: $0.event)
        }
    }

    @Test func replayEqualsEvolvingOneByOne() throws {
        let records = try Self.demoRecords()
        let folded = records.reduce(NetworkState()) { evolve($0, $1) }
        #expect(NetworkState.replay(records) == folded)
        #expect(folded.lastSeq == records.count)
    }

    @Test func evolveIsPure() throws {
        let records = try Self.demoRecords()
        let before = NetworkState.replay(records.prefix(100))
        let copy = before
        _ = evolve(before, records[100])
        #expect(before == copy)
    }

    @Test func demoNetworkHasTheShapeTheIssueAsksFor() throws {
        let state = NetworkState.replay(try Self.demoRecords())
        let el = state.participationCounts("elevloeft")
        #expect(el.values.reduce(0, +) == 120)
        #expect((el[.accepted] ?? 0) > 90 && (el[.declined] ?? 0) > 5)
        #expect(state.schoolRows("elevloeft").contains { $0.municipality == "Ærø" })
        let clusters = state.clusters(of: "elevloeft")
        #expect(clusters.allSatisfy { (4...8).contains($0.members.count) })
        #expect(state.people.values.filter { $0.role == .consultant }.count == 12)
        #expect(Set(state.interventions.values.filter { $0.key.programme == "elevloeft" }.map(\.key.kind)).count == 6)
        #expect(Set(state.interventions.values.map(\.status)).count == InterventionStatus.allCases.count)
        #expect(state.meetings.values.contains { $0.day < Self.today })
        #expect(state.meetings.values.contains { $0.day > Self.today })
        let ftf = state.schoolRows("fastholdelse")
        #expect(ftf.count == 49)
        #expect(state.clusters(of: "fastholdelse").count == 8)
        #expect(state.clusters(of: "fastholdelse").allSatisfy { $0.members.count == 5 })
        let stalled = state.stalledInterventions("elevloeft", today: Self.today).count
        #expect(stalled > 0 && stalled < 80)
    }

    @Test func demoIsDeterministic() throws {
        let a = try DemoNetwork.events(today: Self.today).map { "\($0.at)\($0.actor)\($0.event)" }
        let b = try DemoNetwork.events(today: Self.today).map { "\($0.at)\($0.actor)\($0.event)" }
        #expect(a == b)
    }
}

@Suite struct SyntheticNetworkTests {
    @Test func theBenchmarkNetworkIsBuiltThroughDecide() throws {
        let events = try SyntheticNetwork.events(schools: 300, today: Day(year: 2026, month: 11, day: 22)!)
        var seq = 0
        let state = NetworkState.replay(events.map { e -> Recorded in seq += 1; return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event) })
        #expect(state.schools.count == 300)
        #expect(state.interventions.count > 200)
        #expect(state.clusters.count > 30)
    }

    /// The highest number of each kind of id is read from the bytes when they are digits; for any id at all it is
    /// what `Int(id.dropFirst(1))` reads when the id has the prefix: signs, leading zeros, nineteen digits and
    /// more, other scripts' digits, a prefix letter with a combining mark.
    @Test func anIdsNumberIsReadAsTheStringReadsIt() async {
        let pieces = ["C", "M", "F", "V", "B", "c", "0", "1", "9", "0007", "+", "-", "٣", "\u{0327}", " ", "99999999",
                      "922337203685477580", "x", ""]
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int(Int32.max)).array(of: 1...6)) { choices in
            let id = choices.map { pieces[$0 % pieces.count] }.joined()
            for kind in IDPrefix.allCases {
                let expected = id.hasPrefix(kind.rawValue) ? Int(id.dropFirst(1)) : nil
                #expect(NetworkState.idNumber(id, after: kind) == expected, "\(id) as \(kind)")
            }
        }
        #expect(NetworkState.idNumber("C0042", after: .contact) == 42)
        #expect(NetworkState.idNumber("C999999999999999999", after: .contact) == 999_999_999_999_999_999)
        #expect(NetworkState.idNumber("C9223372036854775808", after: .contact) == nil)
        #expect(NetworkState.idNumber("C+7", after: .contact) == 7 && NetworkState.idNumber("F7", after: .contact) == nil)
    }
}
