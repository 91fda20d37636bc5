import Domain
import Wording

/// What can happen to the model.
public enum Msg: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case stateChanged(NetworkState, [Recorded])
    case synced(ok: Bool, at: Timestamp)
    case notice(Notice)
    /// The clock's reading, sent by the loop on every turn.
    case tick(Timestamp)
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
    switch msg {
    case .resize(let w, let h):
        model.width = w; model.height = h
        model.keepCursorsVisible()
    case .stateChanged(let s, let events):
        model.setState(s, events: events)
    case .synced(let ok, let at):
        model.syncError = !ok
        model.lastSync = at
    case .notice(let n):
        model.notice = n
    case .tick(let t):
        model.tick(t)
    case .mouse(let m):
        handleMouse(m, &model)
    case .key(let key):
        model.notice = nil
        if model.overlay != nil {
            handleOverlayKey(key, &model)
            return
        }
        guard let action = model.keyMap.action(for: key) else { return }
        perform(action, &model)
    }
}

func perform(_ action: Action, _ m: inout Model) {
    switch action {
    case .quit: m.quitting = true
    case .help: m.overlay = .help(query: "", scroll: 0)
    case .palette: m.overlay = .palette(TextInput())
    case .overview, .schools, .clusters, .interventions, .calendar, .caseload, .history:
        m.show(ViewID.allCases[["overview", "schools", "clusters", "interventions", "calendar", "caseload", "history"].firstIndex(of: action.rawValue)!])
    case .nextView, .previousView:
        let all = ViewID.allCases
        m.show(all[(m.view.rawValue + (action == .nextView ? 1 : all.count - 1)) % all.count])
    case .up: m.moveCursor(by: -1)
    case .down: m.moveCursor(by: 1)
    case .pageUp: m.moveCursor(by: -m.listHeight)
    case .pageDown: m.moveCursor(by: m.listHeight)
    case .top: m.moveCursor(by: -Int.max / 2)
    case .bottom: m.moveCursor(by: Int.max / 2)
    case .left, .right:
        if m.view == .calendar, m.calendarMode != .list { m.moveCalendar(days: action == .left ? -1 : 1); return }
        if m.view == .interventions {
            let n = m.derived.kinds.count
            m.matrix.column = max(0, min(n - 1, m.matrix.column + (action == .left ? -1 : 1)))
        }
    case .open: m.open()
    case .back:
        if m.page != nil { m.page = nil; m.pageScroll = 0 } else if m.view != .overview { m.show(.overview) }
    case .switchPane:
        if m.view == .calendar { m.calendarPick += 1 } else { m.clusterPaneFocused.toggle() }
    case .filter:
        if m.view != .schools { m.show(.schools) }
        m.overlay = .filter
    case .sort:
        guard m.view == .schools else { return }
        m.schools.sort = SchoolColumn.allCases[(m.schools.sort.rawValue + 1) % SchoolColumn.allCases.count]
        m.applySchoolFilter(keeping: m.selectedSchool)
    case .reverseSort:
        guard m.view == .schools else { return }
        m.schools.descending.toggle()
        m.applySchoolFilter(keeping: m.selectedSchool)
    case .facets:
        if m.view == .history || m.view == .interventions { m.cycleFacet(); return }
        if m.view == .calendar { m.overlay = .calendarFilter(Cursor()); return }
        if m.view != .schools { m.show(.schools) }
        m.overlay = .facets(Cursor())
    case .clearFilters:
        m.schools.filter = ""; m.schools.facets = Facets()
        m.matrix.kind = nil; m.matrix.status = nil
        m.history.actor = nil; m.history.school = nil; m.history.type = nil
        m.rebuild()
    case .mapColouring: m.mapByIntervention.toggle()
    case .nextProgramme:
        let ids = Array(m.state.programmes.keys)
        guard !ids.isEmpty else { return }
        let i = m.programme.flatMap { ids.firstIndex(of: $0) } ?? -1
        m.setProgramme(ids[(i + 1) % ids.count])
    case .historyByActor, .historyBySchool:
        guard m.view == .history else { return }
        let selected = m.history.visible.indices.contains(m.history.cursor.selected) ? m.events[m.history.visible[m.history.cursor.selected]] : nil
        if action == .historyByActor {
            m.history.actor = m.history.actor == nil ? selected?.actor : nil
        } else {
            m.history.school = m.history.school == nil ? selected?.event.schools.first : nil
        }
        m.history.cursor = Cursor()
        m.history.rebuild(m.events, state: m.state, text: m.text)
    case .recordContact:
        guard let school = m.page ?? m.currentSchool else { m.notice = .noSchoolSelected; return }
        m.overlay = .form(m.contactForm(for: school))
    case .interventionStatus:
        guard m.view == .interventions, let p = m.programme, m.matrixRows.indices.contains(m.matrix.cursor.selected),
              m.derived.kinds.indices.contains(m.matrix.column) else { return }
        let key = InterventionKey(p, m.derived.rows[m.matrixRows[m.matrix.cursor.selected]].institution, m.derived.kinds[m.matrix.column].id)
        if m.statusOptions(key).isEmpty { m.notice = .noTransitions; return }
        m.overlay = .pickStatus(key, Cursor())
    case .participation:
        guard let school = m.page ?? m.currentSchool else { m.notice = .noSchoolSelected; return }
        m.overlay = .pickParticipation(school: school, Cursor())
    case .evaluation:
        guard let school = m.page ?? m.currentSchool else { m.notice = .noSchoolSelected; return }
        m.overlay = .form(m.evaluationForm(for: school))
    case .rateMeeting:
        guard m.view == .calendar, let meeting = m.selectedMeeting else { return }
        m.overlay = .form(m.rateForm(meeting.id))
    case .undo: m.askUndo()
    case .today:
        m.calendarDay = m.realToday; m.calendarPick = 0; m.syncCalendarList()
    case .calendarMode:
        m.calendarMode = CalendarMode.allCases[(m.calendarMode.rawValue + 1) % CalendarMode.allCases.count]
        m.syncCalendarList()
    case .suggest:
        guard let cluster = m.suggestionCluster else { m.notice = .noClusterSelected; return }
        m.overlay = .suggestions(m.suggestionList(cluster), Cursor())
    case .newMeeting:
        guard m.programme != nil else { return }
        m.overlay = .form(m.newMeetingForm())
    case .suggestClusters:
        guard m.programme != nil else { return }
        m.overlay = .compositions(m.programme.map { m.state.compositions($0) } ?? [], Cursor())
    case .planRound:
        guard m.programme != nil else { return }
        m.overlay = .plan(m.roundPlan(4), Cursor())
    case .moveMeeting:
        guard m.view == .calendar, let meeting = m.selectedMeeting else { return }
        m.overlay = .form(m.moveMeetingForm(meeting))
    case .cancelMeeting:
        guard m.view == .calendar, let meeting = m.selectedMeeting else { return }
        m.overlay = .form(m.cancelMeetingForm(meeting))
    case .meetingHeld:
        guard m.view == .calendar, let meeting = m.selectedMeeting else { return }
        m.overlay = .confirm(Confirmation(question: m.text(.confirmGeneric, m.text(.keyMeetingHeld) + ": " + meeting.id),
                                          command: .recordMeetingHeld(id: meeting.id, attendance: m.state.participants(meeting).sorted())))
    case .dayBack: m.travel(days: -1)
    case .dayForward: m.travel(days: 1)
    case .weekBack: m.travel(days: -7)
    case .weekForward: m.travel(days: 7)
    case .now: m.travel(to: nil)
    case .toEvent:
        guard m.view == .history, m.history.visible.indices.contains(m.history.cursor.selected) else { return }
        m.travel(to: m.events[m.history.visible[m.history.cursor.selected]].seq)
    case .newCluster:
        guard m.programme != nil else { return }
        m.overlay = .form(Form(purpose: .createCluster, labels: [.formClusterID, .formClusterName], values: ["", ""]))
    case .renameCluster:
        guard let c = m.selectedCluster else { m.notice = .noClusterSelected; return }
        m.overlay = .form(Form(purpose: .renameCluster(id: c.id), labels: [.formClusterName], values: [c.name]))
    case .moveSchool:
        guard let school = m.schoolForMove else { m.notice = .noSchoolSelected; return }
        m.overlay = .pickCluster(school: school, Cursor())
    }
}

