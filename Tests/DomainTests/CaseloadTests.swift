import Testing
@testable import Domain

/// Contacts, follow-ups, evaluation, feedback, permissions and undo.
@Suite struct CaseloadTests {
    let p = Fixture.p

    /// The standard fixture with a consultant ("ahj") responsible for an accepted school.
    func network() throws -> Fixture {
        var f = try Fixture.standard()
        for s in ["049001", "101001"] {
            try f.run(.setParticipation(Enrolment(p, s), status: .offered))
            try f.run(.setParticipation(Enrolment(p, s), status: .accepted))
        }
        try f.run(.assignConsultant(Enrolment(p, "049001"), consultant: "ahj"))
        try f.run(.scheduleMeeting(Meeting(id: "", programme: p, kind: .cluster, title: "Klyngemøde", day: Day(year: 2026, month: 12, day: 1)!,
                                           start: 540, end: 720, clusters: ["K1"])))
        return f
    }

    func contact(_ school: String = "049001", date: Day = Day(year: 2026, month: 11, day: 18)!, summary: String = "Status på turbo") -> Contact {
        Contact(programme: p, school: school, date: date, form: .sparring, participants: ["skoleleder"], summary: summary)
    }

    @Test func aContactWithFollowUpsGetsIdsAndItsAuthor() throws {
        var f = try network()
        f.actor = "ahj"
        let due = Day(year: 2026, month: 12, day: 4)!
        let events = try f.run(.recordContact(contact(), followUps: [FollowUp(programme: p, school: "049001", what: "Sende data", who: "skoleleder", due: due)]))
        #expect(events.count == 2)
        #expect(f.state.contacts["C0001"]?.by == "ahj")
        #expect(f.state.followUps["F0001"]?.contact == "C0001")
        #expect(f.state.followUps["F0001"]?.due == due)
    }

    @Test func contactRefusals() throws {
        var f = try network()
        f.actor = "ahj"
        let early = FollowUp(programme: p, school: "049001", what: "x", who: "y", due: Day(year: 2026, month: 11, day: 1)!)
        #expect(f.refusal(.recordContact(contact(), followUps: [early])) == .dueBeforeContact(due: early.due, contact: Day(year: 2026, month: 11, day: 18)!))
        #expect(f.refusal(.recordContact(contact(date: Day(year: 2026, month: 12, day: 24)!))) == .dateInFuture(Day(year: 2026, month: 12, day: 24)!))
        #expect(f.refusal(.recordContact(contact(summary: "  "))) == .emptyField("summary"))
        var noWhat = early; noWhat.due = Day(year: 2026, month: 12, day: 1)!; noWhat.what = ""
        #expect(f.refusal(.recordContact(contact(), followUps: [noWhat])) == .emptyField("what"))
        f.actor = "mfr"
        #expect(f.refusal(.recordContact(contact("111111"))) == .unknownSchool("111111"))
        try f.run(.registerSchool(School(institution: "111111", name: "Ny", municipality: 101, kind: .folkeskole)))
        #expect(f.refusal(.recordContact(contact("111111"))) == .notParticipating(programme: p, school: "111111"))
    }

