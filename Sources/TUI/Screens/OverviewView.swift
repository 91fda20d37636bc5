import Domain
import Wording

/// Overblik: timeline, participation, interventions, stalled work, follow-ups, meetings and a map.
enum OverviewView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        guard let p = m.programme, let programme = m.state.programmes[p] else { return }
        timeline(m, programme, Rect(x: r.x + 1, y: r.y, width: r.width - 2, height: 1), &g)
        let body = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
        let leftWidth = body.width / 2
        let left = Rect(x: body.x, y: body.y, width: leftWidth, height: body.height)
        let right = Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: body.height)
        // Left: participation, interventions by status, stalled (and regions when there is room).
        participation(m, p, Rect(x: left.x, y: left.y, width: left.width, height: 6), &g)
        interventions(m, p, Rect(x: left.x, y: left.y + 6, width: left.width, height: 9), &g)
        var y = left.y + 15
        if left.height >= 36 {
            regions(m, p, Rect(x: left.x, y: y, width: left.width, height: 7), &g)
            y += 7
        }
        if left.height >= 42, !m.derived.scorecard.indicators.isEmpty {
            let h = min(m.derived.scorecard.indicators.count, 6) + 2
            indicators(m, Rect(x: left.x, y: y, width: left.width, height: h), &g)
            y += h
        }
        stalled(m, p, Rect(x: left.x, y: y, width: left.width, height: left.maxY - y), &g)
        // Right: map, meetings, overdue follow-ups.
        let mapHeight = max(10, right.height * 11 / 20)
        map(m, p, Rect(x: right.x, y: right.y, width: right.width, height: mapHeight), &g)
        let rest = right.height - mapHeight
        let overdueHeight = rest >= 14 ? 4 : 0
        meetings(m, p, Rect(x: right.x, y: right.y + mapHeight, width: right.width, height: rest - overdueHeight), &g)
        if overdueHeight > 0 {
            overdue(m, Rect(x: right.x, y: right.maxY - overdueHeight, width: right.width, height: overdueHeight), &g)
        }
    }

    static func overdue(_ m: Model, _ r: Rect, _ g: inout Grid) {
        let list = m.derived.overview.overdue
        g.box(r, title: "! " + m.text(.overdueTitle) + m.text.titleCount(m.derived.overview.overdueCount), titleStyle: Style(list.isEmpty ? .header : .error, .bold))
        let inner = r.inset(1)
        if list.isEmpty { g.put(m.text(.noOverdue), x: inner.x + 1, y: inner.y, style: Style(.muted)); return }
        for (i, f) in list.prefix(inner.height).enumerated() {
            Line([(m.text.shortDate(f.due).padded(to: 11), Style(.error)), ((m.state.schools[f.school]?.name ?? f.school) + " · ", .plain), (f.what, Style(.muted))])
                .draw(x: inner.x + 1, y: inner.y + i, limit: inner.width - 2, &g)
        }
    }

    /// Each indicator's latest mean over the programme's schools with its n, the mean improvement from the
    /// baseline, and the comparison schools' mean with theirs; a mean over few schools is muted and starred.
    static func indicators(_ m: Model, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.indicatorsTitle))
        let inner = r.inset(1)
        let data = m.derived.scorecard
        let rows = data.indicators.indices.prefix(inner.height)
        let nameWidth = min(rows.map { m.text.name(data.indicators[$0]).displayWidth }.max() ?? 12, max(12, inner.width - 46))
        for (i, k) in rows.enumerated() {
            let d = data.indicators[k]
            let name = (m.text.name(d).truncated(to: nameWidth).padded(to: nameWidth) + " ", Style.plain)
            // Until the figures are worked out (aside, a moment after the frame), the names keep their place.
            guard !m.derived.scorecardPending else {
                Line([name, ("…".padded(to: 9, alignRight: true), Style(.muted))]).draw(x: inner.x + 1, y: inner.y + i, limit: inner.width - 2, &g)
                continue
            }
            let p = data.programme[k], c = data.comparison[k]
            let mean = p.meanLatest.map { m.text.withUnit(m.text.value($0, d), d) } ?? "–"
            let gain = p.meanGain.map { m.text.value($0, d, signed: true) } ?? "–"
            var parts: [(String, Style)] = [name,
                                            ((mean + (p.isFew ? "*" : "")).padded(to: 9, alignRight: true) + " ", Style(p.isFew ? .muted : .text, .bold)),
                                            ((p.measured == p.schools ? "n " + m.text.grouped(p.measured) : m.text(.indicatorsN, m.text.grouped(p.measured), m.text.grouped(p.schools))) + "  ",
                                             Style(p.isFew ? .warning : .muted)),
                                            (gain + "  ", Style(.text))]
            if c.measured > 0 {
                let cm = c.meanLatest.map { m.text.withUnit(m.text.value($0, d), d) } ?? "–"
                parts.append((m.text(.indicatorsComparison, cm, m.text.grouped(c.measured)), Style(.muted)))
            }
            Line(parts).draw(x: inner.x + 1, y: inner.y + i, limit: inner.width - 2, &g)
        }
    }

    static func timeline(_ m: Model, _ p: Programme, _ r: Rect, _ g: inout Grid) {
        let startLabel = String(p.start.year), endLabel = String(p.end.year)
        // Outside the programme's period there is no marker to place: say so instead.
        if m.today > p.end || m.today < p.start {
            let date = r.width >= 100 ? m.text.longDate(m.today > p.end ? p.end : p.start) : m.text.shortDate(m.today > p.end ? p.end : p.start)
            let said = m.text(m.today > p.end ? .timelineEnded : .timelineNotStarted, date)
            let x = g.put(m.text(.timelineTitle) + " " + startLabel + "–" + endLabel + " · ", x: r.x, y: r.y, style: Style(.muted))
            g.put(said + " · " + m.text.week(m.today), x: r.x + x, y: r.y, style: Style(.today, .bold), limit: r.maxX - r.x - x)
            return
        }
        let total = max(1, p.end.ordinal - p.start.ordinal)
        let done = max(0, min(total, m.today.ordinal - p.start.ordinal))
        let years = max(1, Int((Double(total) / 365.25).rounded()))
        let year = min(years, done * years / total + 1)
        let info = " " + m.text(.timelineYear, year, years) + " · " + m.text.week(m.today)
        var x = g.put(m.text(.timelineTitle) + " " + startLabel + " ", x: r.x, y: r.y, style: Style(.muted))
        let barWidth = max(10, r.width - x + r.x - endLabel.count - info.displayWidth - 2)
        let marker = done * (barWidth - 1) / total
        for i in 0..<barWidth {
            let c = i == marker ? "●" : (i < marker ? "━" : "─")
            g[x + i, r.y] = Cell(text: c, style: Style(i == marker ? .today : (i < marker ? .accent : .border), i == marker ? .bold : []))
        }
        x += barWidth
        x += g.put(" " + endLabel, x: x, y: r.y, style: Style(.muted))
        g.put(info, x: x, y: r.y, style: Style(.today, .bold), limit: r.maxX - x)
    }

    /// One "label  count  bar" line; the counts grouped ("1.000") in a column as wide as the widest, `largest`.
    static func barLine(_ label: String, _ count: Int, of total: Int, largest: Int, role: Role, labelWidth: Int,
                        x: Int, y: Int, width: Int, _ m: Model, _ g: inout Grid) {
        let column = max(4, m.text.grouped(largest).count)
        g.put(label.padded(to: labelWidth), x: x, y: y, style: Style(role))
        g.put(m.text.grouped(count).padded(to: column, alignRight: true), x: x + labelWidth, y: y, style: Style(.text, .bold))
        g.put(Charts.bar(count, of: total, width: width - labelWidth - column - 1), x: x + labelWidth + column + 1, y: y, style: Style(role))
    }

    static func participation(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        let counts = m.derived.overview.participationCounts
        let total = counts.values.reduce(0, +)
        g.box(r, title: m.text(.panelParticipation) + " · " + m.text(.schoolsCount, total))
        let inner = r.inset(1)
        let labels = ParticipationStatus.allCases.map { m.text.name($0) }
        let labelWidth = max(11, (labels.map(\.displayWidth).max() ?? 0) + 1)
        for (i, s) in ParticipationStatus.allCases.enumerated() {
            barLine(labels[i], counts[s] ?? 0, of: total, largest: counts.values.max() ?? 0, role: Role.of(s), labelWidth: labelWidth,
                    x: inner.x + 1, y: inner.y + i, width: inner.width - 2, m, &g)
        }
    }

    static func interventions(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        let counts = m.derived.overview.interventionCounts
        g.box(r, title: m.text(.panelInterventions) + m.text.titleCount(counts.values.reduce(0, +)))
        let most = counts.values.max() ?? 0
        let inner = r.inset(1)
        // As wide as the longest label and a space («S sat på pause» ran into its count at 14).
        let labels = InterventionStatus.allCases.map { Glyphs.letter($0) + " " + m.text.name($0) }
        let labelWidth = max(14, (labels.map(\.displayWidth).max() ?? 0) + 1)
        for (i, s) in InterventionStatus.allCases.enumerated() {
            barLine(labels[i], counts[s] ?? 0, of: most, largest: most, role: Role.of(s), labelWidth: labelWidth,
                    x: inner.x + 1, y: inner.y + i, width: inner.width - 2, m, &g)
        }
    }

    static func regions(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.panelRegions) + " (" + m.text(.accepted) + "/" + m.text(.offered) + ")")
        let rows = m.derived.overview.regions
        let most = rows.map(\.offered).max() ?? 0
        let inner = r.inset(1)
        // The names and the grouped counts take the room they need (at national scale "1.709/1.942"); the bars the rest.
        let names = rows.map { $0.region.name.replacingOccurrences(of: "Region ", with: "") }
        let counts = rows.map { m.text.grouped($0.accepted) + "/" + m.text.grouped($0.offered) }
        let nameWidth = (names.map(\.displayWidth).max() ?? 0) + 1
        let countWidth = max(7, counts.map(\.displayWidth).max() ?? 0)
        let barWidth = inner.width - 4 - nameWidth - countWidth
        for (i, row) in rows.enumerated() {
            let y = inner.y + i, x = inner.x + 1
            g.put(names[i].padded(to: nameWidth), x: x, y: y)
            g.put(counts[i].padded(to: countWidth, alignRight: true), x: x + nameWidth, y: y, style: Style(.text, .bold))
            if barWidth > 0 { g.put(Charts.bar(row.accepted, of: most, width: barWidth), x: x + nameWidth + countWidth + 1, y: y, style: Style(.accepted)) }
        }
    }

    static func stalled(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        guard r.height >= 3 else { return }
        let list = m.derived.overview.stalled
        // The count is what matters: where the whole heading does not fit beside it, the short one.
        let count = m.text.titleCount(list.count), full = "⚠ " + m.text(.stalledTitle) + count
        let title = full.displayWidth <= r.width - 4 ? full : "⚠ " + m.text(.stalledTitleShort) + count
        g.box(r, title: title, titleStyle: Style(list.isEmpty ? .header : .warning, .bold))
        var inner = r.inset(1)
        if r.height < 12, !m.derived.overview.overdue.isEmpty {
            g.put("! " + m.text(.overdueTitle) + ": " + m.text.grouped(m.derived.overview.overdueCount), x: inner.x + 1, y: inner.y, style: Style(.error, .bold), limit: inner.width - 2)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        if list.isEmpty { g.put(m.text(.noStalled), x: inner.x + 1, y: inner.y, style: Style(.muted)); return }
        for (i, item) in list.prefix(inner.height).enumerated() {
            let school = m.state.schools[item.key.school]?.name ?? item.key.school
            let kind = m.state.interventionKind(p, item.key.kind)?.name ?? item.key.kind
            let weeks = (m.today.ordinal - item.updated.ordinal) / 7
            Line([(Glyphs.letter(item.status) + " ", Style(Role.of(item.status), .bold)),
                  (m.text(.weeksAbbreviated, String(weeks).padded(to: 3, alignRight: true)) + "  ", Style(.warning)),
                  (school + " · ", .plain), (kind, Style(.muted))])
                .draw(x: inner.x + 1, y: inner.y + i, limit: inner.width - 2, &g)
        }
    }

    static func map(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        let legend = m.overview.mapByIntervention ? m.text(.mapByIntervention) : m.text(.mapByParticipation)
        g.box(r, title: m.text(.mapTitle) + " · " + legend)
        let inner = r.inset(1)
        var dots = Coastline.points(step: 3.25 / Double(max(8, inner.height * 4))).map { BrailleMap.Dot(lat: $0.lat, lon: $0.lon, role: nil) }
        for d in m.derived.overview.mapDots {
            dots.append(BrailleMap.Dot(lat: d.lat, lon: d.lon, role: m.overview.mapByIntervention ? d.intervention : d.participation,
                                       mark: m.overview.mapByIntervention ? d.interventionMark : d.participationMark))
        }
        // Denmark is about 3.1 degrees wide (with the Bornholm inset) and 3.25 tall at this latitude.
        let mapWidth = min(inner.width - 2, Int(Double(inner.height * 4) / 3.25 * 3.1 / 2) + 2)
        BrailleMap.draw(dots, in: Rect(x: inner.x + 1, y: inner.y, width: mapWidth, height: inner.height), &g)
        // A legend beside the map when there is room.
        let lx = inner.x + mapWidth + 3
        guard inner.maxX - lx >= 12 else { return }
        // Each entry's mark is the one its schools show on the map, so the legend reads without colour.
        let entries: [(String, String, Role)] = m.overview.mapByIntervention
            ? InterventionStatus.allCases.map { (Glyphs.letter($0), m.text.name($0), Role.of($0)) }
            : ParticipationStatus.allCases.map { (BrailleMap.mark($0), m.text.name($0), Role.of($0)) }
        for (i, e) in entries.prefix(inner.height).enumerated() {
            g.put(e.0 + " ", x: lx, y: inner.y + i, style: Style(e.2, .bold))
            g.put(e.1, x: lx + 2, y: inner.y + i, limit: inner.maxX - lx - 2)
        }
    }

    static func meetings(_ m: Model, _ p: ProgrammeID, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: m.text(.panelMeetings))
        var inner = r.inset(1)
        // Past meetings nobody recorded as held, so a coordinator can catch up.
        if !m.derived.overview.unrecorded.isEmpty, inner.height > 1 {
            g.put("! " + m.text(.unrecordedCount, m.derived.overview.unrecorded.count), x: inner.x + 1, y: inner.y, style: Style(.warning, .bold), limit: inner.width - 2)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let list = m.derived.overview.upcoming.prefix(inner.height)
        guard !list.isEmpty else {
            g.put(m.text(.noMeetings), x: inner.x + 1, y: inner.y, style: Style(.muted)); return
        }
        // "uge 49" and "week 49" differ in length: the column is as wide as the language's longest. Where it would
        // leave a meeting's clusters or schools too little room to be said whole (the panel at 80 columns), the week
        // gives way: the date says the day.
        let weekWidth = m.text.week(Day(year: 2026, month: 12, day: 31)!).displayWidth + 1
        let widest = list.map { participants($0, m).displayWidth }.max() ?? 0
        let weeks = weekWidth + 11 + 6 + widest <= inner.width - 2
        func kindFits(_ meeting: Meeting) -> Bool {
            (weeks ? weekWidth : 0) + 11 + 6 + participants(meeting, m).displayWidth + 3 + m.text.name(meeting.kind).displayWidth <= inner.width - 2
        }
        for (i, meeting) in list.enumerated() {
            let thisWeek = meeting.day.isoWeek == m.today.isoWeek
            Line([(weeks ? m.text.week(meeting.day).padded(to: weekWidth) : "", Style(thisWeek ? .today : .muted)),
                  (m.text.compactDate(meeting.day, today: m.today).padded(to: 10) + " ", thisWeek && !weeks ? Style(.today) : .plain),
                  (m.text.time(meeting.start).padded(to: 5, alignRight: true) + " ", Style(.accent)),
                  (participants(meeting, m), .plain),
                  // The kind where it fits whole after them; a cut «· kl…» says nothing.
                  (kindFits(meeting) ? " · " + m.text.name(meeting.kind) : "", Style(.muted))])
                .draw(x: inner.x + 1, y: inner.y + i, limit: inner.width - 2, &g)
        }
    }

    static func participants(_ meeting: Meeting, _ m: Model) -> String {
        if meeting.clusters.count == 1, let c = m.state.clusters[meeting.clusters[0]] { return c.name }
        if meeting.clusters.count > 1 { return m.text(.clusterCount, meeting.clusters.count) }
        return meeting.schools.compactMap { m.state.schools[$0]?.name }.joined(separator: ", ")
    }
}

extension OverviewView: ScreenType {
    static let title: UIText = .tabOverview
    static let keyHelp: UIText = .keyOverview
    static let hints: [Action] = [.open, .mapColouring]
    static func open(_ m: inout Model) { m.show(.schools) }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        guard a == .mapColouring else { return false }
        m.overview.mapByIntervention.toggle()
        return true
    }
}
