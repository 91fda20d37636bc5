import Domain
import Wording

/// What every screen with a list keeps: its cursor and its `/` filter.
public protocol ListState: Sendable {
    var cursor: Cursor { get set }
    /// The `/` filter's text ("" shows every row).
    var filter: String { get set }
}

extension ListState {
    /// Puts the cursor back on the row that shows `id`, if it is still shown: after a write re-ranks or
    /// re-filters the list, the next key acts on the same thing, not on the same row number.
    mutating func reselect<ID: Equatable>(_ id: ID?, among ids: [ID]) {
        if let id, let i = ids.firstIndex(of: id) { cursor.selected = i }
    }
}

/// The schools table: selection, sort, the `/` filter and the facet filters.
public struct SchoolsState: ListState, Equatable {
    public var cursor = Cursor()
    public var sort: SchoolColumn = .name
    public var descending = false
    public var filter = ""
    public var facets = Facets()
}

public enum SchoolColumn: Int, CaseIterable, Sendable {
    case institution, name, municipality, cluster, consultant, participation

    var title: SharedText {
        switch self {
        case .institution: return .colInstitution
        case .name: return .colName
        case .municipality: return .colMunicipality
        case .cluster: return .colCluster
        case .consultant: return .colConsultant
        case .participation: return .colParticipation
        }
    }
}

/// Facet filters: each nil means "all".
public struct Facets: Sendable, Equatable {
    public var region: String?
    public var participation: ParticipationStatus?
    public var cluster: String?
    public var consultant: String?
    public var interventionStatus: InterventionStatus?
    /// Schools that run (or ran) this intervention kind, by its id.
    public var interventionKind: String?

    public var isEmpty: Bool { self == Facets() }
}

public enum FacetKind: Int, CaseIterable, Sendable {
    case region, participation, cluster, consultant, interventionKind, interventionStatus
}

/// The results screen: the indicator shown, the sort, the selection and its own `/` filter (the facets are the
/// schools list's, so both lists show the same schools).
public struct ScorecardState: ListState, Equatable {
    public var cursor = Cursor()
    public var filter = ""
    /// The indicator shown, by its place among the programme's.
    public var indicator = 0
    public var sort: ScoreColumn = .improvement
    public var descending = true
}

public enum ScoreColumn: Int, CaseIterable, Sendable {
    case name, latest, baseline, improvement, target, pupils

    var title: SharedText {
        switch self {
        case .name: return .colSchool
        case .latest: return .colLatest
        case .baseline: return .colBaseline
        case .improvement: return .colImprovement
        case .target: return .colTarget
        case .pupils: return .colPupils
        }
    }
}

/// The clusters screen: the list of clusters, the selected cluster's members, and which pane has the keys.
public struct ClustersState: ListState, Equatable {
    public var cursor = Cursor()
    public var filter = ""
    public var members = Cursor()
    public var membersFocused = false
}

/// The caseload: the ranked list of one consultant's schools.
public struct CaseloadState: ListState, Equatable {
    public var cursor = Cursor()
    public var filter = ""
    /// Whose caseload is shown (`a` picks it): nil for the user's own.
    public var person: String?
}

/// A school's full page: which school, and how far it is scrolled.
public struct SchoolPageState: Sendable, Equatable {
    public var school: String
    public var scroll = 0
    /// The page's lines and what they were worked out from (SchoolPage.swift): worked out again when that changes,
    /// never per key, as a page reads every record and contact of the network.
    var cache: SchoolPageCache?
    public init(_ school: String) { self.school = school }
    public static func == (a: Self, b: Self) -> Bool { a.school == b.school && a.scroll == b.scroll }
}

/// The overview: how the map is coloured.
public struct OverviewState: Sendable, Equatable {
    public var mapByIntervention = false
}

/// The calendar: month, week or list, the day in focus, which of its meetings is picked, what it shows.
public struct CalendarState: ListState, Equatable {
    /// The list mode's cursor.
    public var cursor = Cursor()
    /// The `/` filter: meetings whose title, kind, clusters, schools, consultants or place match.
    public var filter = ""
    public var mode = CalendarMode.month
    public var day: Day
    /// Which of the selected day's meetings is selected.
    public var pick = 0
    /// Every meeting, or one kind's, one consultant's or one cluster's.
    public var scope = CalendarFilter.all

    public init(day: Day) { self.day = day }
}

/// The intervention matrix: a cell cursor and filters by kind and status.
public struct MatrixState: ListState, Equatable {
    public var cursor = Cursor()
    public var column = 0
    public var kind: String?
    public var status: InterventionStatus?
    /// The `/` filter: schools whose name, number, municipality, cluster or consultant match.
    public var filter = ""
}

