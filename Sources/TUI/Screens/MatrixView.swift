import Domain
import Wording

/// Indsatser: schools × intervention kinds; each status a coloured letter, readable in monochrome.
enum MatrixView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let kinds = m.derived.matrix.kinds
        let rows = m.matrixRows
        var title = m.text(.matrixTitle) + m.text.titleCount(rows.count)
        if let k = m.matrix.kind { title += " · " + (kinds.first { $0.id == k }?.name ?? k) }
        if let s = m.matrix.status { title += " · " + m.text.name(s) }
        if !m.matrix.filter.isEmpty { title += " · /" + m.matrix.filter }
        g.box(r, title: title, style: Style(.accent))
        let inner = r.inset(1)
        guard !kinds.isEmpty else {
            g.put(m.text(.noInterventions), x: inner.x + 1, y: inner.y, style: Style(.muted)); return
        }
        let layout = Layout(m, width: inner.width)
        let (nameWidth, cell) = (layout.nameWidth, layout.cell)
        // Heading: kind names wrapped over two lines when that lets each be read whole, else cut to the cell; the
        // selected column highlighted.
        var x = inner.x + 1 + nameWidth
        g.put(m.text(.colSchool), x: inner.x + 1, y: inner.y + layout.headingLines - 1, style: Style(.header, .bold), limit: nameWidth)
        for (ci, lines) in layout.heading.enumerated() {
            let selected = ci == m.matrix.column
            for (k, line) in lines.enumerated() {
                g.put(line, x: x, y: inner.y + k, style: Style(selected ? .accent : .header, .bold), limit: cell - 1)
            }
            x += cell
        }
        // Counts per column.
        let top = inner.y + layout.headingLines
        x = inner.x + 1 + nameWidth
        g.put(m.text(.colTotal), x: inner.x + 1, y: top, style: Style(.muted), limit: nameWidth)
        for n in m.derived.matrix.counts {
            // Grouped as every count of a thousand or more is («1.467»), where the cell holds it; else as digits alone.
            let grouped = m.text.grouped(n)
            g.put(grouped.displayWidth <= cell - 1 ? grouped : String(n), x: x, y: top, style: Style(.muted), limit: cell - 1)
            x += cell
        }
        let visible = inner.height - 2 - layout.headingLines
        if rows.isEmpty, !m.derived.matrix.rows.isEmpty {
            g.put(m.noMatchesText, x: inner.x + 1, y: inner.y + 2, style: Style(.muted), limit: inner.width - 2)
        }
        var cursor = m.matrix.cursor
        cursor.keepVisible(count: rows.count, height: visible)
        for i in 0..<min(visible, max(0, rows.count - cursor.scroll)) {
            let index = cursor.scroll + i
            let school = m.derived.schools.rows[rows[index]]
            let y = top + 1 + i
            let selectedRow = index == cursor.selected
            g.put(school.name.padded(to: nameWidth - 1), x: inner.x + 1, y: y, style: selectedRow ? Style(.selection) : .plain)
            x = inner.x + 1 + nameWidth
            for (ci, k) in kinds.enumerated() {
                let focus = selectedRow && ci == m.matrix.column
                if let st = m.derived.schools.status(school.institution, k.id) {
                    let text = "●" + Glyphs.letter(st)
                    g.put(text, x: x, y: y, style: focus ? Style(.selection, .bold) : Style(Role.of(st), .bold))
                } else {
                    g.put("·", x: x, y: y, style: focus ? Style(.selection) : Style(.muted))
                }
                x += cell
            }
        }
        ScrollBar.draw(x: r.maxX - 1, y: top + 1, height: visible, offset: cursor.scroll, total: rows.count, &g)
        // Where the heading cuts names, the selected column's kind is named in full before the legend.
        var x2 = inner.x + 1
        if layout.cutsNames, kinds.indices.contains(m.matrix.column) {
            x2 += g.put("▸ " + kinds[m.matrix.column].name + "  ", x: x2, y: inner.maxY - 1, style: Style(.accent, .bold), limit: inner.width - 2)
        }
        g.put(m.text(.matrixLegend), x: x2, y: inner.maxY - 1, style: Style(.muted), limit: inner.maxX - 1 - x2)
    }
}

