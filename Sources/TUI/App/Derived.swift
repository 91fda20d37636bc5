import Wording
import Domain
import Wording

/// Query results a frame needs, computed when the state, programme or filters change, never per key.
public struct Derived: Sendable {
    /// Every school of the programme, with folded search text.
    public private(set) var rows: [SchoolRow] = []
    /// The widest municipality and cluster name among the rows, so their columns are as wide as what they hold.
    public private(set) var widestMunicipality = 0, widestCluster = 0, widestName = 0
    var search = SearchIndex()
    /// Indices into `rows`, filtered and sorted.
    public private(set) var visibleSchools: [Int] = []
    public private(set) var clusters: [ClusterSummary] = []
    /// The clusters the clusters view lists, after its `/` filter.
    public private(set) var shownClusters: [ClusterSummary] = []
    public private(set) var kinds: [InterventionKind] = []
    /// Schools × kinds: the status of each cell, by school row index.
    public private(set) var matrixRows: [Int] = []
    public private(set) var stalled: [Intervention] = []
    public private(set) var upcoming: [Meeting] = []
    /// Past meetings still only booked: not recorded as held, nor cancelled.
    public private(set) var unrecorded: [Meeting] = []
    public private(set) var meetingsByWeek: [Meeting] = []
    /// Each meeting's folded search text (title, place, clusters, schools, consultants), for the calendar's `/`.
    var meetingSearch = SearchIndex()
    public private(set) var caseload: [CaseloadItem] = []
    /// The caseload after its `/` filter.
    public private(set) var shownCaseload: [CaseloadItem] = []
    public private(set) var overdue: [FollowUp] = []
    /// Average of each indicator at each measuring point, in hundredths.
    public private(set) var evaluationAverages: [EvaluationAverage] = []
    /// The average rating of each cluster's own meetings, with its n.
    public private(set) var clusterRatings: [String: RatingAverage] = [:]
    public private(set) var participationCounts: [ParticipationStatus: Int] = [:]
    public private(set) var interventionCounts: [InterventionStatus: Int] = [:]
    public private(set) var regions: [(region: Region, offered: Int, accepted: Int)] = []
    /// Map dots per school: position, participation and the most urgent intervention, as a colour and a mark.
    public private(set) var mapDots: [(lat: Double, lon: Double, participation: Role, intervention: Role,
                                       participationMark: String, interventionMark: String?)] = []
    /// The intervention matrix after its filters, and its column counts.
    public private(set) var matrixVisible: [Int] = []
    public private(set) var matrixCounts: [Int] = []
    var statusesOf: [String: [String: InterventionStatus]] = [:]
    /// All rows in the current sort order, so filtering need not sort again.
    var order: [Int] = []
    var orderKey: (SchoolColumn, Bool)?

    init() {}

