import Domain
import Wording

/// The clusters screen: every cluster with its summary, those its `/` filter shows, and each one's rating with n.
public struct ClustersData: Sendable {
    public private(set) var all: [ClusterSummary] = []
    public private(set) var shown: [ClusterSummary] = []
    /// The average rating of each cluster's own meetings, with its n.
    public private(set) var ratings: [String: RatingAverage] = [:]

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID, today: Day) {
        all = state.clusterSummaries(p, today: today)
        shown = all
        ratings = state.clusterRatings(p)
    }

    /// By name and id, or a member school's.
    mutating func filter(_ text: String, schools: SchoolsData) {
        guard !text.isEmpty else { shown = all; return }
        let hit = schools.matching(text)
        shown = all.filter { c in
            let k = Folding.keys(c.cluster.name + " " + c.cluster.id)
            return Folding.matches(text, long: k.long, short: k.short) || c.cluster.members.contains { hit.contains($0) }
        }
    }
}
