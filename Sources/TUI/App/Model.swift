import Domain
import Wording

/// Everything the screen shows, and nothing else. Views are functions of it.
public struct Model: Sendable {
    public internal(set) var state: NetworkState
    public private(set) var events: [Recorded]
    public internal(set) var clock: ClockState
    /// Time travel: the past on screen, if any, and a far jump being worked out on another thread (TimeTravel.swift).
    public var travelling = Travelling()
    public private(set) var programme: ProgrammeID?
    /// The screen shown; the results screen's figures are worked out when it is (Derived.swift).
    public var view: ViewID = .overview {
        didSet { if view == .scorecard { settleScorecard() } }
    }
    public var width: Int
    public var height: Int
    public var session: SessionState
    public var notice: Notice?
    public var text: Catalogue

    public var schools = SchoolsState()
    public var clusters = ClustersState()
    public var matrix = MatrixState()
    public var calendar: CalendarState
    public var caseload = CaseloadState()
    public var overview = OverviewState()
    public var history = HistoryState()
    public var scorecard = ScorecardState()
    public var effects = EffectsState()
    /// The school whose full page is open, and how far it is scrolled.
    public var page: SchoolPageState?
    public var overlay: Overlay?
    public var link = LinkState()
    public var writes = Writes()

    /// Derived from state and programme, kept so keystrokes do not recompute it.
    public internal(set) var derived = Derived()

    /// A model for the moment `now` (a clock's reading, in Denmark's time).
    public init(state: NetworkState, events: [Recorded] = [], now: Timestamp, width: Int, height: Int, user: String,
                logPath: String, language: Language = .standard, keyMap: KeyMap = .defaults) {
        let today = now.danishDay
        self.state = state
        self.events = events
        clock = ClockState(now: now, today: today, shown: today)
        calendar = CalendarState(day: today)
        self.width = width
        self.height = height
        session = SessionState(user: user, logPath: logPath, keyMap: keyMap)
        text = Catalogue(language)
        programme = state.defaultProgramme
        rebuild()
    }

    /// A model for noon on `today`, as tests and the bench pin it.
    public init(state: NetworkState, events: [Recorded] = [], today: Day, width: Int, height: Int, user: String,
                logPath: String, language: Language = .standard, keyMap: KeyMap = .defaults) {
        self.init(state: state, events: events, now: Copenhagen.timestamp(today, minutes: 12 * 60), width: width, height: height,
                  user: user, logPath: logPath, language: language, keyMap: keyMap)
    }

    public var quitting: Bool {
        get { session.quitting }
        set { session.quitting = newValue }
    }

    /// The clock moved on. When the day changes (midnight passed), "today" moves with it; while travelling in
    /// time the shown day stays where it is.
    mutating func tick(_ t: Timestamp) {
        clock.now = t
        let day = t.danishDay
        guard day != clock.today else { return }
        let calendarOnToday = calendar.day == clock.today
        clock.today = day
        if calendarOnToday { calendar.day = day }
        if past == nil { clock.shown = day; rebuild() }
    }

    /// The day shown: today, or the day travelled to.
    public var today: Day {
        get { clock.shown }
        set { clock.shown = newValue }
    }

    /// While travelling in time: the last event shown.
    public var asOfSeq: Int? { past?.seq }

    public mutating func setState(_ s: NetworkState, events e: [Recorded]) {
        let before = events
        events = e
        if let seq = past?.seq {
            past?.present = s
            // The log only grows: the past shown stays as it is unless the history up to it is not the same.
            let shown = before.end(of: seq)
            if e.end(of: seq) != shown || (shown > 0 && e[shown - 1] != before[shown - 1]) {
                let undone = NetworkState.undoneSeqs(in: events)
                state = NetworkState.replayForLookingBack(events.prefix { $0.seq <= seq }, undone: undone)
                past?.undone = undone
            }
        } else {
            state = s
        }
        if programme.map({ state.programmes[$0] == nil }) ?? true { programme = state.defaultProgramme }
        rebuild()
        travelAgainIfAsked()
    }

