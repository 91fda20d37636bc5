import Domain

/// Query results a frame needs, computed when the state, programme or filters change, never per key.
public struct Derived: Sendable {
    /// Every school of the programme, with folded search text.
    public private(set) var rows: [SchoolRow] = []
    var searchKeys: [(long: String, short: String)] = []
    /// Indices into `rows`, filtered and sorted.
    public private(set) var visibleSchools: [Int] = []
    public private(set) var clusters: [ClusterSummary] = []
    public private(set) var kinds: [InterventionKind] = []
    /// Schools × kinds: the status of each cell, by school row index.
    public private(set) var matrixRows: [Int] = []
    public private(set) var stalled: [Intervention] = []
    public private(set) var upcoming: [Meeting] = []
    public private(set) var meetingsByWeek: [Meeting] = []
    public private(set) var caseload: [CaseloadItem] = []
    var statusesOf: [String: [String: InterventionStatus]] = [:]

    init() {}

    init(state: NetworkState, events: [Recorded], programme: ProgrammeID?, today: Day, user: String) {
        guard let p = programme else { return }
        rows = state.schoolRows(p)
        searchKeys = rows.map { r in
            Folding.keys([r.name, r.institution, r.municipality, r.cluster ?? "", r.consultant ?? "",
                          r.consultant.flatMap { state.people[$0]?.fullName } ?? ""].joined(separator: " "))
        }
        clusters = state.clusterSummaries(p, today: today)
        kinds = state.interventionKinds.values.filter { $0.programme == p }
        for i in state.interventions.values where i.key.programme == p {
            statusesOf[i.key.school, default: [:]][i.key.kind] = i.status
        }
        stalled = state.stalledInterventions(p, today: today)
        upcoming = state.upcomingMeetings(p, from: today)
        meetingsByWeek = state.meetings.values.filter { $0.programme == p }
            .sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }
        caseload = state.caseloadItems(p, consultant: user, today: today)
        matrixRows = rows.indices.filter { rows[$0].participation == .accepted || statusesOf[rows[$0].institution] != nil }
    }

    /// Applies the `/` filter and the facets, then the sort.
    mutating func filterSchools(_ s: SchoolsState, text: Catalogue) {
        let f = s.facets
        var list = rows.indices.filter { i in
            let r = rows[i]
            if let region = f.region, r.region != region { return false }
            if let p = f.participation, r.participation != p { return false }
            if let c = f.cluster, r.cluster != c { return false }
            if let c = f.consultant, r.consultant != c { return false }
            if let st = f.interventionStatus, !(statusesOf[r.institution]?.values.contains(st) ?? false) { return false }
            if !s.filter.isEmpty, !Folding.matches(s.filter, long: searchKeys[i].long, short: searchKeys[i].short) { return false }
            return true
        }
        let key: (SchoolRow) -> String = { r in
            switch s.sort {
            case .institution: return r.institution
            case .name: return r.name
            case .municipality: return r.municipality
            case .cluster: return r.cluster ?? "\u{10FFFF}"
            case .consultant: return r.consultant ?? "\u{10FFFF}"
            case .participation: return String(ParticipationStatus.allCases.firstIndex(of: r.participation)!)
            }
        }
        list.sort { a, b in
            let ka = key(rows[a]), kb = key(rows[b])
            if ka != kb { return s.descending ? ka > kb : ka < kb }
            return rows[a].name < rows[b].name
        }
        visibleSchools = list
    }

    func status(_ school: String, _ kind: String) -> InterventionStatus? { statusesOf[school]?[kind] }
}
