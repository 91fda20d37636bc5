import Domain
import Wording

/// The list dialogs: one cursor each, moved by the same keys, and what Enter does in each.
extension Model {
    /// Rows a dialog's page holds: a dialog fills the screen less a margin, its frame and its lines of text.
    var dialogPage: Int { max(3, height - 10) }

    /// How many rows the overlay's list has, if it is a list.
    func listCount(_ o: Overlay) -> Int? {
        switch o {
        case .facets: return FacetKind.allCases.count
        case .facetValues(let kind, _): return facetValues(kind).count + 1
        case .pickCluster(let school, _): return moveTargets(for: school).count
        case .pickStatus(let key, _): return statusOptions(key).count
        case .suggestions(let list, _): return list.suggestions.count
        case .plan(let plan, _): return plan.meetings.count
        case .compositions(let list, _): return list.count
        case .calendarFilter: return calendarFilters().count
        case .pickParticipation(let school, _): return participationOptions(school).count
        case .pickFollowUp(let school, _, _): return openFollowUps(school).count
        case .pickIntervention: return derived.kinds.count
        default: return nil
        }
    }
}

extension Overlay {
    /// The list cursor of a list dialog.
    var cursor: Cursor? {
        switch self {
        case .facets(let c), .facetValues(_, let c), .pickCluster(_, let c), .pickStatus(_, let c), .suggestions(_, let c),
             .plan(_, let c), .compositions(_, let c), .calendarFilter(let c), .pickParticipation(_, let c),
             .pickFollowUp(_, _, let c), .pickIntervention(_, let c): return c
        default: return nil
        }
    }

    /// The same dialog with its cursor moved.
    func with(_ c: Cursor) -> Overlay {
        switch self {
        case .facets: return .facets(c)
        case .facetValues(let k, _): return .facetValues(k, c)
        case .pickCluster(let s, _): return .pickCluster(school: s, c)
        case .pickStatus(let k, _): return .pickStatus(k, c)
        case .suggestions(let l, _): return .suggestions(l, c)
        case .plan(let p, _): return .plan(p, c)
        case .compositions(let l, _): return .compositions(l, c)
        case .calendarFilter: return .calendarFilter(c)
        case .pickParticipation(let s, _): return .pickParticipation(school: s, c)
        case .pickFollowUp(let s, let move, _): return .pickFollowUp(school: s, move: move, c)
        case .pickIntervention(let s, _): return .pickIntervention(school: s, c)
        default: return self
        }
    }
}

/// Moves a list dialog's cursor; returns whether the key did.
func handleListKey(_ key: Key, _ o: Overlay, _ m: inout Model) -> Bool {
    guard var c = o.cursor, let count = m.listCount(o) else { return false }
    guard c.take(key, count: count, page: m.dialogPage) else { return false }
    m.overlay = o.with(c)
    return true
}

