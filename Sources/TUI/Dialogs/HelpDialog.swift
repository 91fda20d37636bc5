import Wording

/// The key table; typing narrows it, arrows scroll it.
public struct HelpDialog: Dialog {
    public var query = ""
    public var scroll = 0
    var overlay: Overlay { .help(self) }

    func take(_ key: Key, _ m: inout Model) {
        var d = self
        switch key {
        case .escape, .char("?"), .ctrl("c"): m.overlay = nil; return
        case .backspace: d.query = String(query.dropLast()); d.scroll = 0
        case .down, .ctrl("n"): d.scroll += 1
        case .up, .ctrl("p"): d.scroll = max(0, scroll - 1)
        case .pageDown, .ctrl("f"): d.scroll += m.dialogPage
        case .pageUp, .ctrl("b"): d.scroll = max(0, scroll - m.dialogPage)
        case .home: d.scroll = 0
        case .end: d.scroll = Int.max / 2
        case .char(let c): d.query += String(c); d.scroll = 0
        default: return
        }
        m.overlay = d.overlay
    }

    /// In two columns when it is long and the screen is wide.
    func draw(_ m: Model, into g: inout Grid) {
        let rows = m.session.keyMap.bindings.map { b in (b.keys.map(\.label).joined(separator: " / "), m.text(b.help)) }
            .filter { query.isEmpty || Folding.matches(query, long: Folding.keys($0.0 + " " + $0.1).long, short: Folding.keys($0.0 + " " + $0.1).short) }
        let r = DialogFrame.centred(width: m.width >= 150 ? m.width - 6 : 78, height: m.session.keyMap.bindings.count + 5, title: m.text(.helpTitle), &g)
        let inner = r.inset(1)
        g.put(m.text(.helpSearch, query) + "▏", x: inner.x + 1, y: inner.y, style: Style(.accent), limit: inner.width - 2)
        let height = inner.height - 3
        // Two columns only when no description would be cut in them; else one, scrolled.
        let widest = (rows.map(\.0.displayWidth).max() ?? 0) + (rows.map(\.1.displayWidth).max() ?? 0) + 4
        let columns = rows.count > height && inner.width >= 120 && widest <= (inner.width - 1) / 2 ? 2 : 1
        // The key column as wide as its widest key; in two columns the first as wide as its rows need, so the
        // second's descriptions have the rest of the line.
        let keyWidth = min(18, (inner.width - 1) / columns / 3, rows.map(\.0.displayWidth).max() ?? 18)
        let start = min(scroll, max(0, rows.count - height * columns))
        let shown = Array(rows.dropFirst(start).prefix(height * columns))
        let firstNeeds = keyWidth + 3 + (shown.prefix(height).map(\.1.displayWidth).max() ?? 0)
        let firstWidth = columns == 1 ? inner.width - 1 : min(firstNeeds, (inner.width - 1) * 3 / 5)
        for (i, row) in shown.enumerated() {
            let colWidth = i < height ? firstWidth : inner.width - 1 - firstWidth
            let x = inner.x + 1 + (i < height ? 0 : firstWidth)
            let y = inner.y + 1 + i % height
            g.put(row.0, x: x, y: y, style: Style(.statusKey, .bold), limit: keyWidth)
            g.put(row.1, x: x + keyWidth + 1, y: y, limit: colWidth - keyWidth - 2)
        }
        var footer = m.text(.helpClose)
        if rows.count - start > height * columns { footer = "↓ " + footer }
        g.put(footer, x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 2)
        if rows.count > height * columns {
            let label = " " + m.text(.listPosition, m.text.grouped(start + 1), m.text.grouped(min(rows.count, start + height * columns)),
                                           m.text.grouped(rows.count)) + " "
            g.put(label, x: r.maxX - 2 - label.displayWidth, y: r.maxY - 1, style: Style(.accent))
        }
    }
}
