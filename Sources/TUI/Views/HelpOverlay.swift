/// The key table as a centred overlay; generated from `KeyMap`, never written by hand.
enum HelpOverlay {
    static func draw(_ m: Model, into g: inout Grid) {
        let rows = m.keyMap.bindings.map { b in
            (b.keys.map(\.label).joined(separator: " / "), m.text(b.help))
        }
        let keyWidth = rows.map { $0.0.displayWidth }.max() ?? 0
        let descWidth = rows.map { $0.1.displayWidth }.max() ?? 0
        let w = min(m.width - 4, max(keyWidth + descWidth + 7, m.text(.helpClose).displayWidth + 4))
        let h = min(m.height - 2, rows.count + 4)
        let box = Rect(x: (m.width - w) / 2, y: (m.height - h) / 2, width: w, height: h)
        g.fill(box)
        g.box(box, title: m.text(.helpTitle), style: Style(.accent))
        for (i, row) in rows.prefix(h - 4).enumerated() {
            let y = box.y + 1 + i
            g.put(row.0, x: box.x + 2, y: y, style: Style(.statusKey, .bold), limit: keyWidth)
            g.put(row.1, x: box.x + 4 + keyWidth, y: y, limit: box.width - keyWidth - 6)
        }
        g.put(m.text(.helpClose), x: box.x + 2, y: box.maxY - 2, style: Style(.muted), limit: box.width - 4)
    }
}
