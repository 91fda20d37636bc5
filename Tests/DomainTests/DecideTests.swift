import Testing
@testable import Domain

@Suite struct DecideTests {
    let p = Fixture.p

    @Test func defineProgramme() throws {
        var f = try Fixture.standard()
        let prog = Programme(id: "ftf", name: "FTF", start: Day(year: 2026, month: 1, day: 1)!, end: Day(year: 2027, month: 1, day: 1)!)
        #expect(try f.run(.defineProgramme(prog)) == [.programmeDefined(prog)])
        #expect(f.refusal(.defineProgramme(prog)) == .duplicateProgramme("ftf"))
        var bad = prog; bad.id = "x y"
        #expect(f.refusal(.defineProgramme(bad)) == .invalidID("x y"))
        bad = prog; bad.id = "new"; bad.end = Day(year: 2025, month: 1, day: 1)!
        #expect(f.refusal(.defineProgramme(bad)) == .endBeforeStart)
        bad = prog; bad.id = "new"; bad.name = "  "
        #expect(f.refusal(.defineProgramme(bad)) == .emptyField("name"))
    }

    @Test func registerSchool() throws {
        var f = try Fixture.standard()
        let s = School(institution: "007001", name: "Nulskolen", municipality: 101, kind: .friskole)
        #expect(try f.run(.registerSchool(s)) == [.schoolRegistered(s)])
        #expect(f.state.schools["007001"]?.institution == "007001")   // leading zeros kept
        #expect(try f.run(.registerSchool(s)).isEmpty)                 // the same again changes nothing
        var other = s; other.name = "Andet navn"
        #expect(f.refusal(.registerSchool(other)) == .duplicateSchool("007001"))
        #expect(f.refusal(.registerSchool(School(institution: "12345", name: "X", municipality: 101, kind: .folkeskole))) == .invalidInstitution("12345"))
        #expect(f.refusal(.registerSchool(School(institution: "12345a", name: "X", municipality: 101, kind: .folkeskole))) == .invalidInstitution("12345a"))
        #expect(f.refusal(.registerSchool(School(institution: "123456", name: "X", municipality: 999, kind: .folkeskole))) == .unknownMunicipality(999))
        #expect(f.refusal(.registerSchool(School(institution: "123456", name: "", municipality: 101, kind: .folkeskole))) == .emptyField("name"))
    }

    @Test func participationFollowsOfferThenDecision() throws {
        var f = try Fixture.standard()
        let e = Enrolment(p, "049001")
        #expect(f.refusal(.setParticipation(e, status: .accepted)) == .participationTransition(from: nil, to: .accepted))
        try f.run(.setParticipation(e, status: .offered, track: "spor1"))
        #expect(f.refusal(.setParticipation(e, status: .offered)) == .participationUnchanged(.offered))
        #expect(f.refusal(.setParticipation(e, status: .withdrawn)) == .participationTransition(from: .offered, to: .withdrawn))
        let events = try f.run(.setParticipation(e, status: .declined, reason: "  Mangler tid "))
        #expect(events == [.participationSet(e, status: .declined, track: nil, reason: "Mangler tid", date: f.context.today)])
        #expect(f.state.participation[e]?.track == "spor1")   // the track is kept
        try f.run(.setParticipation(e, status: .accepted))
        try f.run(.setParticipation(e, status: .withdrawn))
        #expect(f.state.participationCounts(p) == [.withdrawn: 1])
        #expect(f.refusal(.setParticipation(Enrolment("nope", "049001"), status: .offered)) == .unknownProgramme("nope"))
        #expect(f.refusal(.setParticipation(Enrolment(p, "111111"), status: .offered)) == .unknownSchool("111111"))
        #expect(f.refusal(.setParticipation(Enrolment(p, "101001"), status: .offered, track: "spor9")) == .unknownTrack(programme: p, track: "spor9"))
    }

    @Test func registerPerson() throws {
        var f = try Fixture.standard()
        #expect(f.refusal(.registerPerson(Person(name: "ahj", fullName: "X", role: .consultant))) == .duplicatePerson("ahj"))
        #expect(f.refusal(.registerPerson(Person(name: "Anne H", fullName: "X", role: .consultant))) == .invalidHandle("Anne H"))
        #expect(f.refusal(.registerPerson(Person(name: "bkl", fullName: " ", role: .consultant))) == .emptyField("fullName"))
        try f.run(.registerPerson(Person(name: "bkl", fullName: "Bo Kjær Larsen", role: .consultant, base: "Aarhus")))
        #expect(f.state.people["bkl"]?.base == "Aarhus")
    }

