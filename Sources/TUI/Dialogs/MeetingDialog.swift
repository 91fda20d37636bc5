import Domain
import Wording

/// One meeting's card: when, where, who; scrolled with ↑/↓ when the screen is shorter than the card.
public struct MeetingDialog: Dialog {
    public var id: String
    public var scroll = 0
    public init(_ id: String) { self.id = id }
    var overlay: Overlay { .meeting(self) }

    func take(_ key: Key, _ m: inout Model) {
        if let meeting = m.state.meetings[id] {
            let layout = Self.layout(meeting, m)
            if let to = DialogFrame.scroll(key, at: scroll, rows: layout.rows.count, fits: layout.fits) {
                var d = self; d.scroll = to; m.overlay = d.overlay
                return
            }
        }
        switch key {
        case .escape, .enter, .ctrl("c"), .char("q"): m.overlay = nil
        default: break
        }
    }

    /// A meeting card's rows (label on the first row of each fact, lines wrapped) and how many the screen has room for.
    static func layout(_ meeting: Meeting, _ m: Model) -> (width: Int, rows: [(String, String)], fits: Int) {
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

    func draw(_ m: Model, into g: inout Grid) {
        guard let meeting = m.state.meetings[id] else { return }
        let (width, rows, fits) = Self.layout(meeting, m)
        let r = DialogFrame.centred(width: width, height: fits + 4, title: m.text.meetingName(meeting, in: m.state).firstUppercased, &g)
        let from = min(scroll, max(0, rows.count - fits))
        for (i, (label, line)) in rows.dropFirst(from).prefix(fits).enumerated() {
            g.put(label, x: r.x + 2, y: r.y + 2 + i, style: Style(.muted), limit: 14)
            g.put(line, x: r.x + 17, y: r.y + 2 + i, limit: r.width - 19)
        }
        DialogFrame.scrolled(from: from, fits: fits, of: rows.count, r, m, &g)
    }
}
