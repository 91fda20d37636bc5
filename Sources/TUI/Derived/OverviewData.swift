import Domain
import Wording

/// The overview's panels: counts by participation and status, regions, the map, stalled interventions, meetings
/// and overdue follow-ups (each indicator's mean with its n is the results screen's `ScorecardData`, computed once).
public struct OverviewData: Sendable {
    public private(set) var stalled: [Intervention] = []
    public private(set) var upcoming: [Meeting] = []
    /// Past meetings still only booked: not recorded as held, nor cancelled.
    public private(set) var unrecorded: [Meeting] = []
    /// The oldest overdue follow-ups (as many as any screen has rows for), and how many there are in all.
    public private(set) var overdue: [FollowUp] = []
    public private(set) var overdueCount = 0
    public private(set) var participationCounts: [ParticipationStatus: Int] = [:]
    public private(set) var interventionCounts: [InterventionStatus: Int] = [:]
    public private(set) var regions: [(region: Region, offered: Int, accepted: Int)] = []
    /// Map dots per school: position, participation and the most urgent intervention, as a colour and a mark.
    public private(set) var mapDots: [(lat: Double, lon: Double, participation: Role, intervention: Role,
                                       participationMark: String, interventionMark: String?)] = []

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID, today: Day, schools: SchoolsData) {
        stalled = state.stalledInterventions(p, today: today)
        upcoming = state.upcomingMeetings(p, from: today)
        unrecorded = state.unrecordedMeetings(p, today: today)
        (overdueCount, overdue) = state.overdueFollowUps(p, today: today, first: 200)
        participationCounts = state.participationCounts(p)
        interventionCounts = state.interventionsByStatus(p)
        regions = state.schoolsPerRegion(p)
        for (i, row) in schools.rows.enumerated() {
            guard let s = state.schools[row.institution], let muni = Municipality.byCode[s.municipality] else { continue }
            // Spread schools of one municipality a little, deterministically.
            let jitter = Double((i * 37) % 7 - 3) * 0.02
            let worst = schools.statusesOf[row.institution]?.values.max { BrailleMap.rank(Role.of($0)) < BrailleMap.rank(Role.of($1)) }
            mapDots.append((muni.latitude + jitter, muni.longitude - jitter, Role.of(row.participation), worst.map(Role.of) ?? .muted,
                            BrailleMap.mark(row.participation), worst.map(Glyphs.letter)))
        }
    }
}