    @Test func assignConsultant() throws {
        var f = try Fixture.standard()
        let e = Enrolment(p, "049001")
        #expect(f.refusal(.assignConsultant(e, consultant: "ahj")) == .notParticipating(programme: p, school: "049001"))
        try f.run(.setParticipation(e, status: .offered))
        #expect(f.refusal(.assignConsultant(e, consultant: "zzz")) == .unknownPerson("zzz"))
        #expect(f.refusal(.assignConsultant(e, consultant: "mfr")) == .notAConsultant("mfr"))
        try f.run(.assignConsultant(e, consultant: "ahj"))
        #expect(f.state.caseload[e] == "ahj")
        #expect(f.refusal(.assignConsultant(e, consultant: "ahj")) == .alreadyAssigned(school: "049001", consultant: "ahj"))
        #expect(f.refusal(.assignConsultant(Enrolment(p, "999999"), consultant: "ahj")) == .unknownSchool("999999"))
    }

    @Test func clustersFormRenameAndMove() throws {
        var f = try Fixture.standard()
        #expect(f.refusal(.formCluster(id: "K1", programme: p, name: "X")) == .duplicateCluster("K1"))
        #expect(f.refusal(.formCluster(id: "K3", programme: "nope", name: "X")) == .unknownProgramme("nope"))
        #expect(f.refusal(.formCluster(id: "K3", programme: p, name: "X", track: "t")) == .unknownTrack(programme: p, track: "t"))
        #expect(f.refusal(.renameCluster(id: "K1", name: "Øerne")) == .clusterNameUnchanged)
        #expect(f.refusal(.renameCluster(id: "K9", name: "Ny")) == .unknownCluster("K9"))
        try f.run(.renameCluster(id: "K1", name: "Sydfyn og øerne"))
        #expect(f.state.clusters["K1"]?.name == "Sydfyn og øerne")

        let e = Enrolment(p, "049001")
        try f.run(.setParticipation(e, status: .offered))
        #expect(f.refusal(.placeSchool(cluster: "K1", school: "049001")) == .notAccepted(programme: p, school: "049001"))
        try f.run(.setParticipation(e, status: .accepted))
        try f.run(.placeSchool(cluster: "K1", school: "049001"))
        #expect(f.refusal(.placeSchool(cluster: "K1", school: "049001")) == .alreadyInCluster(school: "049001", cluster: "K1"))
        try f.run(.placeSchool(cluster: "K2", school: "049001"))
        #expect(f.state.clusters["K1"]?.members == [])
        #expect(f.state.clusters["K2"]?.members == ["049001"])
        #expect(f.state.clusterOf[e] == "K2")
        #expect(f.refusal(.placeSchool(cluster: "K7", school: "049001")) == .unknownCluster("K7"))
    }

    @Test func interventionLifecycle() throws {
        var f = try Fixture.standard()
        let key = InterventionKey(p, "049001", "turbo")
        #expect(f.refusal(.setInterventionStatus(key, status: .started)) == .notAccepted(programme: p, school: "049001"))
        try f.run(.setParticipation(Enrolment(p, "049001"), status: .offered))
        try f.run(.setParticipation(Enrolment(p, "049001"), status: .declined))
        #expect(f.refusal(.setInterventionStatus(key, status: .started)) == .notAccepted(programme: p, school: "049001"))
        try f.run(.setParticipation(Enrolment(p, "049001"), status: .accepted))
        #expect(f.refusal(.setInterventionStatus(key, status: .anchored)) == .interventionTransition(from: nil, to: .anchored))
        #expect(f.refusal(.setInterventionStatus(InterventionKey(p, "049001", "nope"), status: .planned)) == .unknownInterventionKind(programme: p, kind: "nope"))
        let day = Day(year: 2026, month: 10, day: 1)!
        try f.run(.setInterventionStatus(key, status: .planned, date: day))
        #expect(f.refusal(.setInterventionStatus(key, status: .started, date: Day(year: 2026, month: 9, day: 1)!)) == .dateBeforeLastUpdate(day))
        #expect(f.refusal(.setInterventionStatus(key, status: .started, date: Day(year: 2027, month: 1, day: 1)!)) == .dateInFuture(Day(year: 2027, month: 1, day: 1)!))
        try f.run(.setInterventionStatus(key, status: .started))
        #expect(f.refusal(.setInterventionStatus(key, status: .evaluated)) == .interventionTransition(from: .started, to: .evaluated))
        #expect(f.refusal(.setInterventionStatus(key, status: .stopped, reason: " ")) == .reasonRequired(.stopped))
        try f.run(.setInterventionStatus(key, status: .stopped, reason: "Nøglelærer stoppet"))
        #expect(f.state.interventions[key]?.status == .stopped)
        #expect(f.state.interventions[key]?.reason == "Nøglelærer stoppet")
        #expect(f.refusal(.setInterventionStatus(key, status: .started)) == .interventionTransition(from: .stopped, to: .started))
    }

