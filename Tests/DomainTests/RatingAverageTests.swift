import Testing
@testable import Domain

/// A rating average says how many ratings and meetings it rests on, and rounds half up to a tenth.
@Suite struct RatingAverageTests {
    @Test func theMeanRoundsHalfUpAndCarriesItsN() throws {
        let a = try #require(RatingAverage([("M1", 4), ("M1", 3), ("M2", 4), ("M2", 4)]))
        #expect(a.tenths == 38 && a.ratings == 4 && a.meetings == 2 && a.isFew)   // 3,75 → 3,8
        let b = try #require(RatingAverage([("M1", 3), ("M1", 4), ("M2", 4), ("M3", 3), ("M3", 3), ("M4", 5)]))
        #expect(b.tenths == 37 && b.ratings == 6 && b.meetings == 4 && !b.isFew)   // 22 / 6 = 3,67
        #expect(RatingAverage([]) == nil)
    }

    /// The report and the dashboard read one query: only held meetings count by kind, and a cluster's own cluster
    /// meetings count for it.
    @Test func byKindAndByClusterFromTheLog() throws {
        var f = try Fixture.standard()
        for s in ["049001", "101001"] {
            try f.run(.setParticipation(Enrolment(Fixture.p, s), status: .offered))
            try f.run(.setParticipation(Enrolment(Fixture.p, s), status: .accepted))
        }
        try f.run(.placeSchool(cluster: "K2", school: "101001"))
        let day = Day(year: 2026, month: 11, day: 25)!
        let m = Meeting(id: "", programme: Fixture.p, kind: .cluster, title: "K", day: day, start: 540, end: 600, clusters: ["K2"])
        try f.run(.scheduleMeeting(m, force: true))
        let id = try #require(f.state.meetings.keys.first)
        f.now = Copenhagen.timestamp(day.adding(days: 1), minutes: 9 * 60)
        try f.run(.recordMeetingHeld(id: id, attendance: ["101001"]))
        try f.run(.giveFeedback(MeetingFeedback(meeting: id, rating: 4, comment: nil)))
        let byKind = f.state.ratingsByKind(Fixture.p)
        #expect(byKind.count == 1 && byKind[0].kind == .cluster && byKind[0].held == 1 && byKind[0].average?.ratings == 1)
        #expect(f.state.clusterRatings(Fixture.p)["K2"]?.tenths == 40)
        #expect(f.state.ratingsByKind(Fixture.p, upTo: day.adding(days: -1)).isEmpty)
    }
}
