import Domain
import Wording

/// `b`: free times for a cluster meeting; Enter books a clean one at once, and asks first for one with soft
/// conflicts (n comes back here).
public struct SuggestionsDialog: ListDialog {
    public var list: SuggestionList
    public var cursor = Cursor()
    var overlay: Overlay { .suggestions(self) }

    func count(_ m: Model) -> Int { list.suggestions.count }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter, list.suggestions.indices.contains(cursor.selected) else { return }
        let s = list.suggestions[cursor.selected]
        m.calendar.day = s.meeting.day
        if s.soft.isEmpty {
            // One keystroke from a clean time to a booked meeting; Domain checks it again under the lock.
            m.overlay = nil
            m.writes.outbox.append(.scheduleMeeting(s.meeting, force: false))
        } else {
            // A time with soft conflicts asks first, as a new meeting does, and n returns to the list.
            let what = m.text.name(s.meeting.kind) + " " + m.text.when(s.meeting.day, s.meeting.start, s.meeting.end)
            m.overlay = .confirm(Confirmation(question: m.text(.confirmGeneric, what) + m.softConflicts(s.meeting),
                                              command: .scheduleMeeting(s.meeting, force: true), back: overlay))
        }
    }

    /// Each suggestion takes three lines: when, then its reasons (and soft conflicts) on up to two lines.
    func draw(_ m: Model, into g: inout Grid) {
        let name = m.state.clusters[list.cluster]?.name ?? list.cluster
        let width = min(m.width - 4, 110)
        let note = m.text.suggestionNote(list, weeks: SlotSearch(cluster: list.cluster).weeks)?.wrapped(to: width - 4) ?? []
        let r = DialogFrame.centred(width: width, height: max(5, list.suggestions.count * 4 + note.count + 3), title: m.text(.suggestTitle, name), &g)
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
}
