import Domain

/// Overblik: participation, regions, interventions, the next meetings and the clusters.
enum OverviewView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        guard let p = m.programme else { return }
        let topHeight = 10
        let w1 = r.width / 3, w2 = (r.width - w1) / 2, w3 = r.width - w1 - w2
        participation(m, p, Rect(x: r.x, y: r.y, width: w1, height: topHeight), &g)
        regions(m, p, Rect(x: r.x + w1, y: r.y, width: w2, height: topHeight), &g)
        interventions(m, p, Rect(x: r.x + w1 + w2, y: r.y, width: w3, height: topHeight), &g)
        let lower = r.height - topHeight
        let half = r.width / 2
        meetings(m, p, Rect(x: r.x, y: r.y + topHeight, width: half, height: lower), &g)
        clusters(m, p, Rect(x: r.x + half, y: r.y + topHeight, width: r.width - half, height: lower), &g)
    }

    /// One "label  count  bar" line.
    static func barLine(_ label: String, _ count: Int, of total: Int, role: Role, labelWidth: Int,
                        x: Int, y: Int, width: Int, _ g: inout Grid) {
        g.put(label.padded(to: labelWidth), x: x, y: y, style: Style(role))
        let num = String(count).padded(to: 4, alignRight: true)
        g.put(num, x: x + labelWidth, y: y, style: Style(.text, .bold))
        let barWidth = width - labelWidth - 5
        g.put(Charts.bar(count, of: total, width: barWidth), x: x + labelWidth + 5, y: y, style: Style(role))
    }

    static func participation(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.panelParticipation))
        let counts = m.state.participationCounts(p)
        let total = counts.values.reduce(0, +)
        let inner = r.inset(1)
        for (i, s) in ParticipationStatus.allCases.enumerated() {
            barLine(m.text.name(s), counts[s] ?? 0, of: total, role: Role.of(s), labelWidth: 11,
                    x: inner.x + 1, y: inner.y + i, width: inner.width - 2, &g)
        }
        g.put(m.text(.schoolsCount, total), x: inner.x + 1, y: inner.y + 5, style: Style(.muted), limit: inner.width - 2)
    }

    static func regions(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.panelRegions))
        let rows = m.state.schoolsPerRegion(p)
        let most = rows.map(\.offered).max() ?? 0
        let inner = r.inset(1)
        for (i, row) in rows.enumerated() {
            let y = inner.y + i
            let name = row.region.name.replacingOccurrences(of: "Region ", with: "")
            g.put(name.padded(to: 11), x: inner.x + 1, y: y)
            let nums = "\(row.accepted)/\(row.offered)".padded(to: 7, alignRight: true)
            g.put(nums, x: inner.x + 12, y: y, style: Style(.text, .bold))
            g.put(Charts.bar(row.accepted, of: most, width: inner.width - 21), x: inner.x + 20, y: y, style: Style(.accepted))
        }
        g.put("\(m.text(.accepted)) / \(m.text(.offered))", x: inner.x + 1, y: inner.y + 6, style: Style(.muted), limit: inner.width - 2)
    }

    static func interventions(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.panelInterventions))
        let counts = m.state.interventionsByStatus(p)
        let total = counts.values.max() ?? 0
        let inner = r.inset(1)
        for (i, s) in InterventionStatus.allCases.enumerated() {
            barLine(m.text.name(s), counts[s] ?? 0, of: total, role: Role.of(s), labelWidth: 12,
                    x: inner.x + 1, y: inner.y + i, width: inner.width - 2, &g)
        }
        let stalled = m.state.stalledInterventions(p, today: m.today).count
        g.put("⚠ " + m.text(.stalledCount, stalled), x: inner.x + 1, y: inner.y + 7,
              style: Style(stalled > 0 ? .warning : .muted), limit: inner.width - 1)
    }

    static func meetings(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.panelMeetings))
        let inner = r.inset(1)
        let list = m.state.upcomingMeetings(p, from: m.today, limit: inner.height)
        guard !list.isEmpty else {
            g.put(m.text(.noMeetings), x: inner.x + 1, y: inner.y, style: Style(.muted))
            return
        }
        var y = inner.y
        var week: Int?
        for meeting in list {
            guard y < inner.maxY else { break }
            let w = meeting.day.isoWeek.week
            if w != week {
                guard y + 1 < inner.maxY else { break }
                week = w
                g.put(m.text.week(meeting.day), x: inner.x + 1, y: y, style: Style(meeting.day.isoWeek == m.today.isoWeek ? .today : .header, .bold))
                y += 1
            }
            var x = inner.x + 2
            x += g.put(m.text.compactDate(meeting.day).padded(to: 10) + " ", x: x, y: y)
            x += g.put(m.text.time(meeting.start).padded(to: 5, alignRight: true) + " ", x: x, y: y, style: Style(.accent))
            x += g.put(participants(meeting, m), x: x, y: y, limit: inner.maxX - x - 1)
            g.put(" · " + m.text.name(meeting.kind), x: x, y: y, style: Style(.muted), limit: inner.maxX - x - 1)
            y += 1
        }
    }

    static func participants(_ meeting: Meeting, _ m: Model) -> String {
        if meeting.clusters.count == 1, let c = m.state.clusters[meeting.clusters[0]] { return c.name }
        if meeting.clusters.count > 1 { return m.text(.clusterCount, meeting.clusters.count) }
        return meeting.schools.compactMap { m.state.schools[$0]?.name }.joined(separator: ", ")
    }

    static func clusters(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        let list = m.state.clusters(of: p)
        g.box(r, title: m.text(.panelClusters) + " (\(list.count))")
        let inner = r.inset(1)
        guard !list.isEmpty else {
            g.put(m.text(.noClusters), x: inner.x + 1, y: inner.y, style: Style(.muted))
            return
        }
        let columns = max(1, (inner.width - 1) / 18)
        let colWidth = (inner.width - 1) / columns
        let perColumn = inner.height
        for (i, c) in list.prefix(perColumn * columns).enumerated() {
            let x = inner.x + 1 + (i / perColumn) * colWidth
            let y = inner.y + i % perColumn
            g.put(c.name.padded(to: colWidth - 4), x: x, y: y)
            g.put(String(c.members.count).padded(to: 3, alignRight: true), x: x + colWidth - 4, y: y, style: Style(.text, .bold))
        }
    }
}
