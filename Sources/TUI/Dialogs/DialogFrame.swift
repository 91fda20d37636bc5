import Wording

/// What dialogs draw with: a centred box, a list in it, where a long list or text is, and scrolling by keys.
enum DialogFrame {
    /// A cleared, framed box centred on the screen.
    static func centred(width: Int, height: Int, title: String, _ g: inout Grid) -> Rect {
        // As wide as the screen where it would leave a single column beside it: the screen's frames would stand
        // against its own there («┌┌ Taster» at 80 columns).
        let w = g.width - min(g.width - 2, width) < 4 ? g.width : width, h = min(g.height - 2, height)
        let r = Rect(x: (g.width - w) / 2, y: (g.height - h) / 2, width: w, height: h)
        g.fill(r)
        g.box(r, title: title, style: Style(.accent))
        return r
    }

    /// A list in a box: the selected row highlighted, scrolled to keep it in view, and where it is
    /// ("34–56 af 76") on the frame's bottom line when the list is longer than the box; `keys`, where given, says
    /// each row's key at its right, muted, as the palette does.
    static func menu(_ items: [String], _ cursor: Cursor, in r: Rect, _ m: Model, _ g: inout Grid, keys: [String] = []) {
        let inner = r.inset(1)
        let height = max(1, inner.height - 1)
        var c = cursor
        c.keepVisible(count: items.count, height: height)
        let keyWidth = keys.map(\.displayWidth).max().map { $0 + 2 } ?? 0
        for (i, item) in items.dropFirst(c.scroll).prefix(height).enumerated() {
            let row = c.scroll + i, selected = row == c.selected
            g.put(" " + item.padded(to: inner.width - 2 - keyWidth) + String(repeating: " ", count: keyWidth) + " ", x: inner.x, y: inner.y + i,
                  style: selected ? Style(.selection) : .plain)
            if keys.indices.contains(row), !keys[row].isEmpty {
                g.put(keys[row], x: inner.maxX - 1 - keys[row].displayWidth, y: inner.y + i, style: selected ? Style(.selection) : Style(.muted))
            }
        }
        position(c, count: items.count, height: height, r, m, &g)
    }

    /// "34–56 af 76" on a box's bottom frame line, when the list does not fit.
    static func position(_ c: Cursor, count: Int, height: Int, _ r: Rect, _ m: Model, _ g: inout Grid) {
        guard let p = c.position(count: count, height: height) else { return }
        let label = " " + m.text(.listPosition, m.text.grouped(p.first), m.text.grouped(p.last), m.text.grouped(count)) + " "
        g.put(label, x: r.maxX - 2 - label.displayWidth, y: r.maxY - 1, style: Style(.accent))
    }

    /// Where a scrolled dialog is, on its bottom border ("↑↓ 4–9/14"), when it does not show everything.
    static func scrolled(from: Int, fits: Int, of total: Int, _ r: Rect, _ m: Model, _ g: inout Grid) {
        guard total > fits else { return }
        let s = " ↑↓ " + m.text.grouped(from + 1) + "–" + m.text.grouped(min(total, from + fits)) + "/" + m.text.grouped(total) + " "
        g.put(s, x: r.maxX - 2 - s.displayWidth, y: r.maxY - 1, style: Style(.accent, .bold))
    }

    /// ↑/↓ and page keys scroll a dialog that shows `fits` of its `rows` lines from `at`: the new first line,
    /// or nil for any other key.
    static func scroll(_ key: Key, at: Int, rows: Int, fits: Int) -> Int? {
        let most = max(0, rows - fits)
        let at = min(at, most)
        switch key {
        case .down: return min(most, at + 1)
        case .up: return max(0, at - 1)
        case .pageDown: return min(most, at + max(1, fits - 1))
        case .pageUp: return max(0, at - max(1, fits - 1))
        default: return nil
        }
    }
}
