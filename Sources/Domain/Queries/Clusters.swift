/// A cluster as the cluster view shows it.
public struct ClusterSummary: Sendable, Equatable {
    public let cluster: Cluster
    /// The consultants of its member schools, most schools first.
    public let consultants: [String]
    public let lastMeeting: Meeting?
    public let nextMeeting: Meeting?
    public let meetingsHeld: Int
}

extension NetworkState {
    public func clusterSummaries(_ programme: ProgrammeID, today: Day) -> [ClusterSummary] {
        var byCluster: [String: [Meeting]] = [:]
        for m in meetings.values where m.programme == programme && m.status == .scheduled {
            for c in m.clusters { byCluster[c, default: []].append(m) }
        }
        return clusters(of: programme).map { c in
            var counts: [String: Int] = [:]
            for s in c.members { if let who = caseload[Enrolment(programme, s)] { counts[who, default: 0] += 1 } }
            let consultants = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            let ms = (byCluster[c.id] ?? []).sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            let past = ms.filter { $0.day < today }
            return ClusterSummary(cluster: c, consultants: consultants, lastMeeting: past.last,
                                  nextMeeting: ms.first { $0.day >= today }, meetingsHeld: past.count)
        }
    }
}
