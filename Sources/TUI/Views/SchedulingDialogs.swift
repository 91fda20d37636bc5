import Domain
import Wording

/// The scheduling dialogs: free times for a cluster, a whole round's plan, cluster compositions, one meeting.
enum SchedulingDialogs {
    /// Each suggestion takes three lines: when, then its reasons (and soft conflicts) on up to two lines.
    static func suggestions(_ list: SuggestionList, _ cursor: Cursor, _ m: Model, _ g: inout Grid) {
        let name = m.state.clusters[list.cluster]?.name ?? list.cluster
        let width = min(m.width - 4, 110)
        let note = m.text.suggestionNote(list, weeks: SlotSearch(cluster: list.cluster).weeks)?.wrapped(to: width - 4) ?? []
        let r = Overlays.centred(width: width, height: max(5, list.suggestions.count * 4 + note.count + 3), title: m.text(.suggestTitle, name), &g)
        let inner = r.inset(1)
        for (i, line) in note.enumerated() { g.put(line, x: inner.x + 1, y: inner.y + i, style: Style(.warning, .bold), limit: inner.width - 2) }
        let top = inner.y + note.count
        if list.suggestions.isEmpty { g.put(m.text(.noSuggestions), x: inner.x + 1, y: top + 1, style: Style(.muted)); return }
        let blocks = list.suggestions.enumerated().map { k, s in
            Block(head: "\(k + 1). " + m.text.when(s.meeting.day, s.meeting.start, s.meeting.end) + "  " + m.text.week(s.meeting.day),
                  body: m.text.reasons(s, m.state).wrapped(to: inner.width - 4), style: Style(s.soft.isEmpty ? .muted : .warning))
        }
        Block.draw(blocks, cursor, in: Rect(x: inner.x, y: top + 1, width: inner.width, height: inner.maxY - top - 1), frame: r, m, &g)
    }

    /// The plan's meetings, one a line, after a summary of what it adds and which clusters get fewer.
    static func plan(_ plan: RoundPlan, _ cursor: Cursor, _ m: Model, _ g: inout Grid) {
        let width = min(m.width - 4, 100)
        let items = plan.meetings.map { p in
            m.text.week(p.day).padded(to: 7) + " " + m.text.compactDate(p.day).padded(to: 10) + " " + m.text.time(p.start).padded(to: 5, alignRight: true)
                + "  " + (p.clusters.first.flatMap { m.state.clusters[$0]?.name } ?? "") + " · " + m.text.location(p)
        }
        let parts = m.text.planSummary(plan, m.state).map { $0.wrapped(to: width - 4) }
        let summary = parts.enumerated().flatMap { i, lines in lines.map { (text: $0, warn: i > 0) } }
        let r = Overlays.centred(width: width, height: min(m.height - 2, items.count + summary.count + 4), title: m.text(.planTitle, items.count), &g)
        let inner = r.inset(1)
        let shown = summary.prefix(max(0, inner.height - 3))
        for (i, line) in shown.enumerated() {
            g.put(line.text, x: inner.x + 1, y: inner.y + i, style: Style(line.warn ? .warning : .muted, line.warn ? .bold : []), limit: inner.width - 2)
        }
        let top = shown.count + 1
        Overlays.menu(items, cursor, in: Rect(x: r.x, y: r.y + top, width: r.width, height: r.height - top), m, &g)
    }

    static func compositions(_ list: [Composition], _ cursor: Cursor, _ m: Model, _ g: inout Grid) {
        let r = Overlays.centred(width: min(m.width - 4, 110), height: min(m.height - 2, list.count * 4 + 3), title: m.text(.compositionsTitle), &g)
        let inner = r.inset(1)
        let blocks = list.map { comp in
            let names = comp.members.compactMap { m.state.schools[$0]?.name }.joined(separator: ", ")
            let kinds = comp.sharedKinds.compactMap { k in m.programme.flatMap { m.state.interventionKind($0, k)?.name } }
            return Block(head: (comp.cluster.map { m.state.clusters[$0]?.name ?? $0 } ?? m.text(.compositionNew)) + ": " + names,
                         body: m.text(.compositionWhy, kinds.isEmpty ? "–" : kinds.joined(separator: ", "), comp.spanKm, comp.moves.count)
                            .wrapped(to: inner.width - 4), style: Style(.muted))
        }
        Block.draw(blocks, cursor, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1), frame: r, m, &g)
    }

    /// A meeting card's rows (label on the first row of each fact, lines wrapped) and how many the screen has room for.
    static func meetingLayout(_ meeting: Meeting, _ m: Model) -> (width: Int, rows: [(String, String)], fits: Int) {
        let schools = m.state.participants(meeting).sorted().compactMap { m.state.schools[$0]?.name }
        let lines: [(UIText, String)] = [
            (.meetingWhen, m.text.when(meeting.day, meeting.start, meeting.end) + " · " + m.text.week(meeting.day)),
            (.meetingWhere, m.text.location(meeting)),
            (.meetingConsultants, meeting.consultants.map { m.state.people[$0]?.fullName ?? $0 }.joined(separator: ", ")),
            (.meetingStatus, m.text.status(meeting, today: m.today)),
            (.meetingWho, schools.joined(separator: ", ")),
        ]
        let width = min(m.width - 4, 90)
        let rows = lines.flatMap { label, text in text.wrapped(to: width - 19).enumerated().map { ($0.offset == 0 ? m.text(label) : "", $0.element) } }
        return (width, rows, max(1, min(m.height - 2, rows.count + 4) - 4))
    }

    /// One meeting in full; scrolled with ↑/↓ when the screen is shorter than the card.
    static func meeting(_ id: String, _ m: Model, _ g: inout Grid) {
        guard let meeting = m.state.meetings[id] else { return }
        let (width, rows, fits) = meetingLayout(meeting, m)
        let r = Overlays.centred(width: width, height: fits + 4, title: m.text.meetingName(meeting, in: m.state).firstUppercased, &g)
        let from = min(m.dialogScroll, max(0, rows.count - fits))
        for (i, (label, line)) in rows.dropFirst(from).prefix(fits).enumerated() {
            g.put(label, x: r.x + 2, y: r.y + 2 + i, style: Style(.muted), limit: 14)
            g.put(line, x: r.x + 17, y: r.y + 2 + i, limit: r.width - 19)
        }
        Overlays.scrolled(from: from, fits: fits, of: rows.count, r, &g)
    }
}