    @Test func followUpsAreDoneOrMovedWithAReason() throws {
        var f = try network()
        f.actor = "ahj"
        try f.run(.recordContact(contact(), followUps: [FollowUp(programme: p, school: "049001", what: "Sende data", who: "skoleleder", due: Day(year: 2026, month: 12, day: 4)!)]))
        #expect(f.refusal(.moveFollowUp(id: "F0001", due: Day(year: 2026, month: 12, day: 20)!, reason: " ")) == .emptyField("reason"))
        #expect(f.refusal(.moveFollowUp(id: "F0001", due: Day(year: 2026, month: 11, day: 2)!, reason: "x")) == .dueBeforeContact(due: Day(year: 2026, month: 11, day: 2)!, contact: Day(year: 2026, month: 11, day: 18)!))
        try f.run(.moveFollowUp(id: "F0001", due: Day(year: 2026, month: 12, day: 20)!, reason: "Terminsprøver"))
        #expect(f.state.followUps["F0001"]?.moves == 1)
        #expect(f.state.followUps["F0001"]?.isOverdue(on: Day(year: 2026, month: 12, day: 21)!) == true)
        #expect(f.refusal(.completeFollowUp(id: "F0009")) == .unknownFollowUp("F0009"))
        #expect(f.refusal(.completeFollowUp(id: "F0001", date: Day(year: 2027, month: 1, day: 1)!)) == .dateInFuture(Day(year: 2027, month: 1, day: 1)!))
        try f.run(.completeFollowUp(id: "F0001"))
        #expect(f.state.followUps["F0001"]?.done == f.context.today)
        #expect(f.refusal(.completeFollowUp(id: "F0001")) == .followUpAlreadyDone("F0001"))
        #expect(f.refusal(.moveFollowUp(id: "F0001", due: Day(year: 2026, month: 12, day: 30)!, reason: "x")) == .followUpAlreadyDone("F0001"))
    }

    @Test func evaluationValuesAndTheEvaluatedStatus() throws {
        var f = try network()
        f.actor = "ahj"
        let key = InterventionKey(p, "049001", "turbo")
        try f.run(.setInterventionStatus(key, status: .started, date: Day(year: 2026, month: 9, day: 1)!))
        try f.run(.setInterventionStatus(key, status: .completed, date: Day(year: 2026, month: 10, day: 1)!))
        #expect(f.refusal(.setInterventionStatus(key, status: .evaluated)) == .evaluationRequired(school: "049001"))
        let v = Evaluation(programme: p, school: "049001", indicator: .danskUnder4, point: .midway, hundredths: 10_001, date: Day(year: 2026, month: 10, day: 1)!)
        #expect(f.refusal(.recordEvaluation(v)) == .valueOutOfRange(hundredths: 10_001))
        var negative = v; negative.hundredths = -1
        #expect(f.refusal(.recordEvaluation(negative)) == .valueOutOfRange(hundredths: -1))
        var ok = v; ok.hundredths = 1250
        try f.run(.recordEvaluation(ok))
        #expect(f.state.evaluations["V0001"]?.percent == 12.5)
        try f.run(.setInterventionStatus(key, status: .evaluated))
        #expect(f.state.interventions[key]?.status == .evaluated)
    }

    @Test func meetingFeedbackIsRatedOneToFive() throws {
        var f = try network()
        try f.run(.placeSchool(cluster: "K1", school: "049001"))   // ahj's school is in the meeting's cluster
        f.actor = "ahj"
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0009", rating: 3))) == .unknownMeeting("M0009"))
        // Not before it has taken place (1.12.2026); the day after, it can be rated.
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", rating: 3))) == .meetingInFuture("M0001"))
        f.now = Copenhagen.timestamp(Day(year: 2026, month: 12, day: 2)!, minutes: 9 * 60)
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", rating: 0))) == .ratingOutOfRange(0))
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", rating: 6))) == .ratingOutOfRange(6))
        try f.run(.giveFeedback(MeetingFeedback(meeting: "M0001", school: "049001", rating: 2, comment: " For lidt tid ")))
        #expect(f.state.feedback["B0001"]?.comment == "For lidt tid")
        #expect(f.state.feedback["B0001"]?.by == "ahj")
    }

    @Test func permissionsNameTheRule() throws {
        var f = try network()
        f.actor = "zed"
        #expect(f.refusal(.recordContact(contact())) == .unknownActor("zed"))
        f.actor = "ahj"
        #expect(f.refusal(.formCluster(id: "K9", programme: p, name: "X")) == .notPermitted(actor: "ahj", rule: .coordinatorOnly))
        #expect(f.refusal(.assignConsultant(Enrolment(p, "101001"), consultant: "ahj")) == .notPermitted(actor: "ahj", rule: .coordinatorOnly))
        #expect(f.refusal(.setParticipation(Enrolment(p, "101001"), status: .withdrawn)) == .notPermitted(actor: "ahj", rule: .coordinatorOnly))
        #expect(f.refusal(.recordContact(contact("101001"))) == .notPermitted(actor: "ahj", rule: .ownCaseload(school: "101001")))
        #expect(f.refusal(.setInterventionStatus(InterventionKey(p, "101001", "turbo"), status: .planned)) == .notPermitted(actor: "ahj", rule: .ownCaseload(school: "101001")))
        #expect(f.refusal(.recordContact(contact())) == nil)
        f.actor = "mfr"
        #expect(f.refusal(.recordContact(contact("101001"))) == nil)   // coordinators may do everything
    }

