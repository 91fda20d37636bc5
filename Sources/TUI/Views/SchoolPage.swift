import Domain
import Wording

/// A school's full page: facts, interventions, contacts, follow-ups, meetings, evaluation and history.
enum SchoolPage {
    static func lines(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageFacts)] + SchoolText.facts(m, inst).map { Line([("  ", .plain)] + $0.segments) }
        lines += [.blank] + SchoolText.interventions(m, inst, width: width)
        lines += [.blank] + contacts(m, inst) + [.blank] + followUps(m, inst) + [.blank] + evaluation(m, inst, width: width)
        lines += [.blank] + SchoolText.meetings(m, inst, upcomingOnly: false)
        lines += [.blank, SchoolText.heading(m, .pageHistory)]
        let clusters = Set(m.state.clusterOf.filter { $0.key.school == inst }.map(\.value))
        for r in m.events.reversed() where r.event.schools.contains(inst) || r.event.concerns(clusters: clusters) {
            let local = Copenhagen.local(r.at)
            lines.append(Line([
                ("  " + m.text.shortDate(local.day).padded(to: 10) + " " + m.text.time(local.minutes).padded(to: 5, alignRight: true) + "  ", Style(.muted)),
                (m.state.shortName(r.actor).padded(to: 10) + " ", Style(.accent)),
                (m.text.sentence(r.event, in: m.state, history: m.events), .plain),
            ]))
        }
        return lines
    }

    static func contacts(_ m: Model, _ inst: String) -> [Line] {
        var lines = [SchoolText.heading(m, .pageContacts)]
        let list = m.state.contacts.values.filter { $0.school == inst && $0.programme == m.programme }.sorted { $0.date > $1.date }
        if list.isEmpty { lines.append(Line("  " + m.text(.pageNotYet), Style(.muted))) }
        // The form column as wide as the widest form shown, so the summary has the rest of the line.
        let formWidth = list.map { m.text.name($0.form).displayWidth }.max() ?? 0
        for c in list {
            lines.append(Line([("  " + m.text.shortDate(c.date).padded(to: 10) + " ", .plain), (m.text.name(c.form).padded(to: formWidth) + " ", Style(.header)),
                               (m.state.shortName(c.by).padded(to: 10) + " ", Style(.accent)), (c.summary, .plain),
                               (c.participants.isEmpty ? "" : " (" + c.participants.joined(separator: ", ") + ")", Style(.muted))]))
        }
        return lines
    }

    static func followUps(_ m: Model, _ inst: String) -> [Line] {
        var lines = [SchoolText.heading(m, .pageFollowUps)]
        let list = m.state.followUps.values.filter { $0.school == inst && $0.programme == m.programme }.sorted { a, b in a.done == nil && b.done != nil || (a.done == nil) == (b.done == nil) && a.due < b.due }
        if list.isEmpty { lines.append(Line("  " + m.text(.pageNotYet), Style(.muted))) }
        for f in list {
            let overdue = f.isOverdue(on: m.today)
            let mark: (String, Style)
            if f.done != nil { mark = ("✓ ", Style(.ok, .bold)) } else if overdue { mark = ("! ", Style(.error, .bold)) } else { mark = ("○ ", Style(.accent)) }
            let due: (String, Style) = (m.text.shortDate(f.due).padded(to: 10) + " ", overdue ? Style(.error, .bold) : .plain)
            let why: String = f.reason.map { " (" + $0 + ")" } ?? ""
            lines.append(Line([("  ", .plain), mark, due, (f.what, .plain), (" – " + f.who, Style(.muted)), (why, Style(.muted))]))
        }
        return lines
    }

    /// Each indicator's values over time as a small bar chart.
    static func evaluation(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageEvaluation)]
        let values = m.state.evaluations.values.filter { $0.school == inst && $0.programme == m.programme }
        if values.isEmpty { lines.append(Line("  " + m.text(.pageNotYet), Style(.muted))) }
        for indicator in BuiltinIndicator.allCases {
            let series = values.filter { $0.indicator == indicator }.sorted { $0.date < $1.date }
            guard !series.isEmpty else { continue }
            lines.append(Line("  " + indicator.rawValue, Style(.header)))
            for v in series {
                lines.append(Line([("    " + m.text.shortDate(v.date).padded(to: 10) + " ", Style(.muted)),
                                   ((m.text.percent(v.hundredths) + " %").padded(to: 8, alignRight: true) + " ", Style(.text, .bold)),
                                   (Charts.bar(v.hundredths, of: 10_000, width: max(10, min(40, width - 30))), Style(.accent)),
                                   (v.point.map { " " + m.text.name($0) } ?? "", Style(.muted))]))
            }
        }
        return lines
    }

    static func draw(_ m: Model, _ inst: String, in r: Rect, into g: inout Grid) {
        let name = m.state.schools[inst]?.name ?? inst
        g.box(r, title: name + " · " + inst, style: Style(.accent))
        let inner = r.inset(1)
        let all = lines(m, inst, width: inner.width - 2)
        let offset = min((m.page?.scroll ?? 0), max(0, all.count - inner.height))
        g.draw(all, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), offset: offset)
        ScrollBar.draw(x: r.maxX - 1, y: inner.y, height: inner.height, offset: offset, total: all.count, &g)
    }
}
