import Domain
import Wording

/// Resultater: the programme's schools against their baseline and target on one indicator at a time (←/→ for the
/// next), with the trend and the pupils each value rests on; below, the groups (the programme, the selected
/// school's cluster and region, the schools shown, the comparison schools), every mean with its n.
enum ScorecardView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let data = m.derived.scorecard
        guard m.programme != nil else { return }
        guard data.indicators.indices.contains(m.scorecard.indicator) else {
            g.box(r, title: m.text(.scorecardTitle), style: Style(.accent))
            for (i, line) in m.text(.scorecardNoIndicators).wrapped(to: r.width - 4).enumerated() where i < r.height - 2 {
                g.put(line, x: r.x + 2, y: r.y + 1 + i, style: Style(.muted))
            }
            return
        }
        let k = m.scorecard.indicator, d = data.indicators[k]
        tabs(m, Rect(x: r.x + 1, y: r.y, width: r.width - 2, height: 1), &g)
        let groups = groupLines(m)
        let groupHeight = groups.count + 2
        let table = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1 - groupHeight)
        drawTable(m, d, k, table, &g)
        let box = Rect(x: r.x, y: table.maxY, width: r.width, height: groupHeight)
        g.box(box, title: m.text(.scorecardGroups))
        for (i, line) in groups.enumerated() { line.draw(x: box.x + 2, y: box.y + 1 + i, limit: box.width - 4, &g) }
    }

    /// The indicators as tabs, the one shown highlighted; with its unit, direction and baseline after them.
    static func tabs(_ m: Model, _ r: Rect, _ g: inout Grid) {
        let data = m.derived.scorecard
        var x = r.x
        let all = data.indicators.reduce(0) { $0 + m.text.name($1).displayWidth + 3 }
        if all > r.width {
            // Too narrow for every name: the one shown in full, with where it stands and how to move.
            let d = data.indicators[m.scorecard.indicator]
            x += g.put(" " + m.text.name(d) + " ", x: x, y: r.y, style: Style(.selection, .bold), limit: r.width)
            g.put(" ← \(m.scorecard.indicator + 1)/\(data.indicators.count) →", x: x, y: r.y, style: Style(.muted), limit: r.maxX - x)
            return
        }
        for (i, d) in data.indicators.enumerated() {
            let selected = i == m.scorecard.indicator
            let label = " " + m.text.name(d) + " "
            x += g.put(label, x: x, y: r.y, style: selected ? Style(.selection, .bold) : Style(.muted), limit: r.maxX - x)
            if x < r.maxX { x += g.put(" ", x: x, y: r.y, style: .plain, limit: r.maxX - x) }
        }
        let d = data.indicators[m.scorecard.indicator]
        let about = m.text.name(d.unit) + ", " + m.text.name(d.better) + " · " + m.text(.colBaseline).lowercased() + " "
            + (d.baseline.isEmpty ? "–" : d.baseline.map(m.text.period).joined(separator: ", "))
        if r.maxX - x > about.displayWidth + 2 { g.put("· " + about, x: x, y: r.y, style: Style(.muted)) }
    }

    enum Column { case name, latest, period, baseline, improvement, target, trend, pupils, variation }

    static func drawTable(_ m: Model, _ d: IndicatorDefinition, _ k: Int, _ r: Rect, _ g: inout Grid) {
        let data = m.derived.scorecard, rows = m.derived.schools.rows
        let arrow = m.scorecard.descending ? "↓" : "↑"
        var title = m.text(.scorecardTitle) + " · " + (m.schools.facets.participation == nil
            ? m.text(.scorecardTakingPart, m.text.grouped(data.visible.count), m.text.grouped(data.takingPart))
            : m.text(.scorecardShown, m.text.grouped(data.visible.count), m.text.grouped(rows.count)))
        title += " · " + m.text(.sortedBy, m.text(m.scorecard.sort.title).lowercased() + arrow)
        if !m.scorecard.filter.isEmpty { title += " · /" + m.scorecard.filter }
        if !m.schools.facets.isEmpty { title += " · f" }
        // In order of importance: what does not fit drops from the right.
        let order: [Column] = [.name, .latest, .improvement, .target, .trend, .baseline, .pupils, .period, .variation]
        func heading(_ c: Column) -> String {
            let text: SharedText
            switch c {
            case .name: text = .colSchool
            case .latest: text = .colLatest
            case .period: text = .colPeriod
            case .baseline: text = .colBaseline
            case .improvement: text = .colImprovement
            case .target: text = .colTarget
            case .trend: text = .colTrend
            case .pupils: text = .colPupils
            case .variation: text = .colVariation
            }
            let sorted = ScoreColumn.allCases.first { $0.title == text } == m.scorecard.sort
            return m.text(text) + (sorted ? arrow : "")
        }
        let widths: [Column: Int] = [.name: max(16, min(32, m.derived.schools.widestName)), .latest: 9, .period: 8, .baseline: 10,
                                     .improvement: 8, .target: 3, .trend: ScoreCell.trendLength, .pupils: 6, .variation: 18]
        let right: Set<Column> = [.latest, .baseline, .improvement, .pupils]
        // The name as wide as the widest (up to 32) before the columns of less weight come in.
        var shown = order
        let room = r.width - 3
        func need(_ list: [Column]) -> Int { list.reduce(0) { $0 + max(widths[$1]!, heading($1).displayWidth) + 1 } }
        while shown.count > 4, need(shown) > room { shown.removeLast() }
        // What room is left goes to the last column's words when it is shown, else to the names.
        let grows: Column = shown.contains(.variation) ? .variation : .name
        let cols = shown.map { Table.Column(title: heading($0), width: widths[$0]!, flexible: $0 == grows, alignRight: right.contains($0)) }
        let fitted = Table.fit(cols, to: room)
        let table = Table(title: title, columns: fitted, count: data.visible.count, cursor: m.scorecard.cursor, focused: true,
                          empty: m.noMatchesText)
        let cells = data.cells[k]
        table.draw(in: r, &g) { row, col in
            let i = data.visible[row], c = cells[i]
            switch shown[col] {
            case .name: return (rows[i].name, .plain)
            case .latest: return (m.text.latest(c, d), Style(.text, .bold))
            case .period: return (c.latest.map { m.text.period($0.period) } ?? "–", Style(.muted))
            case .baseline: return (m.text.baseline(c, d), Style(.muted))
            case .improvement:
                let role: Role = (c.gain ?? 0) > 0 ? .ok : (c.gain ?? 0) < 0 ? .warning : .muted
                return (m.text.improvement(c, d), Style(role))
            case .target: return (m.text.targetMark(c.targetMet), Style(c.targetMet == true ? .ok : c.targetMet == false ? .warning : .muted, .bold))
            case .trend: return (Charts.sparkline(c.trend), Style(.accent))
            case .pupils: return (c.latest?.pupils.map(m.text.grouped) ?? "–", Style(.muted))
            case .variation: return (m.text.variation(c, d), Style(c.band?.inside == false ? .warning : .muted))
            }
        }
    }

    /// The groups: the programme, the selected school's cluster and region, the schools shown when a filter narrows
    /// them, and the comparison schools; each with its n, starred under five schools.
    static func groupLines(_ m: Model) -> [Line] {
        let data = m.derived.scorecard, k = m.scorecard.indicator
        guard data.indicators.indices.contains(k), !m.derived.scorecardPending else { return [] }
        let d = data.indicators[k]
        var named: [(String, GroupScore)] = [(m.state.programmes[d.programme]?.name ?? d.programme, data.programme[k])]
        if let i = selectedRow(m) {
            let row = m.derived.schools.rows[i]
            // «Klynge Sjælland 2», but a name that already says it is a cluster stands alone («Klynge 6», not «Klynge
            // Klynge 6»).
            if let c = row.clusterID, let score = data.byCluster[k][c] {
                let name = row.cluster ?? c, label = m.text(.colCluster)
                named.append((name.lowercased().hasPrefix(label.lowercased() + " ") ? name : label + " " + name, score))
            }
            if let score = data.byRegion[k][row.region] { named.append((row.region, score)) }
        }
        if data.visible.count != data.takingPart || !m.scorecard.filter.isEmpty || !m.schools.facets.isEmpty {
            named.append((m.text(.scorecardShownGroup), data.shown[k]))
        }
        if data.comparison[k].schools > 0 { named.append((m.text(.groupComparison), data.comparison[k])) }
        let labels = named.map { name, s in
            (s.measured == s.schools ? name + " (n " + m.text.grouped(s.measured) + ")" : m.text(.scoreGroupN, name, m.text.grouped(s.measured), m.text.grouped(s.schools)))
                + (s.isFew ? "*" : "")
        }
        let labelWidth = min(40, labels.map(\.displayWidth).max() ?? 0)
        let gains = named.map { _, s in (s.meanGain.map { m.text.value($0, d, signed: true) } ?? "–") + " (n " + m.text.grouped(s.withBaseline) + ")" }
        let gainWidth = gains.map(\.displayWidth).max() ?? 0
        return zip(zip(named, labels), gains).map { pair, gain in
            let (group, label) = pair
            let s = group.1
            let mean = s.meanLatest.map { m.text.withUnit(m.text.value($0, d), d) } ?? "–"
            return Line([(label.truncated(to: labelWidth).padded(to: labelWidth) + "  ", Style(s.isFew ? .warning : .text)),
                         (mean.padded(to: 9, alignRight: true) + "  ", Style(s.isFew ? .muted : .text, .bold)),
                         (gain.padded(to: gainWidth) + "  ", .plain),
                         (m.text.targetCount(s), Style(.muted))])
        }
    }

    static func selectedRow(_ m: Model) -> Int? {
        let v = m.derived.scorecard.visible
        return v.indices.contains(m.scorecard.cursor.selected) ? v[m.scorecard.cursor.selected] : nil
    }

    /// Rows of the list: the screen's list height less the tabs line and the groups box.
    static func listRows(_ m: Model) -> Int { max(1, m.listHeight - 1 - groupLines(m).count - 2) }
}