extension Model {
    mutating func show(_ v: ViewID) {
        view = v
        page = nil
        pageScroll = 0
        // The calendar's list opens on the coming week.
        if v == .calendar, calendarCursor == Cursor() { syncCalendarList() }
    }

    /// Opens what is selected: the schools view from the overview, a school's page from a list.
    mutating func open() {
        switch view {
        case .overview: show(.schools)
        case .schools: page = selectedSchool
        case .caseload:
            if derived.caseload.indices.contains(caseloadCursor.selected) { page = derived.caseload[caseloadCursor.selected].school }
        case .interventions:
            if derived.matrixRows.indices.contains(matrix.cursor.selected) { page = derived.rows[matrixRows[matrix.cursor.selected]].institution }
        case .clusters:
            if clusterPaneFocused, let s = selectedMember { page = s } else { clusterPaneFocused = true }
        case .history:
            if history.visible.indices.contains(history.cursor.selected),
               let s = events[history.visible[history.cursor.selected]].event.schools.first { page = s }
        case .calendar: if let meeting = selectedMeeting { overlay = .meeting(meeting.id) }
        }
        pageScroll = 0
    }

    var matrixRows: [Int] { derived.matrixVisible }

    /// The number of rows in the current view's list.
    var currentCount: Int {
        switch view {
        case .overview: return 0
        case .schools: return derived.visibleSchools.count
        case .clusters: return clusterPaneFocused ? (selectedCluster?.members.count ?? 0) : derived.clusters.count
        case .interventions: return matrixRows.count
        case .calendar: return calendarMeetings.count
        case .caseload: return derived.caseload.count
        case .history: return history.visible.count
        }
    }

