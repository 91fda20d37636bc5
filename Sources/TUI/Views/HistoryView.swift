import Domain
import Wording

/// Historik: the log, newest first, each event a sentence with time and actor.
enum HistoryView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let h = m.history
        var filters: [String] = []
        if let a = h.actor { filters.append(a) }
        if let s = h.school { filters.append(m.state.schools[s]?.name ?? s) }
        if let t = h.type { filters.append(t.rawValue) }
        var title = m.text(.historyTitle) + " (\(h.visible.count))"
        if !filters.isEmpty { title += " · " + m.text(.historyFilters, filters.joined(separator: ", ")) }
        let cols = [
            Table.Column(title: m.text(.colTime), width: 16),
            Table.Column(title: m.text(.colActor), width: 6),
            Table.Column(title: m.text(.colEvent), width: 30, flexible: true),
        ]
        Table(title: title, columns: cols, count: h.visible.count, cursor: h.cursor, empty: m.text(.emptyTitle)).draw(in: r, &g) { row, col in
            let e = m.events[h.visible[row]]
            switch col {
            case 0:
                let local = Copenhagen.local(e.at)
                return (m.text.shortDate(local.day) + " " + m.text.time(local.minutes), Style(.muted))
            case 1: return (e.actor, Style(.accent))
            default: return (m.text.sentence(e.event), .plain)
            }
        }
    }
}