    /// The same state as the one held, stored once (the log's own fold in place of an equal snapshot's, which held
    /// copies of the history's values): nothing shown changes, so nothing is worked out again.
    mutating func shareState(_ s: NetworkState) {
        if past != nil { past?.present = s } else { state = s }
    }

    public mutating func setProgramme(_ p: ProgrammeID?) {
        programme = p
        schools.cursor = Cursor()
        matrix = MatrixState()
        clusters.cursor = Cursor()
        rebuild()
    }

    /// Recomputes what depends on state, programme, filters and sort; keeps selections on the same items.
    mutating func rebuild() {
        let keepSchool = selectedSchool, keepCaseload = CaseloadView.school(self), keepCluster = selectedCluster?.id
        derived = Derived(state: state, events: events, programme: programme, today: today, user: caseloadPerson, contactWeeks: session.contactWeeks)
        if view == .scorecard { settleScorecard() }
        applySchoolFilter(keeping: keepSchool)
        derived.filterMatrix(matrix)
        derived.filterLists(clusters: clusters.filter, caseload: caseload.filter)
        // The caseload re-ranks after a write, and the cluster list may change: the cursor stays on the same school or
        // cluster, not on the same row, so the next key acts on what the person was looking at.
        caseload.reselect(keepCaseload, among: derived.caseload.shown.map(\.school))
        clusters.reselect(keepCluster, among: derived.clusters.shown.map(\.cluster.id))
        CaseloadView.keepVisible(&self)
        history.rebuild(events, state: state, text: text)
        // What the effect table was computed from changed: it is computed again when it is next shown.
        effects.generation += 1
    }

    /// Applies the matrix's, the clusters' and the caseload's filters again.
    mutating func rebuildFilters() {
        derived.filterMatrix(matrix)
        derived.filterLists(clusters: clusters.filter, caseload: caseload.filter)
    }

    mutating func applySchoolFilter(keeping institution: String? = nil) {
        derived.filterSchools(schools)
        derived.filterScorecard(scorecard, facets: schools.facets, state: state)
        if let institution, let i = derived.schools.visible.firstIndex(where: { derived.schools.rows[$0].institution == institution }) {
            schools.cursor.selected = i
        }
        schools.cursor.keepVisible(count: derived.schools.visible.count, height: listHeight)
    }

    /// The results screen's figures, worked out now if they wait.
    mutating func settleScorecard() {
        guard derived.scorecardPending else { return }
        derived.settleScorecard(scorecard, facets: schools.facets)
        ScorecardView.keepVisible(&self)
    }

    /// Historik, a school's page, or undo or time travel waiting for them: the records behind the snapshot are read
    /// now (until then the dashboard holds only the state, and the records since it opened).
    mutating func noteHistoryNeed() {
        if link.historyReading, view == .history || page != nil || link.waiting != nil { link.historyWanted = true }
    }

    public var isHistorical: Bool { asOfSeq != nil }
    /// Looking back in time, or on the way there (a far jump worked out aside): a write is refused at once, not
    /// after its form was filled in and the past had come.
    public var isLookingBack: Bool { asOfSeq != nil || travelling.request != nil }

    public var selectedSchool: String? {
        let v = derived.schools.visible
        return v.indices.contains(schools.cursor.selected) ? derived.schools.rows[v[schools.cursor.selected]].institution : nil
    }

    public var selectedRow: SchoolRow? {
        let v = derived.schools.visible
        return v.indices.contains(schools.cursor.selected) ? derived.schools.rows[v[schools.cursor.selected]] : nil
    }

    public static let minimumWidth = 80
    public static let minimumHeight = 24
    public var tooSmall: Bool { width < Model.minimumWidth || height < Model.minimumHeight }

    /// Rows a full-height list shows: the body less its frame and heading line.
    var listHeight: Int { max(1, height - 2 - 3) }
}
