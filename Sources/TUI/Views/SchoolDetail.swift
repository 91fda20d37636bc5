import Domain
import Wording

/// The selected school in a side pane: facts, interventions and coming meetings.
enum SchoolDetail {
    static func draw(_ m: Model, _ r: Rect, _ g: inout Grid) {
        guard let inst = m.selectedSchool, let school = m.state.schools[inst] else {
            g.box(r)
            return
        }
        g.box(r, title: school.name, style: Style(.border))
        let inner = r.inset(1)
        let lines = SchoolText.facts(m, inst, width: inner.width - 2) + [.blank] + SchoolText.interventions(m, inst, width: inner.width - 2)
            + [.blank] + SchoolText.meetings(m, inst, upcomingOnly: true)
        g.draw(lines, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height))
    }
}

/// Lines about one school, shared by the detail pane and the school's page.
enum SchoolText {
    static let labelWidth = 12

    /// A label and its value; a value wider than what the label leaves goes on under itself, never cut.
    static func fact(_ m: Model, _ label: UIText, _ value: String, _ style: Style, width: Int) -> [Line] {
        let parts = width - labelWidth >= 10 && value.displayWidth > width - labelWidth ? value.wrapped(to: width - labelWidth) : [value]
        return parts.enumerated().map { i, part in
            Line([((i == 0 ? m.text(label) : "").padded(to: labelWidth), Style(.muted)), (part, style)])
        }
    }

    static func facts(_ m: Model, _ inst: String, width: Int) -> [Line] {
        guard let p = m.programme, let school = m.state.schools[inst] else { return [] }
        let e = Enrolment(p, inst)
        let muni = Municipality.byCode[school.municipality]
        let fact = { (label: UIText, value: String, style: Style) in Self.fact(m, label, value, style, width: width) }
        var lines = fact(.detailInstitution, inst, .plain)
            + fact(.detailMunicipality, muni.map { "\($0.name) (\($0.codeText))" } ?? String(school.municipality), .plain)
            + fact(.detailRegion, muni?.region.name ?? "–", .plain)
            + fact(.detailKind, m.text.name(school.kind), .plain)
        if let part = m.state.participation[e] {
            var text = m.text.name(part.status) + ", " + m.text(.detailSince, m.text.shortDate(part.since))
            if let reason = part.reason { text += " – " + reason }
            lines += fact(.detailParticipation, text, Style(Role.of(part.status), .bold))
            if let track = part.track, let t = m.state.programmes[p]?.tracks.first(where: { $0.id == track }) {
                lines += fact(.detailTrack, t.name, .plain)
            }
        }
        let consultant = m.state.caseload[e].map { m.state.people[$0]?.fullName ?? $0 } ?? "–"
        lines += fact(.detailConsultant, consultant, .plain)
        lines += fact(.detailCluster, m.state.clusterOf[e].flatMap { m.state.clusters[$0]?.name } ?? "–", .plain)
        return lines
    }

    static func heading(_ m: Model, _ s: UIText) -> Line { Line(m.text(s), Style(.header, .bold)) }

    static func interventions(_ m: Model, _ inst: String, width: Int) -> [Line] {
        guard let p = m.programme else { return [] }
        var lines = [heading(m, .detailInterventions)]
        let list = m.state.interventions(of: inst, in: p)
        if list.isEmpty { lines.append(Line("  " + m.text(.detailNone), Style(.muted))) }
        // The kind column as wide as the longest kind listed, up to what the width leaves the status and date.
        let kinds = list.map { (m.state.interventionKind(p, $0.key.kind)?.name ?? $0.key.kind).displayWidth }.max() ?? 10
        let kindWidth = max(10, min(kinds, width - 34))
        for i in list {
            let kind = m.state.interventionKind(p, i.key.kind)?.name ?? i.key.kind
            let stalled = i.status.canStall && m.today.ordinal - i.updated.ordinal >= 42
            var segs: [(String, Style)] = [
                (" " + Glyphs.status(i.status, color: true) + " ", Style(Role.of(i.status), .bold)),
                (kind.padded(to: max(10, kindWidth)) + " ", .plain),
                (m.text.name(i.status) + " ", Style(Role.of(i.status))),
                (m.text(.updatedOn, m.text.shortDate(i.updated)), Style(.muted)),
            ]
            if let reason = i.reason { segs.append((" – " + reason, Style(.muted))) }
            if stalled { segs.append((" ⚠ " + m.text(.stalledMark), Style(.warning, .bold))) }
            lines.append(Line(segs))
        }
        return lines
    }

    static func meetings(_ m: Model, _ inst: String, upcomingOnly: Bool) -> [Line] {
        guard let p = m.programme else { return [] }
        var lines = [heading(m, .detailMeetings)]
        let list = m.state.meetings(of: inst, in: p).filter { $0.status != .cancelled && (!upcomingOnly || $0.day >= m.today) }
        if list.isEmpty { lines.append(Line("  " + m.text(.detailNone), Style(.muted))) }
        for meeting in list {
            let past = meeting.day < m.today
            lines.append(Line([
                ("  " + m.text.compactDate(meeting.day, today: m.today).padded(to: 14) + " ", Style(past ? .muted : .text)),
                (m.text.time(meeting.start).padded(to: 5, alignRight: true) + "  ", Style(.accent)),
                (Glyphs.status(meeting, today: m.today) + m.text.name(meeting.kind) + "  ", Style(.header)),
                (m.text.location(meeting), Style(.muted)),
            ]))
        }
        return lines
    }
}

/// Status glyphs that carry a letter, so they read without colour.
enum Glyphs {
    /// A mark before a meeting that says where it stands without colour: ✓ held, ✗ cancelled, ! past and not
    /// recorded as held; nothing for one still to come.
    static func status(_ m: Meeting, today: Day) -> String {
        switch m.status {
        case .held: return "✓ "
        case .cancelled: return "✗ "
        case .scheduled: return m.isUnrecorded(on: today) ? "! " : ""
        }
    }

    static func letter(_ s: InterventionStatus) -> String { Catalogue.letter(s) }

    static func status(_ s: InterventionStatus, color: Bool) -> String { letter(s) }
}
