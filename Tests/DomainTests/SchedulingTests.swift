import Foundation
import Testing
@testable import Domain

@Suite struct SchedulingTests {
    @Test func easterBasedHolidays2017To2030() {
        let easter = ["2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09",
                      "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"]
        for (i, e) in easter.enumerated() {
            let year = 2017 + i
            let sunday = Day.parse(e)!
            #expect(Holiday.easterSunday(year) == sunday)
            let all = Dictionary(uniqueKeysWithValues: Holiday.all(in: year).map { ($0.holiday, $0.day) })
            #expect(all[.skaertorsdag] == sunday.adding(days: -3) && all[.langfredag] == sunday.adding(days: -2))
            #expect(all[.andenPaaskedag] == sunday.adding(days: 1) && all[.kristiHimmelfartsdag] == sunday.adding(days: 39))
            #expect(all[.pinsedag] == sunday.adding(days: 49) && all[.andenPinsedag] == sunday.adding(days: 50))
            #expect(all[.storeBededag] == (year <= 2023 ? sunday.adding(days: 26) : nil))
            #expect(all[.juledag] == Day(year: year, month: 12, day: 25)! && all[.nytaarsdag] == Day(year: year, month: 1, day: 1)!)
        }
        #expect(Holiday.on(Day.parse("2023-05-05")!) == .storeBededag)
        #expect(Holiday.on(Day.parse("2024-04-26")!) == nil)
    }

    @Test func schoolHolidaysWithMunicipalOverrides() {
        #expect(SchoolHoliday.on(Day.parse("2027-02-16")!, municipality: 101) == .vinterferie)   // week 7
        #expect(SchoolHoliday.on(Day.parse("2027-02-23")!, municipality: 101) == nil)
        #expect(SchoolHoliday.on(Day.parse("2027-02-23")!, municipality: 751) == .vinterferie)   // Aarhus: week 8
        #expect(SchoolHoliday.on(Day.parse("2026-10-14")!, municipality: 101) == .efteraarsferie)
        #expect(SchoolHoliday.on(Day.parse("2026-12-23")!, municipality: 101) == .juleferie)
        #expect(SchoolHoliday.on(Day.parse("2027-03-22")!, municipality: 101) == .paaskeferie)
        #expect(SchoolHoliday.on(Day.parse("2027-07-15")!, municipality: 101) == .sommerferie)
        #expect(SchoolHoliday.on(Day.parse("2027-08-16")!, municipality: 101) == nil)
    }

    /// Two clusters in places far apart, a consultant for both, and one booked meeting.
    func network() throws -> Fixture {
        var f = try Fixture.standard()
        try f.run(.registerSchool(School(institution: "751001", name: "Aarhusskolen", municipality: 751, kind: .folkeskole)))
        for s in ["049001", "101001", "751001"] {
            try f.run(.setParticipation(Enrolment(Fixture.p, s), status: .offered))
            try f.run(.setParticipation(Enrolment(Fixture.p, s), status: .accepted))
        }
        try f.run(.placeSchool(cluster: "K1", school: "751001"))
        try f.run(.placeSchool(cluster: "K2", school: "101001"))
        try f.run(.scheduleMeeting(meeting(["K2"], day: "2026-12-02", start: 600, end: 720)))
        return f
    }

    func meeting(_ clusters: [String], day: String, start: Int = 600, end: Int = 720, consultants: [String] = ["ahj"], location: String = "") -> Meeting {
        Meeting(id: "", programme: Fixture.p, kind: .cluster, title: "Klyngemøde", day: Day.parse(day)!, start: start, end: end,
                clusters: clusters, consultants: consultants, location: location)
    }

    func conflicts(_ f: Fixture, _ m: Meeting) -> [Conflict] { f.state.conflicts(m, today: f.context.today, isNew: true) }

    @Test func aConsultantCannotBeInTwoPlacesCountingTravel() throws {
        let f = try network()
        // The same morning in Aarhus and København: the drive between makes even back-to-back impossible.
        let clash = conflicts(f, meeting(["K1"], day: "2026-12-02", start: 12 * 60 + 30, end: 14 * 60))
        guard case .consultantBusy("ahj", "M0001", let travel)? = clash.first else { Issue.record("\(clash)"); return }
        #expect(travel > 120)
        #expect(throws: DomainError.self) { try decide(.scheduleMeeting(meeting(["K1"], day: "2026-12-02", start: 750, end: 840), force: true), f.state, f.context) }
        #expect(conflicts(f, meeting(["K1"], day: "2026-12-02", start: 15 * 60, end: 16 * 60)).isEmpty)
    }

    @Test func aSchoolCannotBeInTwoMeetingsAtOnce() throws {
        let f = try network()
        let m = meeting(["K2"], day: "2026-12-02", start: 660, end: 780, consultants: [])
        #expect(conflicts(f, m).first == .schoolBusy(school: "101001", meeting: "M0001"))
    }

    @Test func aNewMeetingCannotBeInThePast() throws {
        let f = try network()
        #expect(conflicts(f, meeting(["K1"], day: "2026-11-02", consultants: [])).first == .inThePast(Day.parse("2026-11-02")!))
    }

