import Domain

/// The selected school: facts, participation, consultant, cluster, interventions and meetings.
enum SchoolDetail {
    static func draw(_ m: Model, _ r: Rect, _ g: inout Grid) {
        guard let row = m.selectedRow, let p = m.programme, let school = m.state.schools[row.institution] else {
            g.box(r)
            return
        }
        g.box(r, title: school.name, style: Style(m.detailFocused ? .accent : .border))
        let inner = r.inset(1)
        let e = Enrolment(p, school.institution)
        var y = inner.y
        let labelWidth = 12
        func fact(_ label: Str, _ value: String, _ style: Style = .plain) {
            guard y < inner.maxY else { return }
            g.put(m.text(label), x: inner.x + 1, y: y, style: Style(.muted), limit: labelWidth - 1)
            g.put(value, x: inner.x + 1 + labelWidth, y: y, style: style, limit: inner.width - labelWidth - 2)
            y += 1
        }
        let muni = Municipality.byCode[school.municipality]
        fact(.detailInstitution, school.institution)
        fact(.detailMunicipality, muni.map { "\($0.name) (\($0.codeText))" } ?? String(school.municipality))
        fact(.detailRegion, muni?.region.name ?? "–")
        fact(.detailKind, m.text.name(school.kind))
        if let part = m.state.participation[e] {
            var text = m.text.name(part.status) + ", " + m.text(.detailSince, m.text.shortDate(part.since))
            if let reason = part.reason { text += " – " + reason }
            fact(.detailParticipation, text, Style(Role.of(part.status), .bold))
            if let track = part.track, let t = m.state.programmes[p]?.tracks.first(where: { $0.id == track }) {
                fact(.detailTrack, t.name)
            }
        }
        let consultant = m.state.caseload[e].map { m.state.people[$0]?.fullName ?? $0 } ?? "–"
        fact(.detailConsultant, consultant)
        fact(.detailCluster, m.state.clusterOf[e].flatMap { m.state.clusters[$0]?.name } ?? "–")

        y += 1
        guard y < inner.maxY else { return }
        g.put(m.text(.detailInterventions), x: inner.x + 1, y: y, style: Style(.header, .bold))
        y += 1
        let list = m.state.interventions(of: school.institution, in: p)
        if list.isEmpty, y < inner.maxY {
            g.put(m.text(.detailNone), x: inner.x + 2, y: y, style: Style(.muted)); y += 1
        }
        for i in list where y < inner.maxY {
            let kind = m.state.interventionKind(p, i.key.kind)?.name ?? i.key.kind
            let stalled = i.status.canStall && m.today.ordinal - i.updated.ordinal >= 42
            var x = inner.x + 2
            x += g.put("● ", x: x, y: y, style: Style(Role.of(i.status)))
            x += g.put(kind.padded(to: min(24, inner.width / 2 - 2)) + " ", x: x, y: y)
            x += g.put(m.text.name(i.status) + " ", x: x, y: y, style: Style(Role.of(i.status)))
            let date = m.text.shortDate(i.updated)
            x += g.put(date, x: x, y: y, style: Style(.muted), limit: inner.maxX - x)
            if stalled { g.put(" ⚠ " + m.text(.stalledMark), x: x, y: y, style: Style(.warning), limit: inner.maxX - x) }
            y += 1
        }

        y += 1
        guard y < inner.maxY else { return }
        g.put(m.text(.detailMeetings), x: inner.x + 1, y: y, style: Style(.header, .bold))
        y += 1
        let meetings = m.state.meetings(of: school.institution, in: p).filter { $0.day >= m.today && $0.status == .scheduled }
        if meetings.isEmpty, y < inner.maxY { g.put(m.text(.detailNone), x: inner.x + 2, y: y, style: Style(.muted)) }
        for meeting in meetings where y < inner.maxY {
            let line = "\(m.text.compactDate(meeting.day)) \(m.text.time(meeting.start))  \(m.text.name(meeting.kind))"
            g.put(line, x: inner.x + 2, y: y, limit: inner.width - 3)
            y += 1
        }
    }
}
