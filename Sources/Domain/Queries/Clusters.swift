/// A cluster as the cluster view shows it.
public struct ClusterSummary: Sendable, Equatable {
    public let cluster: Cluster
    /// The consultants of its member schools, most schools first.
    public let consultants: [String]
    /// Its latest meeting before today that was not cancelled, and its next booked one.
    public let lastMeeting: Meeting?
    public let nextMeeting: Meeting?
    /// Meetings recorded as held.
    public let meetingsHeld: Int
    /// Past meetings still booked: not recorded as held, nor cancelled.
    public let meetingsUnrecorded: Int
}

extension NetworkState {
    public func clusterSummaries(_ programme: ProgrammeID, today: Day) -> [ClusterSummary] {
        var byCluster: [String: [Meeting]] = [:]
        for m in meetings.values where m.programme == programme && m.status != .cancelled {
            for c in m.clusters { byCluster[c, default: []].append(m) }
        }
        return clusters(of: programme).map { c in
            var counts: [String: Int] = [:]
            for s in activeMembers(c) { if let who = caseload[Enrolment(programme, s)] { counts[who, default: 0] += 1 } }
            let consultants = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            let ms = (byCluster[c.id] ?? []).sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            return ClusterSummary(cluster: c, consultants: consultants, lastMeeting: ms.last { $0.day < today },
                                  nextMeeting: ms.first { $0.day >= today && $0.status == .scheduled },
                                  meetingsHeld: ms.count { $0.status == .held },
                                  meetingsUnrecorded: ms.count { $0.isUnrecorded(on: today) })
        }
    }

    /// A programme's past meetings that are still only booked: neither recorded as held nor cancelled.
    public func unrecordedMeetings(_ programme: ProgrammeID, today: Day) -> [Meeting] {
        meetings.values.filter { $0.programme == programme && $0.isUnrecorded(on: today) }.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
    }
}