extension ScorecardView: ScreenType {
    static let title: UIText = .tabScorecard
    static let keyHelp: UIText = .keyScorecard
    static let hints: [Action] = [.open, .filter, .sort, .facets, .right, .defineIndicator, .changeIndicator]
    static func clearFilters(_ m: inout Model) { m.scorecard.filter = ""; m.schools.facets = Facets(); m.applySchoolFilter() }
    static func filterText(_ m: Model) -> String? { m.scorecard.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.scorecard.takingPart }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.scorecard.filter = text
        m.scorecard.cursor = Cursor()
        m.applySchoolFilter()
    }
    static func count(_ m: Model) -> Int { m.derived.scorecard.visible.count }
    static func move(_ m: inout Model, by delta: Int) { m.scorecard.cursor.move(by: delta, count: count(m), height: listRows(m)) }
    /// (Not while the figures wait to be worked out: the rows are not known, and the cursor stays where it was.)
    static func keepVisible(_ m: inout Model) {
        guard !m.derived.scorecardPending else { return }
        m.scorecard.cursor.keepVisible(count: count(m), height: listRows(m))
    }
    static func open(_ m: inout Model) { if let s = school(m) { m.page = SchoolPageState(s) } }
    static func school(_ m: Model) -> String? { selectedRow(m).map { m.derived.schools.rows[$0].institution } }
    /// Row 0 is the tabs line and row 1 the table's heading.
    static func click(_ m: inout Model, row: Int, x: Int) { m.scorecard.cursor.click(row: row - 2, count: count(m), height: listRows(m)) }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        let keep = school(m)
        switch a {
        case .left, .right:
            let n = m.derived.scorecard.indicators.count
            guard n > 0 else { return true }
            m.scorecard.indicator = (m.scorecard.indicator + (a == .left ? n - 1 : 1)) % n
        case .sort: m.scorecard.sort = ScoreColumn.allCases[(m.scorecard.sort.rawValue + 1) % ScoreColumn.allCases.count]
        case .reverseSort: m.scorecard.descending.toggle()
        default: return false
        }
        m.applySchoolFilter()
        m.scorecard.reselect(keep, among: m.derived.scorecard.visible.map { m.derived.schools.rows[$0].institution })
        keepVisible(&m)
        return true
    }
}
