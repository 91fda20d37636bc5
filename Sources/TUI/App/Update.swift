import Domain
import Wording

/// What can happen to the model.
public enum Msg: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case stateChanged(NetworkState, [Recorded])
    /// An equal state stored once: the log's own fold took the place of the snapshot's (SnapshotAudit.swift).
    case stateShared(NetworkState)
    /// The loop read the log: it worked, it failed, or the shared log's server cannot be reached (offline).
    case synced(ok: Bool, at: Timestamp, offline: Bool = false)
    case notice(Notice)
    /// The commands the loop took from the outbox were written as these records.
    case written([Recorded])
    /// They were not: the form or list they came from comes back, with what was typed in it.
    case writeFailed(Problem)
    /// The clock's reading, sent by the loop on every turn.
    case tick(Timestamp)
    /// The Effekt table, computed off the keystroke path for the request it names.
    case effectsComputed(EffectTable)
    /// The records a snapshot stood in for are still to be read (true), or have been (false).
    case historyReading(Bool)
    /// Historik's filter index, built on another thread for a large history.
    case historySearched(HistorySearch)
    /// A far jump in time, worked out on another thread.
    case travelled(TravelOutcome)
    /// The results screen's figures, worked out on another thread after a frame that did not show them.
    case scorecardComputed(ScorecardFigures)
}

public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}

/// The one place the model changes.
public func update(_ model: inout Model, _ msg: Msg) {
    defer { model.refreshPage(); model.noteHistoryNeed() }
    switch msg {
    case .resize(let w, let h):
        model.width = w; model.height = h
        model.keepCursorsVisible()
    case .stateChanged(let s, let events):
        model.setState(s, events: events)
    case .stateShared(let s):
        model.shareState(s)
    case .synced(let ok, let at, let offline):
        if ok, model.link.offline { model.notice = .reconnected }
        model.link.failed = !ok
        model.link.offline = offline
        model.link.lastSync = at
    case .written(let records):
        model.writes.sentFrom = nil
        model.notice = .saved(records)
    case .writeFailed(let problem):
        model.notice = .refused(problem)
        if var back = model.writes.sentFrom {
            if case .form(var f) = back { f.error = model.text(.refused, model.words(problem)); back = .form(f) }
            model.overlay = back
        }
        model.writes.sentFrom = nil
    case .notice(let n):
        model.notice = n
    case .tick(let t):
        model.tick(t)
    case .historyReading(let reading):
        model.link.historyReading = reading
        if !reading { model.link.historyWanted = false }
        // What was asked while they were read, if it still may be: the log read, no write waiting to be sent.
        if !reading, let action = model.link.waiting {
            model.link.waiting = nil
            if !model.link.failed, model.writes.outbox.isEmpty { model.notice = nil; perform(action, &model) }
        }
    case .travelled(let outcome):
        model.travelled(outcome)
    case .scorecardComputed(let figures):
        if model.derived.adoptScorecard(figures, model.scorecard, facets: model.schools.facets) { ScorecardView.keepVisible(&model) }
    case .historySearched(let built):
        model.history.adopt(built, model.events, state: model.state, text: model.text)
    case .effectsComputed(let table):
        // A table for an older state or other options is dropped; the screen asks again.
        if table.request.generation == model.effects.generation { model.effects.table = table }
        EffectsView.keepVisible(&model)
    case .mouse(let m):
        model.link.waiting = nil
        handleMouse(m, &model)
    case .key(let key):
        // A screen too small to show anything answers only to quit; resizing comes as its own message.
        if model.tooSmall {
            if model.session.keyMap.action(for: key) == .quit || key == .ctrl("c") { model.quitting = true }
            return
        }
        model.notice = nil
        model.link.waiting = nil
        if model.overlay != nil {
            handleOverlayKey(key, &model)
            return
        }
        guard let action = model.session.keyMap.action(for: key) else { return }
        perform(action, &model)
    }
}

