import Testing
@testable import Domain

/// Who may write each kind of record is said twice: `Permissions.intent` for a command, in `decide`, and
/// `EventShape.writer` for a record, from which the shared log's server makes its rules. One command of every
/// kind, decided on a small network: every record it gives is of a kind whose writer rule is its intent's.
@Suite struct WriteRuleAgreementTests {
    static let p = Fixture.p

    static func agrees(_ intent: Intent, _ rule: WriteRule) -> Bool {
        switch intent {
        case .coordinate: return rule == .coordinator
        case .recordFor: return rule == .caseload || rule == .caseloadOfFollowUp
        case .rate: return rule == .attendee
        case .takePart: return rule == .ownRecord
        }
    }

    @Test func everyCommandsRecordsAreOfKindsItsIntentMayWrite() throws {
        var f = try Fixture.standard()
        var seen: Set<EventType> = [.personRegistered, .programmeDefined, .schoolRegistered, .interventionKindDefined, .clusterFormed]
        var commands: Set<String> = []
        func check(_ c: Command, as actor: String = "mfr") throws {
            f.actor = actor
            let intent = try Permissions.intent(c, f.state)
            let events = try f.run(c)
            commands.insert(String(describing: c).prefix { $0 != "(" }.description)
            for e in events {
                seen.insert(e.type)
                #expect(Self.agrees(intent, EventShape.of(e.type).writer), "\(c) is \(intent), but writes \(e.type), whose writer is \(EventShape.of(e.type).writer)")
            }
        }
        let day = Day(year: 2026, month: 11, day: 25)!
        try check(.updateSchool(School(institution: "101001", name: "Bakkeskolen Nord", municipality: 101, kind: .folkeskole)))
        try check(.updatePerson(Person(name: "ahj", fullName: "Anne H. Jensen", role: .consultant)))
        try check(.setParticipation(Enrolment(Self.p, "049001"), status: .offered))
        try check(.setParticipation(Enrolment(Self.p, "049001"), status: .accepted))
        try check(.assignConsultant(Enrolment(Self.p, "049001"), consultant: "ahj"))
        try check(.renameCluster(id: "K1", name: "Øerne Syd"))
        try check(.placeSchool(cluster: "K1", school: "049001"))
        try check(.scheduleMeeting(Meeting(id: "", programme: Self.p, kind: .cluster, title: "Klyngemøde", day: Day(year: 2026, month: 11, day: 23)!,
                                           start: 540, end: 600, clusters: ["K1"])))
        let meeting = try #require(f.state.meetings.keys.first)
        // A week on, the meeting has taken place.
        f.now = Timestamp.parse("2026-11-27T10:00:00Z")!
        try check(.recordMeetingHeld(id: meeting, attendance: ["049001"]))
        try check(.giveFeedback(MeetingFeedback(meeting: meeting, rating: 4)), as: "ahj")
        try check(.scheduleMeeting(Meeting(id: "", programme: Self.p, kind: .cluster, title: "Klyngemøde", day: Day(year: 2026, month: 12, day: 8)!,
                                           start: 540, end: 600, clusters: ["K1"]), force: true))
        let next = try #require(f.state.meetings.keys.last)
        try check(.moveMeeting(id: next, day: Day(year: 2026, month: 12, day: 9)!, start: 540, end: 600, force: true))
        try check(.cancelMeeting(id: next, reason: "Sne"))
        try check(.setInterventionStatus(InterventionKey(Self.p, "049001", "turbo"), status: .planned), as: "ahj")
        try check(.recordContact(Contact(programme: Self.p, school: "049001", date: day, form: .phone, summary: "Status"),
                                 followUps: [FollowUp(programme: Self.p, school: "049001", what: "Data", who: "leder", due: day.adding(days: 7)),
                                             FollowUp(programme: Self.p, school: "049001", what: "Plan", who: "leder", due: day.adding(days: 9))]), as: "ahj")
        let followUps = f.state.followUps.keys.sorted()
        try check(.completeFollowUp(id: followUps[0]), as: "ahj")
        try check(.moveFollowUp(id: followUps[1], due: day.adding(days: 14), reason: "Travlt"), as: "ahj")
        try check(.recordEvaluation(Evaluation(programme: Self.p, school: "049001", indicator: .danskUnder4, point: .baseline, hundredths: 1250, date: day)), as: "ahj")
        let share = IndicatorDefinition(id: "dansk", programme: Self.p, names: [LocalName("da", "Dansk under 4")], baseline: [.schoolYear(2015)])
        try check(.defineIndicator(share))
        var renamed = share; renamed.names = [LocalName("da", "Andel under 4 i dansk")]
        try check(.changeIndicator(renamed))
        let value = Measurement(programme: Self.p, indicator: "dansk", school: "049001", period: .schoolYear(2025), value: Fixed(12))
        try check(.recordMeasurement(value), as: "ahj")
        var corrected = value; corrected.value = Fixed(11)
        try check(.correctMeasurement(corrected, reason: "Rettet af ministeriet"), as: "ahj")
        try check(.undoLast(), as: "ahj")
        try check(.defineProgramme(Programme(id: "andet", name: "Andet", start: Day(year: 2026, month: 8, day: 1)!, end: Day(year: 2027, month: 7, day: 31)!)))
        let last = f.state.lastSeq
        try check(.undoWrite(seq: last))
        try check(.registerPerson(Person(name: "lpk", fullName: "Lars P. Kristensen", role: .consultant)))
        try check(.registerSchool(School(institution: "147001", name: "Frederiksberg Skole", municipality: 147, kind: .folkeskole)))
        try check(.defineInterventionKind(InterventionKind(programme: Self.p, id: "mentor", name: "Mentorordning")))
        try check(.formCluster(id: "K3", programme: Self.p, name: "Nord"))
        // Every kind of record and every kind of command was seen, so none is left out of the comparison.
        #expect(Set(EventType.allCases).subtracting(seen).isEmpty, "kinds not written: \(Set(EventType.allCases).subtracting(seen))")
        #expect(commands.count == 27, "commands tried: \(commands.sorted())")
    }
}
