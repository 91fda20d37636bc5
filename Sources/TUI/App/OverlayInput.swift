import Domain
import Wording

/// Keys while an overlay is open: typed text goes to it, Esc closes it. Lists are in ListDialogs.swift.
func handleOverlayKey(_ key: Key, _ m: inout Model) {
    guard let overlay = m.overlay else { return }
    if handleListKey(key, overlay, &m) { return }
    switch overlay {
    case .help(let query, let scroll):
        switch key {
        case .escape, .char("?"), .ctrl("c"): m.overlay = nil
        case .backspace: m.overlay = .help(query: String(query.dropLast()), scroll: 0)
        case .down, .ctrl("n"): m.overlay = .help(query: query, scroll: scroll + 1)
        case .up, .ctrl("p"): m.overlay = .help(query: query, scroll: max(0, scroll - 1))
        case .pageDown, .ctrl("f"): m.overlay = .help(query: query, scroll: scroll + m.dialogPage)
        case .pageUp, .ctrl("b"): m.overlay = .help(query: query, scroll: max(0, scroll - m.dialogPage))
        case .home: m.overlay = .help(query: query, scroll: 0)
        case .end: m.overlay = .help(query: query, scroll: Int.max / 2)
        case .char(let c): m.overlay = .help(query: query + String(c), scroll: 0)
        default: break
        }

    case .filter:
        // The filter of the list on view, applied as it is typed.
        let screen = m.view.screen
        let text = screen.filterText(m) ?? ""
        switch key {
        case .escape:
            let keep = m.view == .schools ? m.selectedSchool : nil
            screen.setFilter(&m, ""); m.overlay = nil
            if let keep { m.applySchoolFilter(keeping: keep) }
        case .enter: m.overlay = nil
        case .backspace: screen.setFilter(&m, String(text.dropLast()))
        case .ctrl("u"): screen.setFilter(&m, "")
        case .up, .down: m.moveCursor(by: key == .up ? -1 : 1)
        case .char(let c): screen.setFilter(&m, text + String(c))
        case .ctrl("c"): m.overlay = nil
        default: break
        }

    case .palette(var input):
        let entries = m.paletteEntries(input.text)
        switch key {
        case .escape, .ctrl("c"): m.overlay = nil
        case .up: input.selected = max(0, input.selected - 1); m.overlay = .palette(input)
        case .down: input.selected = min(max(0, entries.count - 1), input.selected + 1); m.overlay = .palette(input)
        case .tab:
            if entries.indices.contains(input.selected) { input.text = entries[input.selected].label; input.selected = 0 }
            m.overlay = .palette(input)
        case .backspace: input.text = String(input.text.dropLast()); input.selected = 0; m.overlay = .palette(input)
        case .char(let c): input.text.append(c); input.selected = 0; m.overlay = .palette(input)
        case .enter:
            m.overlay = nil
            if entries.indices.contains(input.selected) { run(entries[input.selected].target, &m) }
        default: break
        }

    case .form(var form):
        if form.fields[form.focus].choose(key) { form.error = m.validate(form); m.overlay = .form(form); return }
        switch key {
        case .escape, .ctrl("c"): m.overlay = nil
        case .tab, .down: form.focus = (form.focus + 1) % form.fields.count; m.overlay = .form(form)
        case .backTab, .up: form.focus = (form.focus + form.fields.count - 1) % form.fields.count; m.overlay = .form(form)
        case .backspace:
            form.fields[form.focus].value = String(form.fields[form.focus].value.dropLast())
            form.error = m.validate(form); m.overlay = .form(form)
        // As in a shell: ctrl-u clears the field, ctrl-w takes back the last word.
        case .ctrl("u"):
            form.fields[form.focus].value = ""
            form.error = m.validate(form); m.overlay = .form(form)
        case .ctrl("w"):
            let v = form.fields[form.focus].value
            let kept = v.reversed().drop { $0 == " " }.drop { $0 != " " }
            form.fields[form.focus].value = String(kept.reversed())
            form.error = m.validate(form); m.overlay = .form(form)
        case .char(let c):
            form.fields[form.focus].value.append(c)
            form.error = m.validate(form); m.overlay = .form(form)
        case .enter:
            if let error = m.validate(form) ?? m.refusal(form) { form.error = error; m.overlay = .form(form); return }
            var c = m.confirmation(form)
            c.back = .form(form)
            m.overlay = .confirm(c)
        default: break
        }

    case .confirm(let c):
        let layout = Overlays.confirmLayout(c, m)
        if scrollDialog(key, rows: layout.lines.count, fits: layout.fits, &m) { return }
        switch key {
        case .char("j"), .char("y"), .char("J"), .char("Y"):
            m.overlay = nil
            m.writes.sentFrom = c.back
            m.writes.outbox += c.commands
        // No keeps what was typed or chosen: back to the form or list the question came from.
        case .char("n"), .char("N"), .escape: m.overlay = c.back
        case .ctrl("c"): m.overlay = nil
        default: break
        }

    case .meeting(let id):
        if let meeting = m.state.meetings[id] {
            let layout = SchedulingDialogs.meetingLayout(meeting, m)
            if scrollDialog(key, rows: layout.rows.count, fits: layout.fits, &m) { return }
        }
        switch key {
        case .escape, .enter, .ctrl("c"), .char("q"): m.overlay = nil
        default: break
        }

    default:
        handleListChoice(key, overlay, &m)
    }
}

