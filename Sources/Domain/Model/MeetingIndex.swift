/// Meetings by day and each cluster's cluster meetings, kept beside `meetings` so that a booking's conflicts are
/// found among the meetings of its day instead of all of them. Derived: never packed, rebuilt after unpacking.
public struct MeetingIndex: Sendable, Equatable {
    public private(set) var byDay: [Day: [String]] = [:]
    public private(set) var byCluster: [String: [String]] = [:]

    public init() {}

    mutating func remove(_ m: Meeting) {
        byDay[m.day]?.removeAll { $0 == m.id }
        if byDay[m.day]?.isEmpty == true { byDay[m.day] = nil }
        if m.kind == .cluster { for c in m.clusters { byCluster[c]?.removeAll { $0 == m.id } } }
    }

    mutating func insert(_ m: Meeting) {
        byDay[m.day, default: []].append(m.id)
        if m.kind == .cluster { for c in m.clusters { byCluster[c, default: []].append(m.id) } }
    }
}

extension NetworkState {
    /// The one way a meeting changes: the index follows it.
    mutating func putMeeting(_ id: String, _ new: Meeting?) {
        if let old = meetings[id] { meetingIndex.remove(old) }
        meetings[id] = new
        if let new { meetingIndex.insert(new) }
    }

    mutating func rebuildIndexes() {
        meetingIndex = MeetingIndex()
        for m in meetings.values { meetingIndex.insert(m) }
        rebuildNameIndex()
    }

    /// The meetings of a day, cancelled ones included, in booking order.
    public func meetings(on day: Day) -> [Meeting] { (meetingIndex.byDay[day] ?? []).compactMap { meetings[$0] } }

    /// A cluster's cluster meetings, cancelled ones included.
    public func clusterMeetings(_ cluster: String) -> [Meeting] { (meetingIndex.byCluster[cluster] ?? []).compactMap { meetings[$0] } }
}
