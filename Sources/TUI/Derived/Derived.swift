import Foundation
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
        let schools = SchoolsData(state, p)
        self.schools = schools
        // The screens' figures are independent of each other, so they are worked out on every core: at national
        // scale this is most of a first frame, and of the frame after each write.
        let parts = Parts()
        DispatchQueue.concurrentPerform(iterations: 6) { i in
            switch i {
            case 0: parts.scorecard = ScorecardData(state, p, schools: schools)
            case 1: parts.matrix = MatrixData(state, p, schools: schools)
            case 2: parts.overview = OverviewData(state, p, today: today, schools: schools)
            case 3: parts.clusters = ClustersData(state, p, today: today)
            case 4: parts.calendar = CalendarData(state, p)
            default: parts.caseload = CaseloadData(state, p, user: user, today: today, contactWeeks: contactWeeks)
            }
        }
        matrix = parts.matrix; overview = parts.overview; clusters = parts.clusters
        calendar = parts.calendar; caseload = parts.caseload; scorecard = parts.scorecard
    }

    /// Each part written by one worker only, and read after all of them finished.
    private final class Parts: @unchecked Sendable {
        var matrix = MatrixData(), overview = OverviewData(), clusters = ClustersData()
        var calendar = CalendarData(), caseload = CaseloadData(), scorecard = ScorecardData()
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
