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
    /// Every person's short name, told apart from the others' (`NetworkState.shortNames`): worked out once per state,
    /// as a screen of the history asks it for every row.
    public internal(set) var shortNames: [String: String] = [:]
    /// The widest of those names, for the columns that say them.
    public internal(set) var widestShortName = 0
    /// The results screen's figures: worked out when that screen is shown, or aside after the frame
    /// (`ScorecardMailbox`), not with the rest. At national scale they are most of a first frame and of the frame
    /// after each write, on whatever screen it is.
    public internal(set) var scorecard = ScorecardData()
    /// What the results screen's figures are to be worked out from, while they are not yet.
    private(set) var pendingScorecard: ScorecardInputs?

    init() {}

    init(state: NetworkState, events: [Recorded], programme: ProgrammeID?, today: Day, user: String, contactWeeks: Int = 6) {
        guard let p = programme else { setShortNames(state.shortNames()); return }
        // The screens' figures are independent of each other, so they are worked out on every core: the schools'
        // rows and statuses beside what does not read them, then the rest of the schools list beside those that read
        // only the rows and statuses (the longest part, the schools list, is no longer one piece on one core).
        let parts = Parts()
        DispatchQueue.concurrentPerform(iterations: 6) { i in
            switch i {
            case 0: parts.rows = state.schoolRows(p)
            case 1: parts.statuses = SchoolsData.statuses(state, p)
            case 2:
                // The people's short names beside the rest, as the clusters' consultants are said by them.
                parts.names = state.shortNames()
                parts.clusters = ClustersData(state, p, today: today, names: parts.names)
            case 3: parts.calendar = CalendarData(state, p)
            case 4: parts.indicators = state.indicatorDefinitions(p)
            default: parts.caseload = CaseloadData(state, p, user: user, today: today, contactWeeks: contactWeeks)
            }
        }
        let partial = SchoolsData(rows: parts.rows, statusesOf: parts.statuses)
        parts.schools = partial
        DispatchQueue.concurrentPerform(iterations: 3) { i in
            switch i {
            case 0: parts.schools.finish(state)
            case 1: parts.overview = OverviewData(state, p, today: today, schools: partial)
            default: parts.matrix = MatrixData(state, p, schools: partial)
            }
        }
        let schools = parts.schools
        self.schools = schools
        matrix = parts.matrix; overview = parts.overview; clusters = parts.clusters; setShortNames(parts.names)
        calendar = parts.calendar; caseload = parts.caseload
        // The results screen's indicators are known at once (the overview's panel of them keeps its place), their
        // figures when worked out.
        scorecard = ScorecardData(pending: parts.indicators)
        pendingScorecard = ScorecardInputs(state: state, programme: p, indicators: parts.indicators, schools: schools)
    }

    private mutating func setShortNames(_ names: [String: String]) {
        shortNames = names
        widestShortName = names.values.lazy.map(\.displayWidth).max() ?? 0
    }

    /// Each part written by one worker only, and read after all of them finished.
    private final class Parts: @unchecked Sendable {
        var schools = SchoolsData(), matrix = MatrixData(), overview = OverviewData(), clusters = ClustersData()
        var calendar = CalendarData(), caseload = CaseloadData(), indicators: [IndicatorDefinition] = []
        var rows: [SchoolRow] = [], statuses: [String: [String: InterventionStatus]] = [:], names: [String: String] = [:]
    }

    /// Whether the results screen's figures are still to be worked out (the overview shows «…» for them).
    public var scorecardPending: Bool { pendingScorecard != nil }

    /// Works out the results screen's figures now if they wait (the screen is shown), through its filters.
    mutating func settleScorecard(_ s: ScorecardState, facets: Facets) {
        guard let inputs = pendingScorecard else { return }
        _ = adoptScorecard(inputs.compute(), s, facets: facets)
    }

    /// Figures worked out aside, taken if they are those that wait (not of an older rebuild, nor worked out
    /// already); returns whether they were.
    mutating func adoptScorecard(_ figures: ScorecardFigures, _ s: ScorecardState, facets: Facets) -> Bool {
        guard let inputs = pendingScorecard, inputs.made === figures.made else { return false }
        scorecard = figures.data
        pendingScorecard = nil
        scorecard.filter(s, facets: facets, schools: schools, state: inputs.state)
        return true
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
        guard pendingScorecard == nil else { return }
        scorecard.filter(s, facets: facets, schools: schools, state: state)
    }
}

/// What the results screen's figures are worked out from: values, so that another thread may.
struct ScorecardInputs: Sendable {
    let state: NetworkState
    let programme: ProgrammeID
    let indicators: [IndicatorDefinition]
    let schools: SchoolsData
    /// Tells these inputs from another rebuild's, so that figures worked out aside for an older state are dropped.
    let made = Rebuild()

    func compute() -> ScorecardFigures {
        ScorecardFigures(data: ScorecardData(state, programme, indicators: indicators, schools: schools), made: made)
    }
}

/// One rebuild of the figures, told apart from others by identity.
final class Rebuild: Sendable {}

/// The results screen's figures, and the rebuild they are of.
public struct ScorecardFigures: Sendable {
    let data: ScorecardData
    let made: Rebuild
}

extension Model {
    /// A person's short name as the screens say it, told apart from everyone else's; the handle when unknown.
    func shortName(_ handle: String) -> String { derived.shortNames[handle] ?? state.shortName(handle) }
    /// Who is to do a follow-up: a person the log knows by the short name that tells them apart, else the text as
    /// written («skoleleder»); a handle is never shown for a name.
    func doer(_ who: String) -> String { state.people[who] == nil ? who : shortName(who) }
}
