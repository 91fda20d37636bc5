import Domain
import Wording

/// Query results a frame needs, by screen, computed when the state, programme or filters change, never per key.
/// The figures come from Domain's queries (`Domain/Queries`), which the report uses too.
public struct Derived: Sendable {
    public internal(set) var schools = SchoolsData()
    public internal(set) var overview = OverviewData()
    public internal(set) var clusters = ClustersData()
    public internal(set) var matrix = MatrixData()
    public internal(set) var calendar = CalendarData()
    public internal(set) var caseload = CaseloadData()
    public internal(set) var scorecard = ScorecardData()

    init() {}

    init(state: NetworkState, events: [Recorded], programme: ProgrammeID?, today: Day, user: String, contactWeeks: Int = 6) {
        guard let p = programme else { return }
        schools = SchoolsData(state, p)
        matrix = MatrixData(state, p, schools: schools)
        overview = OverviewData(state, p, today: today, schools: schools)
        clusters = ClustersData(state, p, today: today)
        calendar = CalendarData(state, p)
        caseload = CaseloadData(state, p, user: user, today: today, contactWeeks: contactWeeks)
        scorecard = ScorecardData(state, p, schools: schools)
    }

    /// Filters the clusters by their name and id, or a member school's; the caseload by its schools.
    mutating func filterLists(clusters clusterText: String, caseload caseloadText: String) {
        clusters.filter(clusterText, schools: schools)
        caseload.filter(caseloadText, schools: schools)
    }

    /// Applies the matrix filters and counts each column once, not per frame.
    mutating func filterMatrix(_ f: MatrixState) { matrix.filter(f, schools: schools) }

    /// Applies the `/` filter and the facets to the rows in sort order.
    mutating func filterSchools(_ s: SchoolsState) { schools.filter(s) }

    /// The results screen's rows: the schools list's facets, its own `/` filter and sort.
    mutating func filterScorecard(_ s: ScorecardState, facets: Facets, state: NetworkState) {
        scorecard.filter(s, facets: facets, schools: schools, state: state)
    }
}
