/// Why a suggested time is good.
public enum SuggestionReason: Sendable, Equatable {
    case freeForEveryone
    case noHolidays
    case weeksSinceLast(Int)
    case firstMeeting
    case host(school: String)
    case travel(consultant: String, minutes: Int)
}

/// A free time for a cluster's meeting, ranked, with its reasons.
public struct Suggestion: Sendable, Equatable {
    public let meeting: Meeting
    public let score: Int
    public let reasons: [SuggestionReason]
    /// Soft conflicts the time still has (none for the best ones).
    public let soft: [Conflict]
}

extension NetworkState {
    /// The first `count` free times for a cluster meeting from `from`, best first: free for everyone, no
    /// holidays, evenly spaced from the last meeting, rotating the host school, short travel for the consultant.
    public func suggestions(cluster id: String, from: Day, weeks: Int = 8, duration: Int = 150, count: Int = 5,
                            today: Day, title: String = "Klyngemøde") -> [Suggestion] {
        guard let cluster = clusters[id], !cluster.members.isEmpty else { return [] }
        let summary = clusterSummaries(cluster.programme, today: today).first { $0.cluster.id == id }
        let consultants = Array(summary?.consultants.prefix(1) ?? [])
        let host = nextHost(cluster)
        let hostName = schools[host]?.name ?? host
        let booked = meetings.values.filter { $0.status == .scheduled && $0.kind == .cluster && $0.clusters.contains(id) }.map(\.day)
        var out: [Suggestion] = []
        let start = max(from, today.adding(days: 1))
        for offset in 0..<(weeks * 7) {
            let day = start.adding(days: offset)
            guard day.weekday <= 5 else { continue }
            var best: Suggestion?
            for begin in [9 * 60, 12 * 60 + 30] where begin + duration <= 16 * 60 {
                let m = Meeting(id: "", programme: cluster.programme, kind: .cluster, title: title, day: day, start: begin, end: begin + duration,
                                clusters: [id], consultants: consultants, location: "Værtsskole: \(hostName)")
                let conflicts = self.conflicts(m, today: today, isNew: true)
                guard !conflicts.contains(where: \.isHard) else { continue }
                var score = 1000 - 300 * conflicts.count
                var reasons: [SuggestionReason] = [.freeForEveryone]
                if !conflicts.contains(where: { if case .publicHoliday = $0 { return true }; if case .schoolHoliday = $0 { return true }; return false }) {
                    reasons.append(.noHolidays)
                }
                // Even spacing: about eight weeks after the previous meeting and before the next.
                if let previous = booked.filter({ $0 < day }).max() {
                    let gap = day.ordinal - previous.ordinal
                    score -= abs(gap - 56) * 2
                    reasons.append(.weeksSinceLast(gap / 7))
                } else {
                    score -= offset
                    reasons.append(.firstMeeting)
                }
                if let next = booked.filter({ $0 > day }).min() { score -= max(0, 56 - (next.ordinal - day.ordinal)) * 2 }
                reasons.append(.host(school: hostName))
                if let c = consultants.first, let minutes = travelFromBase(c, to: m) {
                    score -= minutes / 5
                    reasons.append(.travel(consultant: c, minutes: minutes))
                }
                if day.weekday == 5 { score -= 20 }
                if begin == 9 * 60 { score += 3 }
                let s = Suggestion(meeting: m, score: score, reasons: reasons, soft: conflicts)
                if best.map({ s.score > $0.score }) ?? true { best = s }
            }
            if let best { out.append(best) }
        }
        return Array(out.sorted { ($0.score, -$0.meeting.day.ordinal) > ($1.score, -$1.meeting.day.ordinal) }.prefix(count))
    }

    /// The member that hosted longest ago (or never), so the host rotates.
    public func nextHost(_ cluster: Cluster) -> String {
        var lastHosted: [String: Day] = [:]
        for m in meetings.values where m.clusters.contains(cluster.id) && m.status == .scheduled {
            for s in cluster.members where m.location.contains(schools[s]?.name ?? "\u{0}") { lastHosted[s] = max(lastHosted[s] ?? m.day, m.day) }
        }
        return cluster.members.min { (lastHosted[$0]?.ordinal ?? Int.min, $0) < (lastHosted[$1]?.ordinal ?? Int.min, $1) } ?? cluster.members[0]
    }

    /// Minutes from a consultant's base to a meeting.
    func travelFromBase(_ consultant: String, to m: Meeting) -> Int? {
        guard let base = people[consultant]?.base, let home = Municipality.named(base), let here = position(m) else { return nil }
        return Geo.travelMinutes((home.latitude, home.longitude), here)
    }

    /// A whole plan: `perCluster` meetings for every cluster of a programme between two dates, evenly spread,
    /// with no hard conflicts with each other or with what is booked.
    public func plan(_ programme: ProgrammeID, perCluster: Int, from: Day, to: Day, today: Day) -> [Meeting] {
        var scratch = self
        var out: [Meeting] = []
        let span = max(perCluster, to.ordinal - from.ordinal)
        for c in clusters(of: programme) where !c.members.isEmpty {
            for k in 0..<perCluster {
                let segmentStart = from.adding(days: span * k / perCluster)
                let weeks = max(1, span / perCluster / 7)
                guard var pick = scratch.suggestions(cluster: c.id, from: segmentStart, weeks: weeks, count: 1, today: today).first?.meeting else { continue }
                pick.id = scratch.nextID("M")
                scratch.apply(.meetingScheduled(pick))
                scratch.count("M", pick.id)
                out.append(pick)
            }
        }
        return out
    }
}