    @Test func theFirstWriterOfAnEmptyLogBecomesItsCoordinator() throws {
        var f = Fixture()
        f.actor = "anne"
        let events = try f.run(.defineProgramme(Programme(id: "p", name: "P", start: Day(year: 2026, month: 1, day: 1)!, end: Day(year: 2027, month: 1, day: 1)!)))
        #expect(events.first == .personRegistered(Person(name: "anne", fullName: "anne", role: .coordinator)))
        #expect(f.state.people["anne"]?.role == .coordinator)
        f.actor = "bo"
        #expect(f.refusal(.defineProgramme(Programme(id: "q", name: "Q", start: Day(year: 2026, month: 1, day: 1)!, end: Day(year: 2027, month: 1, day: 1)!))) == .unknownActor("bo"))
        var g = Fixture()
        g.actor = "Not A Handle"
        #expect(g.refusal(.undoLast()) == .unknownActor("Not A Handle"))
    }

    @Test func undoPutsBackTheStateAndNeverReusesIds() throws {
        var f = try network()
        f.actor = "ahj"
        let before = f.state.content
        try f.run(.recordContact(contact(), followUps: [FollowUp(programme: p, school: "049001", what: "Sende data", who: "skoleleder", due: Day(year: 2026, month: 12, day: 4)!)]))
        let events = try f.run(.undoLast())
        #expect(events == [.undone(seq: f.state.lastSeq - 2), .undone(seq: f.state.lastSeq - 3)])   // the follow-up, then the contact
        #expect(f.state.content == before)
        try f.run(.recordContact(contact()))
        #expect(f.state.contacts.keys.elementsEqual(["C0002"]))
        #expect(f.refusal(.undoLast()) == nil)
        f.actor = "mfr"
        // mfr's last change was the meeting; undoing it is fine as nothing was built on it.
        try f.run(.undoLast())
        #expect(f.state.meetings.isEmpty)
    }

    @Test func undoIsRefusedWhenLaterEventsBuiltOnIt() throws {
        var f = try network()
        f.actor = "mfr"
        try f.run(.formCluster(id: "K5", programme: p, name: "Ny"))
        f.actor = "ahj"
        #expect(f.refusal(.undoLast()) == .nothingToUndo)
        f.actor = "mfr"
        try f.run(.placeSchool(cluster: "K5", school: "101001"))
        try f.run(.undoLast())                 // the placement goes
        #expect(f.state.clusterOf[Enrolment(p, "101001")] == nil && f.state.clusters["K5"]?.members == [])
        try f.run(.placeSchool(cluster: "K5", school: "101001"))
        try f.run(.renameCluster(id: "K5", name: "Nyere"))
        try f.run(.undoLast())                 // the rename goes; the placement stays
        #expect(f.state.clusters["K5"]?.name == "Ny" && f.state.clusters["K5"]?.members == ["101001"])
        try f.run(.defineInterventionKind(InterventionKind(programme: p, id: "peer", name: "Peer")))
        let kind = f.state.lastSeq
        f.actor = "ahj"
        try f.run(.setInterventionStatus(InterventionKey(p, "049001", "peer"), status: .planned))
        let built = f.state.lastSeq
        f.actor = "mfr"
        // The kind cannot go while ahj's intervention builds on it: undo passes it by, names why, and would take
        // the older placement instead; the kind itself, asked for by number, is refused with what blocks it.
        let choice = try #require(f.state.undoChoice(for: "mfr"))
        #expect(choice.skipped == [UndoChoice.Blocked(seqs: [kind], by: built)])
        #expect((choice.seqs.last ?? kind) < kind && f.state.writes(of: "mfr").first == [kind])
        #expect(f.refusal(.undoWrite(seq: kind)) == .undoBuiltOn(seq: kind, by: built))
        #expect(f.refusal(.undoWrite(seq: built)) == .notUndoable(built))
        f.actor = "ahj"
        try f.run(.undoLast())                 // once ahj's intervention is undone, the kind can go too
        f.actor = "mfr"
        try f.run(.undoLast())
        #expect(f.state.interventionKind(p, "peer") == nil)
        #expect(f.state.clusters["K5"]?.members == ["101001"])
    }
}

