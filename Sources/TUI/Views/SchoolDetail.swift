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
        var lines = SchoolText.facts(m, inst, width: inner.width - 2) + [.blank] + SchoolText.interventions(m, inst, width: inner.width - 2)
            + [.blank] + SchoolText.meetings(m, inst, upcomingOnly: true, width: inner.width - 2)
        // What the pane cannot hold ends in a note that Enter shows the rest, with no heading or blank left above it
        // (at 80×24 «Møder» stood on the last line with none of the meetings under it).
        if lines.count > inner.height, inner.height >= 3 {
            lines = Array(lines.prefix(inner.height - 1))
            while let last = lines.last, last.segments.allSatisfy({ $0.0.isEmpty }) || SchoolText.isHeading(last) { lines.removeLast() }
            lines.append(Line(m.text(.detailMore), Style(.muted)))
        }
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

    static func heading(_ m: Model, _ s: UIText) -> Line { Line(m.text(s), Style(.header, .bold), heading: 1) }
    static func isHeading(_ line: Line) -> Bool { line.headingLevel == 1 }

    static func interventions(_ m: Model, _ inst: String, width: Int) -> [Line] {
        guard let p = m.programme else { return [] }
        var lines = [heading(m, .detailInterventions)]
        let list = m.state.interventions(of: inst, in: p)
        if list.isEmpty { lines.append(Line("  " + m.text(.detailNone), Style(.muted))) }
        // The kind column as wide as the longest kind listed, up to what the width leaves the status and date; where
        // that would cut a kind (the side pane at 80 columns), each goes on two lines: the kind, then how it stands
        // since when.
        let kinds = list.map { (m.state.interventionKind(p, $0.key.kind)?.name ?? $0.key.kind).displayWidth }.max() ?? 10
        let twoLines = kinds > width - 34
        let kindWidth = max(10, min(kinds, width - 34))
        for i in list {
            let kind = m.state.interventionKind(p, i.key.kind)?.name ?? i.key.kind
            let stalled = i.status.canStall && m.today.ordinal - i.updated.ordinal >= 42
            let letter = (" " + Glyphs.status(i.status, color: true) + " ", Style(Role.of(i.status), .bold))
            // On two lines the date follows the status bare («evalueret 17.8.2026»: when it came to stand so).
            var segs: [(String, Style)] = [
                (m.text.name(i.status) + " ", Style(Role.of(i.status))),
                (twoLines ? m.text.shortDate(i.updated) : m.text(.updatedOn, m.text.shortDate(i.updated)), Style(.muted)),
            ]
            if let reason = i.reason { segs.append((" – " + reason, Style(.muted))) }
            if stalled { segs.append((" ⚠ " + m.text(.stalledMark), Style(.warning, .bold))) }
            if twoLines {
                for (n, part) in kind.wrapped(to: max(10, width - 3)).enumerated() { lines.append(Line([n == 0 ? letter : ("   ", .plain), (part, .plain)])) }
                // How it stands, then its reason and the stalled mark where they fit, else each on lines of their
                // own under it («⚠ gået i stå» was cut at the pane's edge after «i gang 20.9.2026»).
                var line: [(String, Style)] = [("   ", .plain)] + segs.prefix(2)
                for (text, style) in segs.dropFirst(2) {
                    if (line.map(\.0).joined() + text).displayWidth <= width { line.append((text, style)); continue }
                    lines.append(Line(line))
                    let bare = String(text.drop { $0 == " " || $0 == "–" })
                    let parts = (text.hasPrefix(" – ") ? "– " + bare : bare).wrapped(to: max(10, width - 3))
                    lines += parts.dropLast().map { Line([("   ", .plain), ($0, style)]) }
                    line = [("   ", .plain), (parts.last ?? "", style)]
                }
                lines.append(Line(line))
            } else {
                lines.append(Line([letter, (kind.padded(to: kindWidth) + " ", .plain)] + segs))
            }
        }
        return lines
    }

    static func meetings(_ m: Model, _ inst: String, upcomingOnly: Bool, width: Int) -> [Line] {
        guard let p = m.programme else { return [] }
        var lines = [heading(m, .detailMeetings)]
        let list = m.state.meetings(of: inst, in: p).filter { $0.status != .cancelled && (!upcomingOnly || $0.day >= m.today) }
        if list.isEmpty { lines.append(Line("  " + m.text(.detailNone), Style(.muted))) }
        // Dates as wide as the widest listed; where a meeting's kind and place would not fit whole after its date and
        // time (the side pane), they go on a line of their own.
        let dates = list.map { m.text.compactDate($0.day, today: m.today) }
        let dateWidth = dates.map(\.displayWidth).max() ?? 0
        let twoLines = list.contains { meeting in
            2 + dateWidth + 1 + 5 + 2 + (Glyphs.status(meeting, today: m.today) + m.text.name(meeting.kind)).displayWidth + 2 + m.text.location(meeting).displayWidth > width
        }
        for (meeting, date) in zip(list, dates) {
            let past = meeting.day < m.today
            let when: [(String, Style)] = [
                ("  " + date.padded(to: dateWidth) + " ", Style(past ? .muted : .text)),
                (m.text.time(meeting.start).padded(to: 5, alignRight: true) + "  ", Style(.accent)),
            ]
            let kind = Glyphs.status(meeting, today: m.today) + m.text.name(meeting.kind), place = m.text.location(meeting)
            let what: [(String, Style)] = [(kind + "  ", Style(.header)), (place, Style(.muted))]
            if twoLines {
                // The place on a line of its own too where it would not fit beside the kind.
                lines.append(Line(when))
                if 4 + kind.displayWidth + 2 + place.displayWidth > width, !place.isEmpty {
                    lines += [Line([("    ", .plain), what[0]]), Line([("    ", .plain), what[1]])]
                } else {
                    lines.append(Line([("    ", .plain)] + what))
                }
            } else {
                lines.append(Line(when + what))
            }
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
