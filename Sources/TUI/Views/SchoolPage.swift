import Domain

/// A school's full page: facts, interventions, contacts, follow-ups, meetings, evaluation and history.
enum SchoolPage {
    static func lines(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageFacts)] + SchoolText.facts(m, inst).map { Line([("  ", .plain)] + $0.segments) }
        lines += [.blank] + SchoolText.interventions(m, inst, width: width)
        for section in [Str.pageContacts, .pageFollowUps, .pageEvaluation] {
            lines += [.blank, SchoolText.heading(m, section), Line("  " + m.text(.pageNotYet), Style(.muted))]
        }
        lines += [.blank] + SchoolText.meetings(m, inst, upcomingOnly: false)
        lines += [.blank, SchoolText.heading(m, .pageHistory)]
        let clusters = Set(m.state.clusterOf.filter { $0.key.school == inst }.map(\.value))
        for r in m.events.reversed() where r.event.schools.contains(inst) || r.event.concerns(clusters: clusters) {
            let local = Copenhagen.local(r.at)
            lines.append(Line([
                ("  " + m.text.shortDate(local.day).padded(to: 10) + " " + m.text.time(local.minutes).padded(to: 5, alignRight: true) + "  ", Style(.muted)),
                (r.actor.padded(to: 6) + " ", Style(.accent)),
                (m.text.sentence(r.event), .plain),
            ]))
        }
        return lines
    }

    static func draw(_ m: Model, _ inst: String, in r: Rect, into g: inout Grid) {
        let name = m.state.schools[inst]?.name ?? inst
        g.box(r, title: name + " · " + inst, style: Style(.accent))
        let inner = r.inset(1)
        let all = lines(m, inst, width: inner.width - 2)
        let offset = min(m.pageScroll, max(0, all.count - inner.height))
        g.draw(all, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), offset: offset)
        ScrollBar.draw(x: r.maxX - 1, y: inner.y, height: inner.height, offset: offset, total: all.count, &g)
    }
}
