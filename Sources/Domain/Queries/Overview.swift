/// Plain queries over state, for the overview.
extension NetworkState {
    public func participationCounts(_ programme: ProgrammeID) -> [ParticipationStatus: Int] {
        var out: [ParticipationStatus: Int] = [:]
        for (e, p) in participation where e.programme == programme { out[p.status, default: 0] += 1 }
        return out
    }

    /// Schools offered a place, per region, with how many of them take part now.
    public func schoolsPerRegion(_ programme: ProgrammeID) -> [(region: Region, offered: Int, accepted: Int)] {
        var offered: [Int: Int] = [:], accepted: [Int: Int] = [:]
        for (e, p) in participation where e.programme == programme {
            guard let s = schools[e.school], let m = Municipality.byCode[s.municipality] else { continue }
            offered[m.regionCode, default: 0] += 1
            if p.status == .accepted { accepted[m.regionCode, default: 0] += 1 }
        }
        return Region.all.map { ($0, offered[$0.code] ?? 0, accepted[$0.code] ?? 0) }
    }

    public func clusters(of programme: ProgrammeID) -> [Cluster] {
        clusters.values.filter { $0.programme == programme }
    }

    public func interventionsByStatus(_ programme: ProgrammeID) -> [InterventionStatus: Int] {
        var out: [InterventionStatus: Int] = [:]
        for i in interventions.values where i.key.programme == programme { out[i.status, default: 0] += 1 }
        return out
    }

    /// Meetings from `day` on, soonest first, cancelled ones left out.
    public func upcomingMeetings(_ programme: ProgrammeID, from day: Day, limit: Int = .max) -> [Meeting] {
        let list = meetings.values.filter { $0.programme == programme && $0.status == .scheduled && $0.day >= day }
        return Array(list.sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }.prefix(limit))
    }

    /// Planned, started or paused interventions with no update for six weeks: "gået i stå".
    public func stalledInterventions(_ programme: ProgrammeID, today: Day, weeks: Int = 6) -> [Intervention] {
        interventions.values.filter {
            $0.key.programme == programme && $0.status.canStall && today.ordinal - $0.updated.ordinal >= weeks * 7
                && isActive(programme, $0.key.school)
        }.sorted { ($0.updated, $0.key.school, $0.key.kind) < ($1.updated, $1.key.school, $1.key.kind) }
    }
}

extension InterventionStatus {
    /// Still to be carried through: planned, started, anchored or paused.
    public var isOpen: Bool { [.planned, .started, .anchored, .paused].contains(self) }

    /// Can stall: anchored work is everyday practice, and closed work is done.
    public var canStall: Bool { [.planned, .started, .paused].contains(self) }
}
