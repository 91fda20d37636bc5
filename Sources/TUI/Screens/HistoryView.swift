import Domain
import Wording

/// Historik: the log, newest first, each event a sentence with time and actor.
enum HistoryView {
    /// Rows kept below the list for the selected record in full (its sentence wrapped, when it was, and who and when
    /// in full): none on a short screen.
    static func recordHeight(_ m: Model) -> Int { m.height >= 20 ? 5 : 0 }

    static func draw(_ m: Model, in whole: Rect, into g: inout Grid) {
        let h = m.history
        let below = recordHeight(m)
        let r = Rect(x: whole.x, y: whole.y, width: whole.width, height: whole.height - below)
        if below > 0 { record(m, in: Rect(x: whole.x, y: r.maxY, width: whole.width, height: below), into: &g) }
        var filters: [String] = []
        if let a = h.actor { filters.append(m.state.fullName(a)) }
        if let s = h.school { filters.append(m.state.schools[s]?.name ?? s) }
        if let t = h.type { filters.append(m.text.name(t)) }
        // While the records behind a snapshot are read, those after it show, and the title says so instead of a count;
        // while a filter's index is built, no count (the list says it is searching).
        var title = m.text(.historyTitle)
        if m.link.historyReading { title += " · " + m.text(.historyReading) } else if !h.searching { title += m.text.titleCount(h.visible.count) }
        if !filters.isEmpty { title += " · " + m.text(.historyFilters, filters.joined(separator: ", ")) }
        if !h.filter.isEmpty { title += " · /" + h.filter }
        // Who wrote it by name: in full when the screen is wide, else by the short name that tells them apart
        // (`Derived.shortNames`). The names get a fifth of the width (at least 24 columns when wide, 10 when not): at
        // 160 columns the longest of the demo's people fit whole, at 80 a short name such as «Konsulent k41».
        let wide = r.width >= 120
        let who = wide ? min(max(24, r.width / 5), m.state.people.values.map(\.fullName.displayWidth).max() ?? 6)
            : max(10, min(r.width / 5, m.derived.widestShortName))
        let cols = [
            Table.Column(title: m.text(.colTime), width: 16),
            Table.Column(title: m.text(.colActor), width: who),
            Table.Column(title: m.text(.colEvent), width: 30, flexible: true),
        ]
        // An empty list says why: a filter that nothing passes, or a log with nothing in it.
        let empty = h.searching ? m.text(.historySearching) : m.link.historyReading ? m.text(.historyReading) : filters.isEmpty && h.filter.isEmpty ? m.text(.emptyTitle) : m.noMatchesText
        Table(title: title, columns: cols, count: h.visible.count, cursor: h.cursor, empty: empty).draw(in: r, &g) { row, col in
            let e = m.events[h.visible[row]]
            switch col {
            case 0:
                let local = Copenhagen.local(e.at)
                return (m.text.shortDate(local.day) + " " + m.text.time(local.minutes), Style(.muted))
            case 1: return (wide ? m.state.fullName(e.actor) : m.shortName(e.actor), Style(.accent))
            default: return (m.text.sentence(e.event, in: m.state, history: m.events), .plain)
            }
        }
    }

    /// The selected record in full: when and by whom in the title, its sentence wrapped to the pane, so that a row the
    /// list cuts (a long summary, a meeting for many clusters, any row at 80 columns) can be read whole.
    static func record(_ m: Model, in r: Rect, into g: inout Grid) {
        guard let e = selected(m) else { g.box(r, title: m.text(.colEvent), style: Style(.border)); return }
        let local = Copenhagen.local(e.at)
        let title = m.text(.colEvent) + " · " + m.text.longDate(local.day) + " " + m.text.time(local.minutes) + " · " + m.state.fullName(e.actor)
        g.box(r, title: title, style: Style(.border))
        let inner = r.inset(1)
        guard inner.height > 0, inner.width > 4 else { return }
        var lines = m.text.sentence(e.event, in: m.state, history: m.events).wrapped(to: inner.width - 2)
        // A meeting for more than three clusters or schools names them all here (the sentence says «… and 17 others»).
        if case .meetingScheduled(let meeting) = e.event, meeting.clusters.count + meeting.schools.count > 3 {
            lines += (m.text(.meetingWho) + ": " + m.text.participants(meeting, in: m.state, every: true)).wrapped(to: inner.width - 2)
        }
        for (i, line) in lines.prefix(inner.height).enumerated() {
            let last = i == inner.height - 1 && lines.count > inner.height
            g.put(last ? line + " …" : line, x: inner.x + 1, y: inner.y + i, style: .plain, limit: inner.width - 2)
        }
    }
}

extension HistoryView: ScreenType {
    static let title: UIText = .tabHistory
    static let keyHelp: UIText = .keyHistory
    static let hints: [Action] = [.filter, .facets, .historyByActor, .historyBySchool, .toEvent]
    static func clearFilters(_ m: inout Model) { m.history.actor = nil; m.history.school = nil; m.history.type = nil; m.history.filter = "" }
    static func filterText(_ m: Model) -> String? { m.history.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.events.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.history.filter = text
        m.history.cursor = Cursor()
        m.history.rebuild(m.events, state: m.state, text: m.text)
    }
    static func count(_ m: Model) -> Int { m.history.visible.count }
    static func move(_ m: inout Model, by delta: Int) { m.history.cursor.move(by: delta, count: count(m), height: m.listHeight - recordHeight(m)) }
    static func keepVisible(_ m: inout Model) { m.history.cursor.keepVisible(count: count(m), height: m.listHeight - recordHeight(m)) }
    static func open(_ m: inout Model) { if let s = selected(m)?.event.schools.first { m.page = SchoolPageState(s) } }
    /// A click on a row of the list; one on the record's pane below it selects nothing.
    static func click(_ m: inout Model, row: Int, x: Int) {
        guard row < m.listHeight - recordHeight(m) else { return }
        m.history.cursor.click(row: row, count: count(m))
    }

    static func selected(_ m: Model) -> Recorded? {
        m.history.visible.indices.contains(m.history.cursor.selected) ? m.events[m.history.visible[m.history.cursor.selected]] : nil
    }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        switch a {
        case .historyByActor: m.history.actor = m.history.actor == nil ? selected(m)?.actor : nil
        case .historyBySchool: m.history.school = m.history.school == nil ? selected(m)?.event.schools.first : nil
        case .facets:
            // Each type of event present, then all again.
            let present = Set(m.events.map(\.event.type)), types = EventType.allCases.filter(present.contains)
            let i = m.history.type.flatMap { types.firstIndex(of: $0) } ?? -1
            m.history.type = i + 1 < types.count ? types[i + 1] : nil
        case .toEvent:
            if let r = selected(m) { m.travel(to: r.seq) }
            return true
        default: return false
        }
        m.history.cursor = Cursor()
        m.history.rebuild(m.events, state: m.state, text: m.text)
        return true
    }
}
