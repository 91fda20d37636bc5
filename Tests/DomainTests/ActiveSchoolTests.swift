import Testing
@testable import Domain

/// One notion of a school that takes part: a school that left is gone from every worry, count and meeting, and
/// stays in its cluster's list and history.
@Suite struct ActiveSchoolTests {
    let p = Fixture.p

    @Test func aSchoolThatLeftIsGoneFromCaseloadStalledClustersAndMeetings() throws {
        var f = try Fixture.standard()
        for s in ["049001", "101001"] {
            try f.run(.setParticipation(Enrolment(p, s), status: .offered))
            try f.run(.setParticipation(Enrolment(p, s), status: .accepted))
            try f.run(.assignConsultant(Enrolment(p, s), consultant: "ahj"))
            try f.run(.placeSchool(cluster: "K2", school: s))
            try f.run(.setInterventionStatus(InterventionKey(p, s, "turbo"), status: .started, date: Day(year: 2026, month: 8, day: 1)!))
        }
        let today = Day(year: 2026, month: 11, day: 20)!
        let meeting = Meeting(id: "", programme: p, kind: .cluster, title: "Klyngemøde", day: Day(year: 2026, month: 11, day: 25)!,
                              start: 540, end: 690, clusters: ["K2"], consultants: ["ahj"], location: "Bakkeskolen")
        try f.run(.scheduleMeeting(meeting, force: true))
        let booked = try #require(f.state.meetings.values.first)
        #expect(f.state.participants(booked) == ["049001", "101001"])
        #expect(Set(f.state.stalledInterventions(p, today: today).map(\.key.school)) == ["049001", "101001"])

        try f.run(.setParticipation(Enrolment(p, "101001"), status: .withdrawn, reason: "Lægges sammen"))
        #expect(f.state.participants(booked) == ["049001"])
        #expect(f.state.stalledInterventions(p, today: today).map(\.key.school) == ["049001"])
        #expect(!f.state.caseloadItems(p, consultant: "ahj", today: today).contains { $0.school == "101001" })
        // The caseload's size, as the picker of whose caseload to show says it, counts the one taking part only.
        #expect(f.state.caseloadSizes(p)["ahj"] == 1)
        let cluster = try #require(f.state.clusters["K2"])
        #expect(cluster.members == ["049001", "101001"] && f.state.activeMembers(cluster) == ["049001"])
        // Its open follow-up keeps it in the caseload, for that alone.
        try f.run(.setParticipation(Enrolment(p, "101001"), status: .accepted))
        f.actor = "ahj"
        try f.run(.recordContact(Contact(programme: p, school: "101001", date: Day(year: 2026, month: 11, day: 19)!, form: .phone, summary: "Sidste"),
                                 followUps: [FollowUp(programme: p, school: "101001", what: "Aflevere materialer", who: "skoleleder", due: Day(year: 2026, month: 12, day: 1)!)]))
        f.actor = "mfr"
        try f.run(.setParticipation(Enrolment(p, "101001"), status: .withdrawn, reason: "Lægges sammen"))
        let item = try #require(f.state.caseloadItems(p, consultant: "ahj", today: today).first { $0.school == "101001" })
        #expect(item.reasons.count == 1)
        if case .openFollowUpsAfterLeaving(.withdrawn, 1) = item.reasons[0] {} else { Issue.record("\(item.reasons)") }
    }
}

/// Every average carries how many schools it rests on, and says when that is too few; values recorded before
/// indicators were data count, at the measuring points, and a school that left does not.
@Suite struct IndicatorSummaryTests {
    @Test func aMeanOverOneSchoolSaysSoAndASchoolThatLeftIsNotCounted() throws {
        let p = Fixture.p
        var f = try Fixture.standard()
        for s in ["049001", "101001"] {
            try f.run(.setParticipation(Enrolment(p, s), status: .offered))
            try f.run(.setParticipation(Enrolment(p, s), status: .accepted))
        }
        let day = Day(year: 2026, month: 10, day: 1)!
        try f.run(.recordEvaluation(Evaluation(programme: p, school: "049001", indicator: .danskUnder4, point: .baseline, hundredths: 2000, date: day)))
        try f.run(.recordEvaluation(Evaluation(programme: p, school: "101001", indicator: .danskUnder4, point: .baseline, hundredths: 3000, date: day)))
        try f.run(.recordEvaluation(Evaluation(programme: p, school: "101001", indicator: .danskUnder4, point: .final, hundredths: 1850, date: day)))
        let d = try #require(f.state.indicatorDefinitions(p).first)
        #expect(d.id == "dansk-under-4")
        func groups() -> [ScoreGroupKind: GroupScore] {
            Dictionary(f.state.scoreGroups(d, schools: f.state.scorecardSchools(p)).filter { $0.kind != .cluster && $0.kind != .region }.map { ($0.kind, $0.score) },
                       uniquingKeysWith: { a, _ in a })
        }
        // Latest: 20 at 049001 (its baseline is its latest) and 18.5 at 101001; the improvement is 0 and 11.5.
        let programme = try #require(groups()[.programme]), comparison = try #require(groups()[.comparison])
        #expect(programme.measured == 2 && programme.schools == 2 && programme.meanLatest == 19.25)
        #expect(programme.meanGain == 5.75 && programme.withBaseline == 2 && programme.isFew)
        #expect(comparison.measured == 0 && comparison.meanLatest == nil)
        try f.run(.setParticipation(Enrolment(p, "101001"), status: .withdrawn))
        let after = try #require(groups()[.programme])
        #expect(after.schools == 1 && after.meanLatest == 20)
    }
}
