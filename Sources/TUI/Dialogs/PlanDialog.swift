import Domain
import Wording

/// `Y`: a whole round of cluster meetings for review; Enter books it as one write.
public struct PlanDialog: ListDialog {
    public var plan: RoundPlan
    public var cursor = Cursor()
    var overlay: Overlay { .plan(self) }

    func count(_ m: Model) -> Int { plan.meetings.count }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter, !plan.meetings.isEmpty else { return }
        // One write for the whole plan: all of it is booked, or none. Every pick was clean when planned.
        m.writes.outbox += plan.meetings.map { .scheduleMeeting($0, force: false) }
        m.overlay = nil
    }

    /// The plan's meetings, one a line, after a summary of what it adds and which clusters get fewer.
    func draw(_ m: Model, into g: inout Grid) {
        let width = min(m.width - 4, 100)
        let items = m.text.planLines(plan, m.state, today: m.today)
        let parts = m.text.planSummary(plan, m.state).map { $0.wrapped(to: width - 4) }
        let summary = parts.enumerated().flatMap { i, lines in lines.map { (text: $0, warn: i > 0) } }
        let r = DialogFrame.centred(width: width, height: min(m.height - 2, items.count + summary.count + 4), title: m.text(.planTitle, items.count), &g)
        let inner = r.inset(1)
        let shown = summary.prefix(max(0, inner.height - 3))
        for (i, line) in shown.enumerated() {
            g.put(line.text, x: inner.x + 1, y: inner.y + i, style: Style(line.warn ? .warning : .muted, line.warn ? .bold : []), limit: inner.width - 2)
        }
        let top = shown.count + 1
        DialogFrame.menu(items, cursor, in: Rect(x: r.x, y: r.y + top, width: r.width, height: r.height - top), m, &g)
    }
}