    @Test func scheduleMeeting() throws {
        var f = try Fixture.standard()
        let day = Day(year: 2026, month: 12, day: 1)!
        let m = Meeting(id: "", programme: p, kind: .cluster, title: "Klyngemøde", day: day, start: 540, end: 720,
                        clusters: ["K1"], consultants: ["ahj"], location: "Ærø Skole")
        let events = try f.run(.scheduleMeeting(m))
        guard case .meetingScheduled(let stored) = events.first else { Issue.record("no meeting"); return }
        #expect(stored.id == "M0001")
        var later = m; later.day = Day(year: 2027, month: 2, day: 2)!
        try f.run(.scheduleMeeting(later))
        #expect(f.state.meetings.keys.elementsEqual(["M0001", "M0002"]))
        var bad = m; bad.end = 500
        #expect(f.refusal(.scheduleMeeting(bad)) == .endBeforeStart)
        bad = m; bad.clusters = []
        #expect(f.refusal(.scheduleMeeting(bad)) == .meetingHasNoParticipants)
        bad = m; bad.clusters = ["K9"]
        #expect(f.refusal(.scheduleMeeting(bad)) == .unknownCluster("K9"))
        bad = m; bad.consultants = ["zzz"]
        #expect(f.refusal(.scheduleMeeting(bad)) == .unknownPerson("zzz"))
        bad = m; bad.start = 1500
        #expect(f.refusal(.scheduleMeeting(bad)) == .timeOutOfRange(1500))
        bad = m; bad.title = ""
        #expect(f.refusal(.scheduleMeeting(bad)) == .emptyField("title"))
        bad = m; bad.clusters = []; bad.schools = ["777777"]
        #expect(f.refusal(.scheduleMeeting(bad)) == .unknownSchool("777777"))
        try f.run(.defineProgramme(Programme(id: "ftf", name: "FTF", start: day, end: day)))
        bad = m; bad.programme = "ftf"
        #expect(f.refusal(.scheduleMeeting(bad)) == .clusterNotInProgramme(cluster: "K1", programme: "ftf"))
    }

    @Test func defineInterventionKind() throws {
        var f = try Fixture.standard()
        #expect(f.refusal(.defineInterventionKind(InterventionKind(programme: p, id: "turbo", name: "X"))) == .duplicateInterventionKind("turbo"))
        #expect(f.refusal(.defineInterventionKind(InterventionKind(programme: "x", id: "peer", name: "X"))) == .unknownProgramme("x"))
        try f.run(.defineInterventionKind(InterventionKind(programme: p, id: "peer", name: "Peer learning")))
        #expect(f.state.interventionKind(p, "peer")?.name == "Peer learning")
    }
}

@Suite struct UndoPlacementTests {
    @Test func undoingAMovePutsTheSchoolBackInItsPlace() throws {
        var f = try Fixture.standard()
        for s in ["049001", "101001"] {
            try f.run(.setParticipation(Enrolment(Fixture.p, s), status: .offered))
            try f.run(.setParticipation(Enrolment(Fixture.p, s), status: .accepted))
            try f.run(.placeSchool(cluster: "K1", school: s))
        }
        #expect(f.state.clusters["K1"]?.members == ["049001", "101001"])
        try f.run(.placeSchool(cluster: "K2", school: "049001"))
        try f.run(.undoLast())
        // Not appended at the end: the list is as it was, so lists and exports do not reorder after an undo.
        #expect(f.state.clusters["K1"]?.members == ["049001", "101001"] && f.state.clusters["K2"]?.members == [])
    }
}
