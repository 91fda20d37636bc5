import Domain

/// Skoler: a table of the programme's schools and a detail pane for the selected one.
enum SchoolsView {
    struct Column {
        let title: Str
        let width: Int
        let value: (SchoolRow) -> String
    }

    static func columns(for width: Int, _ m: Model) -> [Column] {
        var cols = [
            Column(title: .colInstitution, width: 9) { $0.institution },
            Column(title: .colName, width: 20) { $0.name },
            Column(title: .colMunicipality, width: 14) { $0.municipality },
        ]
        if width >= 80 {
            cols.append(Column(title: .colCluster, width: 15) { $0.cluster ?? "–" })
            cols.append(Column(title: .colConsultant, width: 10) { $0.consultant ?? "–" })
        }
        cols.append(Column(title: .colParticipation, width: 11) { m.text.name($0.participation) })
        return cols
    }

    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let detailWidth = m.detailFocused ? r.width * 3 / 5 : max(34, r.width * 2 / 5)
        let table = Rect(x: r.x, y: r.y, width: r.width - detailWidth, height: r.height)
        let detail = Rect(x: table.maxX, y: r.y, width: detailWidth, height: r.height)
        drawTable(m, table, &g)
        SchoolDetail.draw(m, detail, &g)
    }

    static func drawTable(_ m: Model, _ r: Rect, _ g: inout Grid) {
        let title = m.text(.tabSchools) + " (\(m.rows.count))"
        g.box(r, title: title, style: Style(m.detailFocused ? .border : .accent))
        let inner = r.inset(1)
        guard !m.rows.isEmpty else {
            g.put(m.text(.noSchools), x: inner.x + 1, y: inner.y, style: Style(.muted))
            return
        }
        let cols = fit(columns(for: inner.width, m), to: inner.width - 1)
        var x = inner.x + 1
        for c in cols {
            g.put(m.text(c.title).padded(to: c.width), x: x, y: inner.y, style: Style(.header, .bold))
            x += c.width + 1
        }
        let visible = inner.height - 1
        for (i, row) in m.rows.dropFirst(m.scroll).prefix(visible).enumerated() {
            let y = inner.y + 1 + i
            let index = m.scroll + i
            let selected = index == m.selected
            var x = inner.x + 1
            for (ci, c) in cols.enumerated() {
                let isStatus = ci == cols.count - 1
                let style = selected ? Style(.selection) : (isStatus ? Style(Role.of(row.participation)) : .plain)
                g.put(c.value(row).padded(to: c.width + 1), x: x, y: y, style: style, limit: inner.maxX - x)
                x += c.width + 1
            }
            if selected { g.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: Style(.selection)) }
        }
    }

    /// Shrinks the name column (and then the others) until the columns fit.
    static func fit(_ cols: [Column], to width: Int) -> [Column] {
        var cols = cols
        var total = cols.reduce(0) { $0 + $1.width + 1 }
        while total > width, cols.count > 3 {
            total -= cols[cols.count - 2].width + 1
            cols.remove(at: cols.count - 2)
        }
        if total > width {
            let c = cols[1]
            cols[1] = Column(title: c.title, width: max(6, c.width - (total - width)), value: c.value)
        } else if total < width {
            let c = cols[1]
            cols[1] = Column(title: c.title, width: c.width + (width - total), value: c.value)
        }
        return cols
    }
}