    init(state: NetworkState, events: [Recorded], programme: ProgrammeID?, today: Day, user: String, contactWeeks: Int = 6) {
        guard let p = programme else { return }
        rows = state.schoolRows(p)
        widestMunicipality = rows.lazy.map(\.municipality.displayWidth).max() ?? 0
        widestCluster = rows.lazy.map { ($0.cluster ?? "").displayWidth }.max() ?? 0
        widestName = rows.lazy.map(\.name.displayWidth).max() ?? 0
        search = SearchIndex(rows.map { r in
            [r.name, r.institution, r.municipality, r.cluster ?? "", r.consultant ?? "",
             r.consultant.flatMap { state.people[$0]?.fullName } ?? ""].joined(separator: " ")
        })
        clusters = state.clusterSummaries(p, today: today)
        kinds = state.interventionKinds.values.filter { $0.programme == p }
        for i in state.interventions.values where i.key.programme == p {
            statusesOf[i.key.school, default: [:]][i.key.kind] = i.status
        }
        stalled = state.stalledInterventions(p, today: today)
        upcoming = state.upcomingMeetings(p, from: today)
        unrecorded = state.unrecordedMeetings(p, today: today)
        meetingsByWeek = state.meetings.values.filter { $0.programme == p }
            .sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }
        let catalogues = Language.allCases.map(Catalogue.init)
        meetingSearch = SearchIndex(meetingsByWeek.map { m in
            ([m.title, m.location] + catalogues.flatMap { [$0.title(m), $0.location(m)] } + m.clusters.map { state.clusters[$0]?.name ?? $0 } + m.schools.map { state.schools[$0]?.name ?? $0 }
             + m.consultants + m.consultants.map { state.people[$0]?.fullName ?? "" }).joined(separator: " ")
        })
        caseload = state.caseloadItems(p, consultant: user, today: today, contactWeeks: contactWeeks)
        matrixRows = rows.indices.filter { rows[$0].participation == .accepted || statusesOf[rows[$0].institution] != nil }
        overdue = state.overdueFollowUps(p, today: today)
        evaluationAverages = state.evaluationAverages(p)
        clusterRatings = state.clusterRatings(p)
        participationCounts = state.participationCounts(p)
        interventionCounts = state.interventionsByStatus(p)
        regions = state.schoolsPerRegion(p)
        for (i, row) in rows.enumerated() {
            guard let s = state.schools[row.institution], let muni = Municipality.byCode[s.municipality] else { continue }
            // Spread schools of one municipality a little, deterministically.
            let jitter = Double((i * 37) % 7 - 3) * 0.02
            let worst = statusesOf[row.institution]?.values.max { BrailleMap.rank(Role.of($0)) < BrailleMap.rank(Role.of($1)) }
            mapDots.append((muni.latitude + jitter, muni.longitude - jitter, Role.of(row.participation), worst.map(Role.of) ?? .muted,
                            BrailleMap.mark(row.participation), worst.map(Glyphs.letter)))
        }
    }

    /// Filters the clusters by their name and id, or a member school's; the caseload by its schools.
    mutating func filterLists(clusters clusterText: String, caseload caseloadText: String) {
        func schoolsHit(_ text: String) -> Set<String> {
            let hits = search.matches(text)
            return Set(rows.indices.filter { hits[$0] }.map { rows[$0].institution })
        }
        if clusterText.isEmpty { shownClusters = clusters } else {
            let hit = schoolsHit(clusterText)
            shownClusters = clusters.filter { c in
                let k = Folding.keys(c.cluster.name + " " + c.cluster.id)
                return Folding.matches(clusterText, long: k.long, short: k.short) || c.cluster.members.contains { hit.contains($0) }
            }
        }
        if caseloadText.isEmpty { shownCaseload = caseload } else {
            let hit = schoolsHit(caseloadText)
            shownCaseload = caseload.filter { hit.contains($0.school) }
        }
    }

    /// Applies the matrix filters and counts each column once, not per frame.
    mutating func filterMatrix(_ f: MatrixState) {
        let hits = f.filter.isEmpty ? nil : search.matches(f.filter)
        matrixVisible = matrixRows.filter { i in
            if let hits, !hits[i] { return false }
            let s = rows[i].institution
            if let k = f.kind, let st = f.status { return status(s, k) == st }
            if let k = f.kind { return status(s, k) != nil }
            if let st = f.status { return kinds.contains { status(s, $0.id) == st } }
            return true
        }
        matrixCounts = kinds.map { k in matrixVisible.reduce(0) { $0 + (status(rows[$1].institution, k.id) != nil ? 1 : 0) } }
    }

    /// Applies the `/` filter and the facets to the rows in sort order (sorted again only when the sort changes).
    mutating func filterSchools(_ s: SchoolsState, text: Catalogue) {
        if orderKey.map({ $0 != (s.sort, s.descending) }) ?? true {
            order = Derived.sorted(rows, by: s.sort, descending: s.descending)
            orderKey = (s.sort, s.descending)
        }
        let f = s.facets
        let hits = s.filter.isEmpty ? nil : search.cachedMatches(s.filter)
        // Rows are read in place, never copied: a copy of each of 10 000 rows retains every string in it.
        let faceted = f.region != nil || f.participation != nil || f.cluster != nil || f.consultant != nil || f.interventionStatus != nil
        visibleSchools = order.filter { i in
            if let hits, !hits[i] { return false }
            guard faceted else { return true }
            if let region = f.region, rows[i].region != region { return false }
            if let p = f.participation, rows[i].participation != p { return false }
            if let c = f.cluster, rows[i].cluster != c { return false }
            if let c = f.consultant, rows[i].consultant != c { return false }
            if let st = f.interventionStatus, !(statusesOf[rows[i].institution]?.values.contains(st) ?? false) { return false }
            return true
        }
    }

    static func sorted(_ rows: [SchoolRow], by column: SchoolColumn, descending: Bool) -> [Int] {
        let keys: [String] = rows.map { r in
            switch column {
            case .institution: return r.institution
            case .name: return Collation.key(r.name)
            case .municipality: return Collation.key(r.municipality)
            case .cluster: return r.cluster.map(Collation.key) ?? "\u{10FFFF}"
            case .consultant: return r.consultant ?? "\u{10FFFF}"
            case .participation: return String(ParticipationStatus.allCases.firstIndex(of: r.participation)!)
            }
        }
        let names = rows.map { Collation.key($0.name) }
        return rows.indices.sorted { a, b in
            if keys[a] != keys[b] { return descending ? keys[a] > keys[b] : keys[a] < keys[b] }
            return names[a] < names[b]
        }
    }

    func status(_ school: String, _ kind: String) -> InterventionStatus? { statusesOf[school]?[kind] }
}
