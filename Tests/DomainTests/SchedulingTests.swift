import Foundation
import Testing
import TestSupport
@testable import Domain
@testable import FileStore

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

    @Test func suggestionsAreRankedByTheTargetSpacingAndRotateTheHost() throws {
        var f = try network()
        let list = f.state.suggestions(SlotSearch(cluster: "K2", from: Day.parse("2026-11-23")!, weeks: 10, count: 5), today: f.context.today)
        #expect(list.suggestions.count == 5 && list.clean == 5)
        #expect(list.suggestions.allSatisfy { s in f.state.conflicts(s.meeting, today: f.context.today, isNew: true).isEmpty })
        let best = list.suggestions[0]
        #expect(best.reasons.contains(.freeForEveryone) && best.reasons.contains(.noHolidays))
        #expect(best.reasons.contains(.host(school: "101001", lastHosted: nil)))
        // The best time is as near eight weeks after the last meeting as the calendar allows, outside the holidays.
        let gap = best.meeting.day.ordinal - Day.parse("2026-12-02")!.ordinal
        #expect(best.reasons.contains(.afterPrevious(days: gap, meeting: "M0001", day: Day.parse("2026-12-02")!)))
        #expect(abs(gap - 56) <= 3, "\(best.meeting.day)")
        #expect(best.spacingPenalty == abs(gap - 56))
        // Nothing within four weeks of the booked meeting is suggested while clean times exist.
        #expect(list.suggestions.allSatisfy { abs($0.meeting.day.ordinal - Day.parse("2026-12-02")!.ordinal) >= 28 })
        try f.run(.placeSchool(cluster: "K2", school: "049001"))
        try f.run(.scheduleMeeting(meeting(["K2"], day: "2027-02-03", location: "Værtsskole: Bakkeskolen"), force: true))
        let after = f.state.suggestions(SlotSearch(cluster: "K2", from: Day.parse("2027-03-08")!, weeks: 6), today: f.context.today)
        #expect(after.suggestions.first?.host == "049001")
    }

    @Test func onlySoftTimesLeftAreSaidAndRankedLast() throws {
        var f = try network()
        // Meetings every three weeks for over a year leave no time four weeks from both neighbours.
        for week in 1...60 {
            try f.run(.scheduleMeeting(meeting(["K2"], day: Day.parse("2026-12-02")!.adding(days: 21 * week).iso), force: true))
        }
        let list = f.state.suggestions(SlotSearch(cluster: "K2", from: Day.parse("2026-12-03")!, weeks: 8, count: 4), today: f.context.today)
        #expect(list.clean == 0 && list.onlySoftRemain && list.suggestions.count == 4 && list.beyondWindow == 0)
        #expect(list.suggestions.allSatisfy { !$0.soft.isEmpty && !$0.soft.contains { $0.isHard } })
    }

    @Test func aWindowWithTooFewCleanTimesLooksOnPastIt() throws {
        var f = try network()
        // The next two meetings are booked inside the window: clean times exist only after the last of them.
        for d in ["2026-12-23", "2027-01-13"] { try f.run(.scheduleMeeting(meeting(["K2"], day: d), force: true)) }
        let from = Day.parse("2026-12-03")!
        let list = f.state.suggestions(SlotSearch(cluster: "K2", from: from, weeks: 8, count: 3), today: f.context.today)
        #expect(list.clean == 3 && list.beyondWindow == 3 && list.suggestions.count == 6)
        let later = list.suggestions.prefix(3), squeezed = list.suggestions.suffix(3)
        #expect(later.allSatisfy { $0.soft.isEmpty && $0.meeting.day >= from.adding(days: 56) })
        #expect(later.allSatisfy { $0.meeting.day.ordinal - Day.parse("2027-01-13")!.ordinal >= 28 })
        // The soft times squeezed in between stay on offer after them.
        #expect(squeezed.allSatisfy { !$0.soft.isEmpty && $0.meeting.day < from.adding(days: 56) })
    }

    @Test func hostRotationCountsOnlyMeetingsBeforeTheDayAndNeverPicksTheNextHost() throws {
        var f = try network()
        try f.run(.placeSchool(cluster: "K2", school: "049001"))
        // Bakkeskolen hosts a meeting still to come; a time before it must not call that "last hosted", nor pick
        // Bakkeskolen again right before its own turn.
        try f.run(.scheduleMeeting(meeting(["K2"], day: "2027-04-07", location: Meeting.hostLocation("Bakkeskolen")), force: true))
        try f.run(.scheduleMeeting(meeting(["K2"], day: "2027-06-09", location: Meeting.hostLocation("Ærø Skole")), force: true))
        let before = f.state.suggestions(SlotSearch(cluster: "K2", from: Day.parse("2027-01-25")!, weeks: 6, count: 3), today: f.context.today)
        #expect(!before.suggestions.isEmpty)
        for s in before.suggestions {
            #expect(s.host == "049001")
            #expect(s.reasons.contains(.host(school: "049001", lastHosted: nil)))
        }
        // Between the two, Bakkeskolen hosted last (on 7.4.2027) and Ærø Skole hosts next, so Bakkeskolen hosts again
        // only because the cluster has two schools; its "last hosted" is in the past.
        let rotation = Schedule(f.state).hostDays(f.state.clusters["K2"]!).rotation(for: Day.parse("2027-05-12")!)
        #expect(rotation.map(\.school) == ["101001", "049001"] && rotation[0].last == Day.parse("2027-04-07") && rotation[1].last == nil)
        let later = Schedule(f.state).hostDays(f.state.clusters["K2"]!).rotation(for: Day.parse("2027-08-16")!)
        #expect(later.map(\.school) == ["101001", "049001"] && later[1].last == Day.parse("2027-06-09"))
    }

    @Test func aWholePlanIsBuiltAroundWhatIsBooked() throws {
        var f = try network()
        try f.run(.scheduleMeeting(meeting(["K2"], day: "2027-03-10"), force: true))
        let window = Day.parse("2027-01-04")!...Day.parse("2027-06-18")!
        let plan = f.state.plan(Fixture.p, perCluster: 3, window: window, today: f.context.today)
        let k2 = try #require(plan.clusters.first { $0.cluster == "K2" })
        #expect(k2.booked == 1 && k2.planned.count == 2 && k2.missing == 0)
        let k1 = try #require(plan.clusters.first { $0.cluster == "K1" })
        #expect(k1.booked == 0 && k1.planned.count == 3)
        for m in k2.planned { #expect(abs(m.day.ordinal - Day.parse("2027-03-10")!.ordinal) >= 28, "\(m.day)") }
        // Asking for more than fits says how many fit.
        let crowded = f.state.plan(Fixture.p, perCluster: 12, window: window, today: f.context.today)
        let short = try #require(crowded.shortfalls.first { $0.cluster == "K2" })
        #expect(short.missing > 0 && short.booked + short.planned.count + short.missing == 12)
        #expect(crowded.clusters.allSatisfy { $0.planned.count + $0.missing == max(0, $0.wanted - $0.booked) })
    }

    @Test func heldIsAStateAndHeldCountsCountOnlyHeldMeetings() throws {
        var f = try network()
        #expect(f.refusal(.recordMeetingHeld(id: "M0001", attendance: ["101001"])) == .meetingInFuture("M0001"))
        f.now = Copenhagen.timestamp(Day.parse("2026-12-02")!, minutes: 11 * 60)
        // Not yet over at 11.00 (it ends at 12.00): not to be rated yet.
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", rating: 4))) == .meetingInFuture("M0001"))
        f.now = Copenhagen.timestamp(Day.parse("2026-12-03")!, minutes: 9 * 60)
        let today = Day.parse("2026-12-03")!
        var k2 = try #require(f.state.clusterSummaries(Fixture.p, today: today).first { $0.cluster.id == "K2" })
        #expect(k2.meetingsHeld == 0 && k2.meetingsUnrecorded == 1)
        #expect(f.state.unrecordedMeetings(Fixture.p, today: today).map(\.id) == ["M0001"])
        try f.run(.recordMeetingHeld(id: "M0001", attendance: ["101001"]))
        #expect(f.state.meetings["M0001"]?.status == .held && f.state.meetings["M0001"]?.attendance == ["101001"])
        k2 = try #require(f.state.clusterSummaries(Fixture.p, today: today).first { $0.cluster.id == "K2" })
        #expect(k2.meetingsHeld == 1 && k2.meetingsUnrecorded == 0)
        #expect(f.refusal(.recordMeetingHeld(id: "M0001", attendance: [])) == .meetingAlreadyHeld("M0001"))
        #expect(f.refusal(.cancelMeeting(id: "M0001", reason: "x")) == .meetingAlreadyHeld("M0001"))
        try f.run(.giveFeedback(MeetingFeedback(meeting: "M0001", rating: 4)))
    }

    @Test func aBatchIsUndoneAsOneStepWhateverItsSize() throws {
        var f = try network()
        // 150 meetings in one write: more than the undo depth of 100 events.
        let many = (0..<150).map { i in meeting(["K1"], day: "2027-01-04", start: i * 9, end: i * 9 + 1, consultants: []) }
        var scratch = f.state
        var events: [Event] = []
        f.now = Timestamp(milliseconds: f.now.milliseconds + 1)
        for m in many {
            let e = try decide(.scheduleMeeting(m, force: true), scratch, f.context)
            for x in e { scratch.apply(Recorded(seq: scratch.lastSeq + 1, at: f.now, actor: "mfr", event: x)) }
            events += e
        }
        f.state = scratch
        #expect(f.state.lastWrite(of: "mfr").count == 150)
        let undo = try f.run(.undoLast())
        #expect(undo.count == 150 && f.state.meetings.count == 1)
        #expect(f.refusal(.undoLast(expecting: 3)) != nil)
    }

    @Test func aWholePlanBooksAllOrNothing() throws {
        // One command that fails makes the whole batch fail.
        let dir = Scratch.directory("plan")
        var g = Fixture()
        var entries: [(at: Timestamp, actor: String, event: Event)] = []
        // The property tests' setup: both schools have accepted.
        for c in PropertyTests.setupCommands() + [.placeSchool(cluster: "K1", school: "049001")] { for e in try g.run(c) { entries.append((g.now, g.actor, e)) } }
        try EventLog.create(path: dir + "/p.log", events: entries)
        let log = try EventLog.open(path: dir + "/p.log")
        let booked = log.state.plan(Fixture.p, perCluster: 4, window: Day.parse("2027-01-04")!...Day.parse("2027-06-18")!, today: g.context.today).meetings
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