/// Runs a palette entry.
func run(_ target: PaletteEntry.Target, _ m: inout Model) {
    switch target {
    case .view(let v): m.show(v)
    case .action(let a): perform(a, &m)
    case .programme(let p): m.setProgramme(p)
    case .moveFollowUp(let id): m.actOnFollowUp(id, move: true)
    case .followUpDone(let id): m.actOnFollowUp(id, move: false)
    case .school(let s):
        m.show(.schools)
        if let i = m.derived.visibleSchools.firstIndex(where: { m.derived.rows[$0].institution == s }) {
            m.schools.cursor.selected = i
        } else {
            m.schools.filter = ""; m.schools.facets = Facets()
            m.applySchoolFilter(keeping: s)
        }
        m.schools.cursor.keepVisible(count: m.derived.visibleSchools.count, height: m.listHeight)
        m.page = SchoolPageState(s)
    }
}

extension Model {
    /// The values a facet can take, as (label, value) pairs.
    func facetValues(_ kind: FacetKind) -> [(label: String, value: String)] {
        switch kind {
        case .region: return Region.all.map { ($0.name, $0.name) }
        case .participation: return ParticipationStatus.allCases.map { (text.name($0), $0.rawValue) }
        case .cluster: return derived.clusters.map { ($0.cluster.name, $0.cluster.name) }
        case .consultant:
            return state.people.values.filter { $0.role == .consultant }.map { ("\($0.fullName) (\($0.name))", $0.name) }
        case .interventionStatus: return InterventionStatus.allCases.map { (text.name($0), $0.rawValue) }
        }
    }

    func facetValue(_ kind: FacetKind) -> String? {
        let f = schools.facets
        switch kind {
        case .region: return f.region
        case .participation: return f.participation.map { text.name($0) }
        case .cluster: return f.cluster
        case .consultant: return f.consultant
        case .interventionStatus: return f.interventionStatus.map { text.name($0) }
        }
    }

    mutating func setFacet(_ kind: FacetKind, _ value: String?) {
        switch kind {
        case .region: schools.facets.region = value
        case .participation: schools.facets.participation = value.flatMap(ParticipationStatus.init(rawValue:))
        case .cluster: schools.facets.cluster = value
        case .consultant: schools.facets.consultant = value
        case .interventionStatus: schools.facets.interventionStatus = value.flatMap(InterventionStatus.init(rawValue:))
        }
        schools.cursor = Cursor()
        applySchoolFilter()
    }

    /// Clusters of the school's programme other than its own.
    func moveTargets(for school: String) -> [Cluster] {
        guard let p = programme else { return [] }
        let current = state.clusterOf[Enrolment(p, school)]
        return derived.clusters.map(\.cluster).filter { $0.id != current }
    }

    /// Asks Domain, against the state on screen, whether a command would be refused, so a form can stay open.
    func refusal(_ c: Command) -> String? { domainRefusal(c).map { text.message($0, in: state) } }

    func domainRefusal(_ c: Command) -> DomainError? {
        do { _ = try decide(c, state, Context(actor: session.user, now: clock.now)); return nil } catch { return error }
    }

    /// Statuses an intervention may move to from where it is.
    func statusOptions(_ key: InterventionKey) -> [InterventionStatus] {
        let current = state.interventions[key]?.status
        return InterventionStatus.allCases.filter { status in current.map { $0.next.contains(status) } ?? status.canBegin }
    }

    func interventionLabel(_ key: InterventionKey) -> String {
        let kind = state.interventionKind(key.programme, key.kind)?.name ?? key.kind
        return "\(kind) (\(state.schools[key.school]?.name ?? key.school))"
    }
}

/// ↑/↓ and page keys scroll a dialog that shows only part of what it says; false for any other key.
func scrollDialog(_ key: Key, rows: Int, fits: Int, _ m: inout Model) -> Bool {
    let most = max(0, rows - fits)
    let at = min(m.dialogScroll, most)
    switch key {
    case .down: m.dialogScroll = min(most, at + 1)
    case .up: m.dialogScroll = max(0, at - 1)
    case .pageDown: m.dialogScroll = min(most, at + max(1, fits - 1))
    case .pageUp: m.dialogScroll = max(0, at - max(1, fits - 1))
    default: return false
    }
    return true
}