    mutating func moveCursor(by delta: Int) {
        if page != nil { pageScroll = max(0, pageScroll + max(-1000, min(1000, delta))); return }
        if view == .calendar, calendarMode != .list {
            // Up and down move by a week; a page by a month.
            if abs(delta) == listHeight { moveCalendar(months: delta > 0 ? 1 : -1) } else if abs(delta) < 1000 { moveCalendar(days: delta * 7) }
            return
        }
        let n = currentCount, h = listHeight
        switch view {
        case .overview: break
        case .schools: schools.cursor.move(by: delta, count: n, height: h)
        case .clusters:
            if clusterPaneFocused { memberCursor.move(by: delta, count: n, height: h) } else {
                clusterCursor.move(by: delta, count: n, height: h); memberCursor = Cursor()
            }
        case .interventions: matrix.cursor.move(by: delta, count: n, height: h - 2)
        case .calendar: calendarCursor.move(by: delta, count: n, height: h)
        case .caseload: caseloadCursor.move(by: delta, count: n, height: h)
        case .history: history.cursor.move(by: delta, count: n, height: h)
        }
    }

    mutating func keepCursorsVisible() {
        let h = listHeight
        schools.cursor.keepVisible(count: derived.visibleSchools.count, height: h)
        clusterCursor.keepVisible(count: derived.clusters.count, height: h)
        calendarCursor.keepVisible(count: calendarMeetings.count, height: h)
        caseloadCursor.keepVisible(count: derived.caseload.count, height: h)
        history.cursor.keepVisible(count: history.visible.count, height: h)
        matrix.cursor.keepVisible(count: matrixRows.count, height: h - 2)
    }

    /// The school the current view has selected, for actions such as recording a contact.
    var currentSchool: String? {
        switch view {
        case .schools: return selectedSchool
        case .caseload: return derived.caseload.indices.contains(caseloadCursor.selected) ? derived.caseload[caseloadCursor.selected].school : nil
        case .clusters: return clusterPaneFocused ? selectedMember : nil
        case .interventions: return matrixRows.indices.contains(matrix.cursor.selected) ? derived.rows[matrixRows[matrix.cursor.selected]].institution : nil
        default: return nil
        }
    }

    var selectedCluster: Cluster? {
        derived.clusters.indices.contains(clusterCursor.selected) ? derived.clusters[clusterCursor.selected].cluster : nil
    }

    var selectedMember: String? {
        guard let c = selectedCluster, c.members.indices.contains(memberCursor.selected) else { return nil }
        return c.members[memberCursor.selected]
    }

    /// The school `m` moves: the selected member in the cluster view, else the selected school.
    var schoolForMove: String? {
        if view == .clusters { return clusterPaneFocused ? selectedMember : nil }
        if let page { return page }
        return view == .schools ? selectedSchool : nil
    }

    /// Steps the view's facet: history by type, the matrix by kind then status.
    mutating func cycleFacet() {
        if view == .history {
            let present = Set(events.map(\.event.type)), types = EventType.allCases.filter(present.contains)
            let i = history.type.flatMap { types.firstIndex(of: $0) } ?? -1
            history.type = i + 1 < types.count ? types[i + 1] : nil
            history.cursor = Cursor()
            history.rebuild(events, state: state, text: text)
        } else {
            // No filter → each kind → each status → no filter.
            let kinds = derived.kinds.map(\.id), statuses = InterventionStatus.allCases
            if let k = matrix.kind, let i = kinds.firstIndex(of: k) {
                matrix.kind = i + 1 < kinds.count ? kinds[i + 1] : nil
                if matrix.kind == nil { matrix.status = statuses.first }
            } else if let st = matrix.status, let i = statuses.firstIndex(of: st) {
                matrix.status = i + 1 < statuses.count ? statuses[i + 1] : nil
            } else {
                matrix.kind = kinds.first
            }
            matrix.cursor = Cursor()
            derived.filterMatrix(matrix)
        }
    }
}