extension MatrixView {
    /// The matrix's columns for a width: names as wide as the longest (up to 40) when the cells keep their full width
    /// of 14, else narrower; each kind's heading on one line, or on two when one would cut a name that two hold whole.
    /// The widest name is computed once per rebuild in Derived, not per frame over every visible row.
    struct Layout {
        let nameWidth: Int, cell: Int
        /// Each kind's heading lines (all of one count).
        let heading: [[String]]
        var headingLines: Int { heading.first?.count ?? 1 }
        /// Whether some kind's name is cut in the heading (then the selected column's name is said in full below).
        let cutsNames: Bool

        init(_ m: Model, width: Int) {
            let kinds = m.derived.matrix.kinds
            let longest = max(14, m.derived.schools.widestName) + 1
            nameWidth = max(14, min(max(28, min(40, longest)), width - 2 - kinds.count * (width >= 120 ? 14 : 6)))
            let longestKind = (kinds.map(\.name.displayWidth).max() ?? 13) + 1
            let cell = max(3, min(max(14, longestKind), (width - nameWidth - 2) / max(1, kinds.count)))
            self.cell = cell
            let one = kinds.map { [$0.name] }
            let two = kinds.map { $0.name.wrapped(to: cell - 1) }
            let cuts = one.contains { $0[0].displayWidth > cell - 1 }
            let twoFit = two.allSatisfy { $0.count <= 2 && $0.allSatisfy { $0.displayWidth <= cell - 1 } }
            heading = cuts && twoFit ? two.map { $0.count == 2 ? $0 : $0 + [""] } : one
            cutsNames = cuts && !twoFit
        }
    }

    /// Rows of the list: the screen's list height less the heading's extra line and the totals line.
    static func listRows(_ m: Model) -> Int { m.listHeight - 1 - Layout(m, width: m.width - 2).headingLines }
}

extension MatrixView: ScreenType {
    static let title: UIText = .tabInterventions
    static let keyHelp: UIText = .keyInterventions
    static let hints: [Action] = [.filter, .facets, .interventionStatus]
    static func clearFilters(_ m: inout Model) { m.matrix.kind = nil; m.matrix.status = nil; m.matrix.filter = "" }
    static func filterText(_ m: Model) -> String? { m.matrix.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.matrix.rows.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.matrix.filter = text
        m.matrix.cursor = Cursor()
        m.rebuildFilters()
    }
    static func count(_ m: Model) -> Int { m.matrixRows.count }
    /// The matrix's list sits under its two heading lines.
    static func move(_ m: inout Model, by delta: Int) { m.matrix.cursor.move(by: delta, count: count(m), height: listRows(m)) }
    static func keepVisible(_ m: inout Model) { m.matrix.cursor.keepVisible(count: count(m), height: listRows(m)) }
    static func open(_ m: inout Model) { if let s = school(m) { m.page = SchoolPageState(s) } }
    static func school(_ m: Model) -> String? {
        m.matrixRows.indices.contains(m.matrix.cursor.selected) ? m.derived.schools.rows[m.matrixRows[m.matrix.cursor.selected]].institution : nil
    }
    static func click(_ m: inout Model, row: Int, x: Int) {
        m.matrix.cursor.click(row: row - Layout(m, width: m.width - 2).headingLines, count: count(m), height: listRows(m))
    }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        switch a {
        case .left, .right:
            m.matrix.column = max(0, min(m.derived.matrix.kinds.count - 1, m.matrix.column + (a == .left ? -1 : 1)))
        case .interventionStatus:
            guard let p = m.programme, let school = school(m), m.derived.matrix.kinds.indices.contains(m.matrix.column) else { return true }
            let key = InterventionKey(p, school, m.derived.matrix.kinds[m.matrix.column].id)
            guard m.mayRecord(for: school) else { return true }
            if m.statusOptions(key).isEmpty { m.notice = .noTransitions } else { m.overlay = .pickStatus(PickStatusDialog(key: key)) }
        case .facets: cycleFilter(&m)
        default: return false
        }
        return true
    }

    /// No filter → each kind → each status → no filter.
    static func cycleFilter(_ m: inout Model) {
        let kinds = m.derived.matrix.kinds.map(\.id), statuses = InterventionStatus.allCases
        if let k = m.matrix.kind, let i = kinds.firstIndex(of: k) {
            m.matrix.kind = i + 1 < kinds.count ? kinds[i + 1] : nil
            if m.matrix.kind == nil { m.matrix.status = statuses.first }
        } else if let st = m.matrix.status, let i = statuses.firstIndex(of: st) {
            m.matrix.status = i + 1 < statuses.count ? statuses[i + 1] : nil
        } else {
            m.matrix.kind = kinds.first
        }
        m.matrix.cursor = Cursor()
        m.derived.filterMatrix(m.matrix)
    }
}