extension NetworkState {
    /// Everything but bookkeeping (sequence numbers, id counters, undo records).
    var content: NetworkState {
        var s = self
        s.lastSeq = 0; s.lastAt = nil; s.counters = [:]; s.undoStacks = [:]; s.touched = Touches()
        return s
    }
}

@Suite struct UsualIndicatorTests {
    @Test func theProgrammesMostUsedIndicatorThenTheFirst() throws {
        var f = try Fixture.standard()
        let p = Fixture.p
        let day = Day(year: 2026, month: 10, day: 1)!
        #expect(f.state.usualIndicator(programme: p) == .danskUnder4)
        for school in ["049001", "101001"] {
            try f.run(.setParticipation(Enrolment(p, school), status: .offered))
            try f.run(.setParticipation(Enrolment(p, school), status: .accepted))
        }
        for (school, indicator) in [("049001", BuiltinIndicator.fastholdelse), ("049001", .fastholdelse), ("101001", .matematikUnder4)] {
            try f.run(.recordEvaluation(Evaluation(programme: p, school: school, indicator: indicator, hundredths: 1000, date: day)))
        }
        #expect(f.state.usualIndicator(programme: p) == .fastholdelse)
        #expect(f.state.usualIndicator(programme: "other") == .danskUnder4)
    }

    /// A consultant builds on the coordinator's newest changes; the coordinator's older ones stay undoable, one by
    /// one, newest first, each undo passing by the blocked ones.
    @Test func undoNeverSticksBehindAChangeSomeoneBuiltOn() throws {
        let p = Fixture.p
        var f = try Fixture.standard()
        try f.run(.renameCluster(id: "K1", name: "Småøerne"))
        let rename = f.state.lastSeq
        try f.run(.setParticipation(Enrolment(p, "101001"), status: .offered))
        let offered = f.state.lastSeq
        try f.run(.setParticipation(Enrolment(p, "101001"), status: .accepted))
        let accepted = f.state.lastSeq
        try f.run(.assignConsultant(Enrolment(p, "101001"), consultant: "ahj"))
        f.actor = "ahj"
        try f.run(.recordContact(Contact(programme: p, school: "101001", date: Day(year: 2026, month: 11, day: 19)!, form: .phone, summary: "Opstart")))
        let contact = f.state.lastSeq
        f.actor = "mfr"
        try f.run(.undoLast())                 // the assignment: nothing builds on it
        #expect(f.state.caseload[Enrolment(p, "101001")] == nil)
        // Both participation changes are built on by ahj's contact; the rename behind them is not.
        let choice = try #require(f.state.undoChoice(for: "mfr"))
        #expect(choice.seqs == [rename] && choice.skipped.map(\.seqs) == [[accepted], [offered]] && choice.skipped.allSatisfy { $0.by == contact })
        #expect(try f.run(.undoLast()) == [.undone(seq: rename)])
        #expect(f.state.clusters["K1"]?.name == "Øerne")
        // The next undo passes them by again, for the coordinator's older changes.
        #expect(f.state.undoChoice(for: "mfr")?.skipped.map(\.seqs) == [[accepted], [offered]])
        #expect(f.refusal(.undoWrite(seq: accepted)) == .undoBuiltOn(seq: accepted, by: contact))
    }
}
