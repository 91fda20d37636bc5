import Wording

/// `:` the palette: places, programmes, follow-ups and actions by name; Tab completes, Enter runs.
public struct PaletteDialog: Dialog {
    public var input = TextInput()
    var overlay: Overlay { .palette(self) }

    func take(_ key: Key, _ m: inout Model) {
        let entries = m.paletteEntries(input.text)
        var d = self
        switch key {
        case .escape, .ctrl("c"): m.overlay = nil; return
        case .up: d.input.selected = max(0, input.selected - 1)
        case .down: d.input.selected = min(max(0, entries.count - 1), input.selected + 1)
        case .tab:
            if entries.indices.contains(input.selected) { d.input.text = entries[input.selected].label; d.input.selected = 0 }
        case .backspace: d.input.text = String(input.text.dropLast()); d.input.selected = 0
        case .char(let c): d.input.text.append(c); d.input.selected = 0
        case .enter:
            m.overlay = nil
            if entries.indices.contains(input.selected) { run(entries[input.selected].target, &m) }
            return
        default: return
        }
        m.overlay = d.overlay
    }

    func draw(_ m: Model, into g: inout Grid) {
        let entries = m.paletteEntries(input.text)
        let w = min(70, m.width - 4), h = min(m.height - 4, 16)
        let r = Rect(x: (m.width - w) / 2, y: 2, width: w, height: h)
        g.fill(r)
        g.box(r, title: m.text(.paletteTitle), style: Style(.accent))
        let inner = r.inset(1)
        g.put(":" + input.text + "▏", x: inner.x + 1, y: inner.y, style: Style(.accent, .bold), limit: inner.width - 2)
        if entries.isEmpty {
            g.put(m.text(.paletteNone), x: inner.x + 1, y: inner.y + 2, style: Style(.muted))
            return
        }
        var c = Cursor(); c.selected = input.selected
        // Each view's and action's key beside it, so the palette teaches the keys (a school or programme has none).
        DialogFrame.menu(entries.map(\.label), c, in: Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1), m, &g,
                         keys: entries.map { m.paletteKey($0.target) ?? "" })
    }
}

/// Runs a palette entry.
func run(_ target: PaletteEntry.Target, _ m: inout Model) {
    switch target {
    case .view(let v): m.show(v)
    case .action(let a): perform(a, &m)
    case .programme(let p): m.setProgramme(p)
    case .moveFollowUp(let id): m.actOnFollowUp(id, move: true)
    case .followUpDone(let id): m.actOnFollowUp(id, move: false)
    case .school(let s):
        m.show(.schools)
        if let i = m.derived.schools.visible.firstIndex(where: { m.derived.schools.rows[$0].institution == s }) {
            m.schools.cursor.selected = i
        } else {
            m.schools.filter = ""; m.schools.facets = Facets()
            m.applySchoolFilter(keeping: s)
        }
        m.schools.cursor.keepVisible(count: m.derived.schools.visible.count, height: m.listHeight)
        m.page = SchoolPageState(s)
    }
}
