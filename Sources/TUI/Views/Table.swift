import Wording
/// A framed, scrolling table with a heading row and a highlighted selection. Draws visible rows only.
struct Table {
    struct Column {
        let title: String
        let width: Int
        var flexible = false
        var alignRight = false
    }

    var title: String
    var columns: [Column]
    var count: Int
    var cursor: Cursor
    var focused = true
    var empty: String = ""

    /// Widths that fit: a flexible column (else the last, when it holds text) takes what is left, shrinking to 12 before
    /// columns drop from the right; only what does not fit even then is cut with an ellipsis.
    static func fit(_ cols: [Column], to width: Int) -> [Column] {
        // Each column as wide as its title when there is room for all of them so.
        let titled = cols.map { c in Column(title: c.title, width: max(c.width, c.title.displayWidth), flexible: c.flexible, alignRight: c.alignRight) }
        let least = titled.reduce(0) { $0 + ($1.flexible ? min($1.width, 12) : $1.width) + 1 }
        var cols = least <= width ? titled : cols
        func total(least: Bool) -> Int { cols.reduce(0) { $0 + ($1.flexible && least ? min($1.width, 12) : $1.width) + 1 } }
        while total(least: true) > width, cols.count > 2 { cols.removeLast() }
        // Where the titles did not all fit, the room the flexible column would grow into first makes the kept columns'
        // cut titles whole, left to right («Schoo…» beside a name column three wider than its names).
        if least > width {
            for i in cols.indices where !cols[i].flexible && cols[i].width < cols[i].title.displayWidth {
                let more = min(cols[i].title.displayWidth - cols[i].width, width - total(least: false))
                guard more > 0 else { break }
                let c = cols[i]
                cols[i] = Column(title: c.title, width: c.width + more, flexible: c.flexible, alignRight: c.alignRight)
            }
        }
        let grows = cols.firstIndex(where: \.flexible) ?? (cols.last?.alignRight == false ? cols.count - 1 : nil)
        if let f = grows {
            let c = cols[f]
            cols[f] = Column(title: c.title, width: max(6, c.width + width - total(least: false)), flexible: true, alignRight: c.alignRight)
        }
        return cols
    }

    func draw(in r: Rect, _ g: inout Grid, cell: (_ row: Int, _ column: Int) -> (String, Style)) {
        g.box(r, title: title, style: Style(focused ? .accent : .border))
        let inner = r.inset(1)
        guard inner.height > 1, inner.width > 2 else { return }
        if count == 0 {
            g.put(empty, x: inner.x + 1, y: inner.y + 1, style: Style(.muted), limit: inner.width - 2)
        }
        let cols = Table.fit(columns, to: inner.width - 1)
        var x = inner.x + 1
        for c in cols {
            g.put(c.title.padded(to: c.width, alignRight: c.alignRight), x: x, y: inner.y, style: Style(.header, .bold))
            x += c.width + 1
        }
        let visible = inner.height - 1
        for i in 0..<min(visible, max(0, count - cursor.scroll)) {
            let row = cursor.scroll + i
            let y = inner.y + 1 + i
            let selected = row == cursor.selected
            var x = inner.x + 1
            for (ci, c) in cols.enumerated() {
                let (text, style) = cell(row, ci)
                g.put(text.padded(to: c.width, alignRight: c.alignRight), x: x, y: y, style: selected ? Style(.selection) : style)
                x += c.width + 1
            }
            if selected {
                g.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: Style(focused ? .selection : .muted, focused ? [] : .reverse))
            }
        }
        if count > visible {
            ScrollBar.draw(x: r.maxX - 1, y: inner.y + 1, height: visible, offset: cursor.scroll, total: count, &g)
        }
    }
}

enum ScrollBar {
    static func draw(x: Int, y: Int, height: Int, offset: Int, total: Int, _ g: inout Grid) {
        guard height > 0, total > height else { return }
        let thumb = max(1, height * height / total)
        let top = (height - thumb) * offset / max(1, total - height)
        for i in 0..<thumb { g[x, y + top + i] = Cell(text: "┃", style: Style(.accent)) }
    }
}