    @Test func softConflictsNeedConfirmation() throws {
        var f = try network()
        #expect(conflicts(f, meeting(["K1"], day: "2026-12-25", consultants: [])).contains(.publicHoliday(.juledag)))
        #expect(conflicts(f, meeting(["K1"], day: "2027-02-23", consultants: [])).contains(.schoolHoliday(.vinterferie, municipality: 751)))
        #expect(!conflicts(f, meeting(["K2"], day: "2027-02-23", consultants: [])).contains { if case .schoolHoliday = $0 { return true }; return false })
        #expect(conflicts(f, meeting(["K1"], day: "2026-12-05", consultants: [])).contains(.weekend))
        #expect(conflicts(f, meeting(["K1"], day: "2026-12-03", start: 15 * 60, end: 17 * 60, consultants: [])).contains(.outsideHours))
        #expect(conflicts(f, meeting(["K2"], day: "2026-12-10", consultants: [])).contains(.tooSoonAfter(cluster: "K2", meeting: "M0001", days: 8)))
        let weekend = meeting(["K1"], day: "2026-12-05", consultants: [])
        #expect(f.refusal(.scheduleMeeting(weekend)) == .softConflicts([.weekend]))
        try f.run(.scheduleMeeting(weekend, force: true))
    }

    @Test func moveCancelAndHeld() throws {
        var f = try network()
        try f.run(.moveMeeting(id: "M0001", day: Day.parse("2026-12-03")!, start: 540, end: 660))
        #expect(f.state.meetings["M0001"]?.sequence == 1 && f.state.meetings["M0001"]?.day == Day.parse("2026-12-03"))
        #expect(f.refusal(.recordMeetingHeld(id: "M0001", attendance: [])) == .meetingInFuture("M0001"))
        try f.run(.cancelMeeting(id: "M0001", reason: "Sygdom"))
        #expect(f.state.meetings["M0001"]?.status == .cancelled && f.state.meetings["M0001"]?.sequence == 2)
        #expect(f.refusal(.moveMeeting(id: "M0001", day: Day.parse("2026-12-09")!, start: 540, end: 660)) == .meetingCancelled("M0001"))
        #expect(f.refusal(.cancelMeeting(id: "M0009", reason: "x")) == .unknownMeeting("M0009"))
    }

    @Test func suggestionsAreFreeRankedAndRotateTheHost() throws {
        var f = try network()
        let list = f.state.suggestions(cluster: "K2", from: Day.parse("2026-11-23")!, weeks: 10, count: 5, today: f.context.today)
        #expect(list.count == 5)
        #expect(list.allSatisfy { s in f.state.conflicts(s.meeting, today: f.context.today, isNew: true).filter(\.isHard).isEmpty })
        #expect(zip(list, list.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(list[0].soft.isEmpty && list[0].reasons.contains(.freeForEveryone) && list[0].reasons.contains(.noHolidays))
        #expect(list[0].reasons.contains(.host(school: "Bakkeskolen")))
        // The best time is about eight weeks after the last meeting, not in the Christmas holiday.
        #expect(abs(list[0].meeting.day.ordinal - Day.parse("2026-12-02")!.ordinal - 56) <= 7)
        try f.run(.placeSchool(cluster: "K2", school: "049001"))
        try f.run(.scheduleMeeting(meeting(["K2"], day: "2027-02-03", location: "Værtsskole: Bakkeskolen"), force: true))
        #expect(f.state.nextHost(f.state.clusters["K2"]!) == "049001")
    }

    @Test func aWholePlanHasNoHardConflictsAndBooksAllOrNothing() throws {
        let f = try network()
        let plan = f.state.plan(Fixture.p, perCluster: 3, from: Day.parse("2027-01-04")!, to: Day.parse("2027-06-18")!, today: f.context.today)
        #expect(plan.count == 6)
        var scratch = f.state
        for m in plan {
            let hard = scratch.conflicts(m, today: f.context.today, isNew: true).filter(\.isHard)
            #expect(hard.isEmpty, "\(m)")
            scratch.apply(.meetingScheduled(m))
        }
        // One command that fails makes the whole batch fail.
        let dir = NSTemporaryDirectory() + "tavle-plan-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var g = Fixture()
        var entries: [(at: Timestamp, actor: String, event: Event)] = []
        for c in PropertyTests.setupCommands() + [
            .setParticipation(Enrolment(Fixture.p, "049001"), status: .offered), .setParticipation(Enrolment(Fixture.p, "049001"), status: .accepted),
            .placeSchool(cluster: "K1", school: "049001"),
        ] { for e in try g.run(c) { entries.append((g.now, g.actor, e)) } }
        try EventLog.create(path: dir + "/p.log", events: entries)
        let log = try EventLog.open(path: dir + "/p.log")
        let booked = log.state.plan(Fixture.p, perCluster: 4, from: Day.parse("2027-01-04")!, to: Day.parse("2027-06-18")!, today: g.context.today)
        #expect(booked.count == 4)
        let before = log.events.count
        #expect(throws: DomainError.self) {
            try log.append(booked.map { Command.scheduleMeeting($0, force: true) } + [.cancelMeeting(id: "M0999", reason: "x")], actor: "mfr", now: g.now)
        }
        #expect(try EventLog.open(path: dir + "/p.log").events.count == before)
        try log.append(booked.map { Command.scheduleMeeting($0, force: true) }, actor: "mfr", now: g.now)
        #expect(try EventLog.open(path: dir + "/p.log").state.meetings.count == 4)
    }
}
