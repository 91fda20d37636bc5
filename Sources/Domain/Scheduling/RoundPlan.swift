/// One cluster's part of a whole-round plan: how many meetings it should have in the window, how many were
/// booked there already, and what the plan adds.
public struct ClusterRound: Sendable, Equatable {
    public let cluster: String
    public let wanted: Int
    public let booked: Int
    public let planned: [Meeting]
    /// Meetings that did not fit: no time in the window kept four weeks from the cluster's other meetings
    /// without any conflict.
    public var missing: Int { max(0, wanted - booked - planned.count) }
}

/// Cluster meetings for every cluster of a programme in a window, built around what is booked.
public struct RoundPlan: Sendable, Equatable {
    public let window: ClosedRange<Day>
    public let clusters: [ClusterRound]
    public init(window: ClosedRange<Day>, clusters: [ClusterRound]) { self.window = window; self.clusters = clusters }
    /// Every planned meeting, cluster by cluster.
    public var meetings: [Meeting] { clusters.flatMap(\.planned) }
    public var shortfalls: [ClusterRound] { clusters.filter { $0.missing > 0 } }
}

extension NetworkState {
    /// A whole round: each cluster of the programme gets `perCluster` cluster meetings in the window, counting
    /// those already booked there. The meetings are spread evenly (booked ones take the nearest of the even
    /// targets, new ones go as near the remaining targets as they can), keep four weeks from every other meeting
    /// of their cluster (booked or planned), and have no conflict at all. Picks of earlier clusters count as
    /// booked for later ones, so consultants and schools are never double-booked by the plan itself.
    public func plan(_ programme: ProgrammeID, perCluster: Int, window: ClosedRange<Day>, today: Day, duration: Int = 150,
                     title: String = Meeting.defaultTitle(.cluster)) -> RoundPlan {
        var schedule = Schedule(self)
        var rounds: [ClusterRound] = []
        var nextID = lastNumber(.meeting) + 1
        let lo = max(window.lowerBound, today.adding(days: 1)), hi = window.upperBound
        for cluster in clusters(of: programme) where !activeMembers(cluster).isEmpty {
            let booked = (schedule.clusterMeetings[cluster.id] ?? []).filter { window.contains($0.day) }.map(\.day)
            let n = max(0, perCluster)
            guard lo <= hi, n > 0 else { rounds.append(ClusterRound(cluster: cluster.id, wanted: n, booked: booked.count, planned: [])); continue }
            let span = hi.ordinal - lo.ordinal
            var targets = (0..<n).map { lo.adding(days: span * (2 * $0 + 1) / (2 * n)) }
            // Booked meetings take the targets nearest them.
            for day in booked {
                guard let i = targets.indices.min(by: { abs(targets[$0].ordinal - day.ordinal) < abs(targets[$1].ordinal - day.ordinal) }) else { break }
                targets.remove(at: i)
            }
            var planned: [Meeting] = []
            for target in targets {
                guard var pick = schedule.nearestCleanSlot(cluster, to: target, in: lo...hi, duration: duration, title: title, today: today)
                else { continue }
                pick.id = IDPrefix.meeting.rawValue + pad(nextID, 4)
                nextID += 1
                schedule.add(pick)
                planned.append(pick)
            }
            rounds.append(ClusterRound(cluster: cluster.id, wanted: n, booked: booked.count, planned: planned.sorted { $0.day < $1.day }))
        }
        return RoundPlan(window: window, clusters: rounds)
    }
}

extension Schedule {
    /// The conflict-free time nearest a target day (earlier day first on a tie, then the morning).
    func nearestCleanSlot(_ cluster: Cluster, to target: Day, in window: ClosedRange<Day>, duration: Int, title: String, today: Day) -> Meeting? {
        let who = Who(cluster, self)
        let reach = max(target.ordinal - window.lowerBound.ordinal, window.upperBound.ordinal - target.ordinal)
        for distance in 0...max(0, reach) {
            for day in distance == 0 ? [target] : [target.adding(days: -distance), target.adding(days: distance)]
            where window.contains(day) && day.weekday <= 5 {
                for begin in SlotSearch.starts where begin + duration <= NetworkState.workingHours.upperBound {
                    if let s = slot(cluster, who, day: day, start: begin, duration: duration, title: title, today: today, windowStart: window.lowerBound),
                       s.soft.isEmpty {
                        return s.meeting
                    }
                }
            }
        }
        return nil
    }
}
