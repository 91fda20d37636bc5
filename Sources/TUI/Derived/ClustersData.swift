import Domain
import Wording

/// The clusters screen: every cluster with its summary, those its `/` filter shows, and each one's rating with n.
public struct ClustersData: Sendable {
    public private(set) var all: [ClusterSummary] = []
    public private(set) var shown: [ClusterSummary] = []
    /// The average rating of each cluster's own meetings, with its n.
    public private(set) var ratings: [String: RatingAverage] = [:]
    /// Each cluster's consultants by name in order ("Bo L.", "Erik T."), and the widest name and list among those shown:
    /// worded once, not per frame, since a national programme has over a thousand clusters.
    public private(set) var consultants: [String: [String]] = [:]
    public private(set) var nameWidth = 0
    public private(set) var consultantsWidth = 0

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID, today: Day, names: [String: String]) {
        all = state.clusterSummaries(p, today: today)
        ratings = state.clusterRatings(p)
        // Each cluster's consultants by name in alphabetical order (numbers by value), each name keyed once.
        var keys: [String: (String, String)] = [:]
        for c in all {
            let named = c.consultants.map { h -> (String, String) in
                if let k = keys[h] { return k }
                let name = names[h] ?? state.shortName(h)
                keys[h] = (Collation.key(name), name)
                return keys[h]!
            }
            consultants[c.cluster.id] = named.sorted { $0.0 < $1.0 }.map(\.1)
        }
        show(all)
    }

    private mutating func show(_ list: [ClusterSummary]) {
        shown = list
        nameWidth = list.map(\.cluster.name.displayWidth).max() ?? 0
        consultantsWidth = list.map { NameList.all(consultants[$0.cluster.id] ?? []).displayWidth }.max() ?? 0
    }

    /// By name and id, or a member school's.
    mutating func filter(_ text: String, schools: SchoolsData) {
        guard !text.isEmpty else { show(all); return }
        let hit = schools.matching(text)
        show(all.filter { c in
            let k = Folding.keys(c.cluster.name + " " + c.cluster.id)
            return Folding.matches(text, long: k.long, short: k.short) || c.cluster.members.contains { hit.contains($0) }
        })
    }
}