func perform(_ action: Action, _ m: inout Model) {
    // Time travel reads every record, and undo names the records it undoes: asked before those behind a snapshot
    // are read, they wait for them (undo only when it names one of them, not the person's writes since opening).
    if m.link.historyReading, [.undo, .dayBack, .dayForward, .weekBack, .weekForward, .toEvent].contains(action),
       action != .undo || m.undoNamesHistory {
        m.link.waiting = action
        m.notice = .historyReading
        return
    }
    // What the screen on view makes of the key comes first; not while a school's page covers it, whose keys act on
    // that school (a list's keys there would change what cannot be seen).
    if m.page == nil, m.view.screen.perform(action, &m) { return }
    if let v = action.view { m.show(v); return }
    switch action {
    case .quit: m.quitting = true
    case .help: m.overlay = .help(HelpDialog())
    case .palette: m.overlay = .palette(PaletteDialog())
    case .nextView, .previousView:
        let all = ViewID.allCases
        m.show(all[(m.view.rawValue + (action == .nextView ? 1 : all.count - 1)) % all.count])
    case .up: m.moveCursor(by: -1)
    case .down: m.moveCursor(by: 1)
    case .pageUp: m.moveCursor(by: -m.listHeight)
    case .pageDown: m.moveCursor(by: m.listHeight)
    case .top: m.moveCursor(by: -Int.max / 2)
    case .bottom: m.moveCursor(by: Int.max / 2)
    case .open: m.open()
    case .back:
        if m.page != nil { m.page = nil } else if m.view != .overview { m.show(.overview) }
    case .filter:
        // Each list filters in place; a view without one (the overview, a school's page) filters the schools.
        if m.page != nil || m.view.screen.filterText(m) == nil { m.show(.schools) }
        m.overlay = .filter(FilterLine())
    case .facets:
        if m.view != .schools { m.show(.schools) }
        m.overlay = .facets(FacetsDialog())
    case .clearFilters:
        for v in ViewID.allCases { v.screen.clearFilters(&m) }
        m.rebuild()
    case .nextProgramme:
        let ids = Array(m.state.programmes.keys)
        guard !ids.isEmpty else { return }
        let i = m.programme.flatMap { ids.firstIndex(of: $0) } ?? -1
        m.setProgramme(ids[(i + 1) % ids.count])
    case .recordContact, .participation, .evaluation:
        guard let school = m.page?.school ?? m.currentSchool else { m.notice = .noSchoolSelected; return }
        guard action == .participation ? m.mayStart(.coordinate) : m.mayRecord(for: school) else { return }
        switch action {
        case .recordContact: m.overlay = .form(m.contactForm(for: school))
        case .participation: m.overlay = .pickParticipation(PickParticipationDialog(school: school))
        default: m.overlay = .form(m.evaluationForm(for: school))
        }
    case .undo: m.askUndo()
    case .followUpDone, .moveFollowUp: m.startFollowUp(move: action == .moveFollowUp)
    // The matrix takes `i` for its selected cell; elsewhere the selected school's interventions are listed.
    case .interventionStatus: m.startInterventionStatus()
    case .suggest:
        guard let cluster = m.suggestionCluster else { m.notice = .noClusterSelected; return }
        guard m.mayStart(.coordinate) else { return }
        m.overlay = .suggestions(SuggestionsDialog(list: m.suggestionList(cluster)))
    case .defineIndicator, .changeIndicator:
        guard m.programme != nil, m.mayStart(.coordinate) else { return }
        if action == .changeIndicator {
            let data = m.derived.scorecard
            guard m.view == .scorecard, data.indicators.indices.contains(m.scorecard.indicator),
                  data.indicators[m.scorecard.indicator].periodKind != .point else {
                m.notice = .noIndicatorShown; return
            }
            m.overlay = .form(IndicatorSpec.make(data.indicators[m.scorecard.indicator], m.text))
        } else {
            m.overlay = .form(IndicatorSpec.make(nil, m.text))
        }
    case .newMeeting, .suggestClusters, .planRound, .newCluster:
        guard let p = m.programme, m.mayStart(.coordinate) else { return }
        switch action {
        case .newMeeting: m.overlay = .form(m.newMeetingForm())
        case .suggestClusters: m.overlay = .compositions(CompositionsDialog(list: m.state.compositions(p)))
        case .planRound: m.overlay = .plan(PlanDialog(plan: m.roundPlan(4)))
        default: m.overlay = .form(CreateClusterSpec.make(id: CreateClusterSpec.nextID(in: m.state, programme: p)))
        }
    case .dayBack: m.travel(days: -1)
    case .dayForward: m.travel(days: 1)
    case .weekBack: m.travel(days: -7)
    case .weekForward: m.travel(days: 7)
    case .now: m.travel(to: nil)
    case .renameCluster:
        guard let c = m.selectedCluster else { m.notice = .noClusterSelected; return }
        guard m.mayStart(.coordinate) else { return }
        m.overlay = .form(RenameClusterSpec.make(c))
    case .moveSchool:
        guard let school = m.schoolForMove else { m.notice = .noSchoolSelected; return }
        guard m.mayStart(.coordinate) else { return }
        m.overlay = .pickCluster(PickClusterDialog(school: school))
    // Keys that mean something only on another screen; the screens' own keys were taken above.
    case .overview, .schools, .clusters, .interventions, .calendar, .caseload, .history, .scorecard, .effects, .toggleComparison, .toggleBase, .left, .right, .switchPane, .sort, .reverseSort, .mapColouring, .historyByActor, .historyBySchool, .toEvent,
         .rateMeeting, .today, .calendarMode, .moveMeeting, .cancelMeeting, .meetingHeld:
        break
    }
}