/// Enter, Esc and a dialog's own keys in a list.
func handleListChoice(_ key: Key, _ o: Overlay, _ m: inout Model) {
    guard let c = o.cursor else { return }
    let i = c.selected
    if key == .escape || key == .ctrl("c") {
        if case .facetValues(let kind, _) = o, key == .escape { var back = Cursor(); back.selected = kind.rawValue; m.overlay = .facets(back) } else { m.overlay = nil }
        return
    }
    switch o {
    case .facets:
        if key == .char("f") { m.overlay = nil }
        if key == .char("x") { m.schools.facets = Facets(); m.applySchoolFilter(keeping: m.selectedSchool) }
        if key == .enter { m.overlay = .facetValues(FacetKind.allCases[i], Cursor()) }

    case .facetValues(let kind, _):
        guard key == .enter else { return }
        let values = m.facetValues(kind)
        m.setFacet(kind, i == 0 || !values.indices.contains(i - 1) ? nil : values[i - 1].value)
        var back = Cursor(); back.selected = kind.rawValue
        m.overlay = .facets(back)

    case .pickStatus(let ikey, _):
        let options = m.statusOptions(ikey)
        // A status's letter chooses it, as Enter on it would.
        var i = i
        if case .char(let ch) = key {
            let letter = String(ch).uppercased()
            if let hit = options.firstIndex(where: { Glyphs.letter($0) == letter }) {
                i = hit
            } else {
                // A status that cannot follow this one: say why, as the command line does, and keep the list open.
                if let other = InterventionStatus.allCases.first(where: { Glyphs.letter($0) == letter }),
                   let error = m.domainRefusal(.setInterventionStatus(ikey, status: other)) {
                    m.notice = .refused(.domain(error))
                }
                return
            }
        } else if key != .enter { return }
        guard options.indices.contains(i) else { m.overlay = nil; return }
        let status = options[i]
        if status == .stopped {
            m.overlay = .form(StopInterventionSpec.make(ikey))
            return
        }
        let command = Command.setInterventionStatus(ikey, status: status)
        if let error = m.domainRefusal(command) { m.overlay = nil; m.notice = .refused(.domain(error)); return }
        m.overlay = .confirm(Confirmation(question: m.text(.confirmStatus, m.interventionLabel(ikey), m.text.name(status)), command: command, back: o))

    case .suggestions(let list, _):
        guard key == .enter, list.suggestions.indices.contains(i) else { return }
        let s = list.suggestions[i]
        m.calendar.day = s.meeting.day
        if s.soft.isEmpty {
            // One keystroke from a clean time to a booked meeting; Domain checks it again under the lock.
            m.overlay = nil
            m.writes.outbox.append(.scheduleMeeting(s.meeting, force: false))
        } else {
            // A time with soft conflicts asks first, as a new meeting does, and n returns to the list.
            let what = m.text.name(s.meeting.kind) + " " + m.text.when(s.meeting.day, s.meeting.start, s.meeting.end)
            m.overlay = .confirm(Confirmation(question: m.text(.confirmGeneric, what) + m.softConflicts(s.meeting),
                                              command: .scheduleMeeting(s.meeting, force: true), back: o))
        }

    case .plan(let plan, _):
        guard key == .enter, !plan.meetings.isEmpty else { return }
        // One write for the whole plan: all of it is booked, or none. Every pick was clean when planned.
        m.writes.outbox += plan.meetings.map { .scheduleMeeting($0, force: false) }
        m.overlay = nil

    case .compositions(let list, _):
        guard key == .enter, list.indices.contains(i), !list[i].moves.isEmpty else { return }
        guard let cluster = list[i].cluster else { m.notice = .compositionNeedsCluster; return }
        let name = m.state.clusters[cluster]?.name ?? cluster
        m.overlay = .confirm(Confirmation(question: m.text(.confirmAdopt, list[i].moves.count, name),
                                          commands: list[i].moves.map { .placeSchool(cluster: cluster, school: $0) }, back: o))

    case .calendarFilter:
        guard key == .enter else { return }
        let filters = m.calendarFilters()
        guard filters.indices.contains(i) else { return }
        m.calendar.scope = filters[i]
        m.calendar.cursor = Cursor()
        m.syncCalendarList()
        m.overlay = nil

    case .pickParticipation(let school, _):
        guard key == .enter else { return }
        let options = m.participationOptions(school)
        guard options.indices.contains(i) else { m.overlay = nil; return }
        m.overlay = .form(m.participationForm(school, options[i]))

    case .pickFollowUp(let school, let move, _):
        guard key == .enter else { return }
        let open = m.openFollowUps(school)
        guard open.indices.contains(i) else { m.overlay = nil; return }
        m.actOnFollowUp(open[i].id, move: move, back: o)

    case .pickIntervention(let school, _):
        guard key == .enter, let p = m.programme, m.derived.kinds.indices.contains(i) else { return }
        let ikey = InterventionKey(p, school, m.derived.kinds[i].id)
        if m.statusOptions(ikey).isEmpty { m.notice = .noTransitions; return }
        m.overlay = .pickStatus(ikey, Cursor())

    case .pickCluster(let school, _):
        guard key == .enter else { return }
        let targets = m.moveTargets(for: school)
        guard targets.indices.contains(i) else { m.overlay = nil; return }
        let target = targets[i]
        let name = m.state.schools[school]?.name ?? school
        m.overlay = .confirm(Confirmation(question: m.text(.confirmMove, name, target.name),
                                          command: .placeSchool(cluster: target.id, school: school), back: o))

    default: break
    }
}