/// The history list and its filters.
public struct HistoryState: ListState {
    public var cursor = Cursor()
    public var actor: String?
    public var school: String?
    public var type: EventType?
    /// The `/` filter: events whose sentence or writer match.
    public var filter = ""
    /// Indices into the events, newest first, after filtering.
    public private(set) var visible: [Int] = []
    /// Each event's writer and sentence, folded, built the first time `/` is used on these events and this state.
    private var search: HistorySearch?
    /// What the last rebuild did with the filter's index (for tests).
    private(set) var searchUpdate: HistorySearch.Update?
    /// A large history's index is being built on another thread (wording a million records takes seconds): until it
    /// comes, the list shows nothing and says it is searching. Up to `inlineLimit` records it is built at once.
    public private(set) var searching = false
    var inlineLimit = 100_000
    /// What the loop builds the index from, while `searching`.
    public private(set) var searchRequest: SearchRequest?

    mutating func rebuild(_ events: [Recorded], state: NetworkState, text: Catalogue) {
        let clusters = school.map { s in Set(state.clusterOf.filter { $0.key.school == s }.map(\.value)) } ?? []
        let query = filter.trimmingCharacters(in: .whitespaces)
        searching = false
        searchRequest = nil
        if query.isEmpty {
            searchUpdate = nil
        } else if events.count > inlineLimit, HistorySearch.wouldBuild(search, events, state: state, language: text.language) {
            // The old index goes: the one being built replaces it (at a million records it is a hundred megabytes).
            search = nil
            searchUpdate = nil
            searching = true
            searchRequest = SearchRequest(events: events, state: state, text: text)
        } else {
            searchUpdate = HistorySearch.update(&search, events, state: state, text: text)
        }
        let hits = query.isEmpty || searching ? nil : search?.index.cachedMatches(query)
        // Records are read in place, never copied: copying each of a million retains every string in it.
        visible = searching ? [] : events.indices.reversed().filter { i in
            if let hits, !hits[i] { return false }
            if let actor, events[i].actor != actor { return false }
            if let type, events[i].event.type != type { return false }
            if let school, !events[i].event.schools.contains(school), !events[i].event.concerns(clusters: clusters) { return false }
            return true
        }
        cursor.selected = min(cursor.selected, max(0, visible.count - 1))
    }

    /// Takes an index built on another thread, if it is of these records, this state and language (it is dropped if
    /// the log or the language moved on meanwhile: the rebuild then asked for another). The filter then applies; one
    /// cleared meanwhile finds it ready when typed again.
    mutating func adopt(_ built: HistorySearch, _ events: [Recorded], state: NetworkState, text: Catalogue) {
        guard built.covers(events, state: state, language: text.language) else { return }
        search = built
        guard searching else { return }
        rebuild(events, state: state, text: text)
        searchUpdate = .built
    }
}

extension Event {
    /// Whether a cluster event concerns one of these clusters (for a school's history).
    func concerns(clusters: Set<String>) -> Bool {
        switch self {
        case .clusterFormed(let id, _, _, _), .clusterRenamed(let id, _): return clusters.contains(id)
        case .meetingScheduled(let m): return m.clusters.contains(where: clusters.contains)
        // A placement concerns the school placed, not the cluster's other schools; the rest name no cluster.
        case .schoolPlaced, .programmeDefined, .schoolRegistered, .schoolUpdated, .participationSet, .personRegistered,
             .personUpdated, .consultantAssigned, .interventionKindDefined, .interventionStatusSet, .meetingMoved,
             .meetingCancelled, .meetingHeld, .contactRecorded, .followUpAgreed, .followUpDone, .followUpMoved,
             .evaluationRecorded, .feedbackGiven, .indicatorDefined, .indicatorChanged, .measurementRecorded,
             .measurementCorrected, .undone:
            return false
        }
    }
}

public enum CalendarMode: Int, CaseIterable, Sendable { case month, week, list }

/// What the calendar shows: every meeting, or one kind, one consultant's or one cluster's.
public enum CalendarFilter: Sendable, Equatable {
    case all
    case kind(MeetingKind)
    case consultant(String)
    case cluster(String)

    public func admits(_ m: Meeting) -> Bool {
        switch self {
        case .all: return true
        case .kind(let k): return m.kind == k
        case .consultant(let c): return m.consultants.contains(c)
        case .cluster(let c): return m.clusters.contains(c)
        }
    }
}
