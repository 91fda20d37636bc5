/// The mean of some meetings' ratings (1–5), with how many ratings and meetings it rests on.
public struct RatingAverage: Sendable, Hashable {
    /// The mean, in tenths, rounded half up (36 is 3,6).
    public let tenths: Int
    /// How many ratings, from how many meetings.
    public let ratings: Int
    public let meetings: Int

    /// Fewer than five ratings: shown with its n so nobody reads it as a settled judgement.
    public var isFew: Bool { ratings < 5 }

    init?(_ ratings: [(meeting: String, rating: Int)]) {
        guard !ratings.isEmpty else { return nil }
        let sum = ratings.reduce(0) { $0 + $1.rating }
        tenths = (sum * 20 + ratings.count) / (2 * ratings.count)
        self.ratings = ratings.count
        meetings = Set(ratings.map(\.meeting)).count
    }
}

extension NetworkState {
    /// The ratings of a programme's meetings recorded as held (on or before `day`, when given), by kind: each kind
    /// with the meetings held and their average, nil when none was rated. Kinds with no meeting held are left out.
    public func ratingsByKind(_ programme: ProgrammeID, upTo day: Day? = nil) -> [(kind: MeetingKind, held: Int, average: RatingAverage?)] {
        let held = meetings.values.filter { m in m.programme == programme && m.status == .held && (day.map { m.day <= $0 } ?? true) }
        let byMeeting = Dictionary(grouping: feedback.values, by: \.meeting)
        return MeetingKind.allCases.compactMap { kind in
            let ms = held.filter { $0.kind == kind }
            guard !ms.isEmpty else { return nil }
            let rs = ms.flatMap { m in (byMeeting[m.id] ?? []).map { (meeting: m.id, rating: $0.rating) } }
            return (kind, ms.count, RatingAverage(rs))
        }
    }

    /// The ratings of each cluster's own cluster meetings in a programme, by cluster id; clusters with none are
    /// left out.
    public func clusterRatings(_ programme: ProgrammeID) -> [String: RatingAverage] {
        var ratings: [String: [(meeting: String, rating: Int)]] = [:]
        for f in feedback.values {
            guard let meeting = meetings[f.meeting], meeting.programme == programme, meeting.kind == .cluster else { continue }
            for c in meeting.clusters { ratings[c, default: []].append((f.meeting, f.rating)) }
        }
        return ratings.compactMapValues(RatingAverage.init)
    }
}
