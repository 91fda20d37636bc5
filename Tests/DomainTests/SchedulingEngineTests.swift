import PropertyBased
import Testing
import Demo
@testable import Domain

/// The one scheduling engine: suggestions and whole-round plans respect everything that is booked.
@Suite struct SchedulingEngineTests {
    static let demoToday = Day(year: 2026, month: 12, day: 2)!

    static func replayed(_ entries: [DemoNetwork.Entry]) -> NetworkState {
        var seq = 0
        return NetworkState.replay(entries.map { e -> Recorded in seq += 1; return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event) })
    }

    /// Days from a meeting on `day` to the nearest other (not cancelled) cluster meeting of the cluster.
    static func spacing(_ state: NetworkState, cluster: String, day: Day, besides extra: [Meeting] = []) -> Int? {
        (state.clusterMeetings(cluster).filter { $0.status != .cancelled } + extra)
            .map { abs($0.day.ordinal - day.ordinal) }.min()
    }

    /// Every clean suggestion keeps four weeks from the cluster's other meetings and has no conflict; soft ones come
    /// only after all clean ones, only when fewer than asked were clean, and never with a hard conflict.
    static func checkSuggestions(_ state: NetworkState, today: Day, clusters: [String]) -> Int {
        var checked = 0
        let schedule = Schedule(state)
        for id in clusters {
            let list = schedule.suggestions(SlotSearch(cluster: id, count: 5), today: today)
            // One calendar index for many searches gives what a single search builds for itself.
            if checked < 60 { #expect(list == state.suggestions(SlotSearch(cluster: id, count: 5), today: today)) }
            for (i, s) in list.suggestions.enumerated() {
                let conflicts = state.conflicts(s.meeting, today: today, isNew: true)
                #expect(!conflicts.contains { $0.isHard }, "\(id) \(s.meeting.day): \(conflicts)")
                if i < list.clean {
                    #expect(conflicts.isEmpty && s.soft.isEmpty, "\(id) \(s.meeting.day): \(conflicts)")
                    #expect((spacing(state, cluster: id, day: s.meeting.day) ?? 999) >= 28, "\(id) \(s.meeting.day)")
                } else {
                    #expect(!s.soft.isEmpty && list.clean - list.beyondWindow < 5)
                }
                if s.reasons.contains(.freeForEveryone) {
                    let others = state.meetings.values.filter { $0.day == s.meeting.day && $0.status != .cancelled }
                    #expect(others.allSatisfy { state.participants($0).isDisjoint(with: state.participants(s.meeting)) && Set($0.consultants).isDisjoint(with: s.meeting.consultants) })
                }
                checked += 1
            }
            // Clean ones in the window are ranked by closeness to the target spacing; any found past it come after.
            let clean = list.suggestions.prefix(list.clean - list.beyondWindow)
            let window = today.adding(days: 1 + 56)
            #expect(clean.allSatisfy { $0.meeting.day < window })
            #expect(list.suggestions[list.clean - list.beyondWindow..<list.clean].allSatisfy { $0.meeting.day >= window })
            #expect(zip(clean, clean.dropFirst()).allSatisfy { $0.spacingPenalty <= $1.spacingPenalty })
        }
        return checked
    }

    /// Every planned meeting keeps four weeks from every other meeting of its cluster, booked or planned, and the
    /// whole plan is accepted by `decide` without forcing anything.
    static func checkPlan(_ state: NetworkState, programme: ProgrammeID, today: Day, coordinator: String = "mfr") throws -> RoundPlan {
        let plan = state.plan(programme, perCluster: 4, window: SchoolYear.planningWindow(after: today), today: today)
        for c in plan.clusters {
            for m in c.planned {
                let others = c.planned.filter { $0.id != m.id }
                #expect((spacing(state, cluster: c.cluster, day: m.day, besides: others) ?? 999) >= 28, "\(c.cluster) \(m.day)")
            }
            #expect(c.planned.count + c.missing == max(0, c.wanted - c.booked))
        }
        var scratch = state
        let now = Copenhagen.timestamp(today, minutes: 12 * 60)
        for m in plan.meetings {
            let events = try decide(.scheduleMeeting(m, force: false), scratch, Context(actor: coordinator, now: now))
            for e in events { scratch.apply(Recorded(seq: scratch.lastSeq + 1, at: now, actor: coordinator, event: e)) }
        }
        return plan
    }

    @Test func theDemoNetwork() throws {
        let state = Self.replayed(try DemoNetwork.events(today: Self.demoToday))
        let all = Array(state.clusters.keys)
        #expect(Self.checkSuggestions(state, today: Self.demoToday, clusters: all) >= all.count * 3)
        let plan = try Self.checkPlan(state, programme: "elevloeft", today: Self.demoToday)
        #expect(plan.meetings.count >= 19)
    }

    @Test func aNationalNetworkOfTenThousandSchools() throws {
        let today = Day(year: 2026, month: 11, day: 22)!
        let state = Self.replayed(try SyntheticNetwork.events(schools: 10_000, today: today))
        let clusters = Array(state.clusters.keys)
        #expect(clusters.count > 1_400)
        #expect(Self.checkSuggestions(state, today: today, clusters: clusters) >= clusters.count * 5)
        let plan = try Self.checkPlan(state, programme: "national", today: today, coordinator: "koord")
        #expect(plan.meetings.count >= clusters.count * 2)
    }

    /// Random calendars: a cluster with meetings booked on random days, forced past every rule.
    @Test func randomBookedCalendars() async throws {
        let today = Day(year: 2026, month: 11, day: 20)!
        var checked = 0
        await propertyCheck(count: 40, input: Gen.int(in: 0...200).array(of: 0...10)) { offsets in
            var f = try! Fixture.standard()
            try! f.run(.setParticipation(Enrolment(Fixture.p, "101001"), status: .offered))
            try! f.run(.setParticipation(Enrolment(Fixture.p, "101001"), status: .accepted))
            try! f.run(.placeSchool(cluster: "K2", school: "101001"))
            for o in offsets {
                let day = today.adding(days: 1 + o)
                _ = try? f.run(.scheduleMeeting(Meeting(id: "", programme: Fixture.p, kind: .cluster, title: "K", day: day, start: 540 + (o % 3) * 60,
                                                        end: 600 + (o % 3) * 60, clusters: ["K2"]), force: true))
            }
            checked += Self.checkSuggestions(f.state, today: today, clusters: ["K2"])
            // Checking candidates a spacing group at a time gives what checking every one would.
            let schedule = Schedule(f.state)
            let cluster = f.state.clusters["K2"]!
            let who = Schedule.Who(cluster, schedule)
            let start = today.adding(days: 1)
            func slots(_ days: Range<Int>) -> [Suggestion] {
                days.map { start.adding(days: $0) }.filter { $0.weekday <= 5 }.flatMap { day in
                    SlotSearch.starts.compactMap { schedule.slot(cluster, who, day: day, start: $0, duration: 150, title: "K", today: today, windowStart: start) }
                }
            }
            let all = slots(0..<56)
            var clean = all.filter(\.soft.isEmpty).sorted { $0.ranksBefore($1) }
            let missing = max(0, 5 - clean.count)
            let soft = all.filter { !$0.soft.isEmpty }.sorted { $0.ranksBefore($1) }
            // Too few clean in the window: the next windows of eight weeks, up to a year, each ranked alone.
            for k in stride(from: 56, to: SlotSearch.furthestDays, by: 56) where clean.count < 5 {
                clean += slots(k..<min(k + 56, SlotSearch.furthestDays)).filter(\.soft.isEmpty).sorted { $0.ranksBefore($1) }.prefix(5 - clean.count)
            }
            let reference = Array(clean.prefix(5)) + Array(soft.prefix(missing))
            #expect(schedule.suggestions(SlotSearch(cluster: "K2", title: "K"), today: today).suggestions == reference)
            _ = try! Self.checkPlan(f.state, programme: Fixture.p, today: today)
        }
        #expect(checked >= 100)
    }
}
