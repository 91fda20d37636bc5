import Domain
import Wording

/// Dialogs and prompts drawn over the view. Every one is laid out from the current size.
enum Overlays {
    static func draw(_ o: Overlay, _ m: Model, into g: inout Grid) {
        switch o {
        case .help(let query, let scroll): help(query, scroll, m, &g)
        case .filter: filterLine(m, &g)
        case .palette(let input): palette(input, m, &g)
        case .facets(let c): facets(c, m, &g)
        case .facetValues(let kind, let c): facetValues(kind, c, m, &g)
        case .form(let form): formBox(form, m, &g)
        case .confirm(let c): confirm(c, m, &g)
        case .pickCluster(let school, let c): pick(school, c, m, &g)
        case .suggestions(let list, let c): SchedulingDialogs.suggestions(list, c, m, &g)
        case .plan(let plan, let c): SchedulingDialogs.plan(plan, c, m, &g)
        case .compositions(let list, let c): SchedulingDialogs.compositions(list, c, m, &g)
        case .calendarFilter(let c):
            let items = m.calendarFilters().map { m.label($0) }
            let r = centred(width: 50, height: min(items.count + 3, m.height - 4), title: m.text(.calendarFilterTitle), &g)
            menu(items, c, in: r, m, &g)
        case .meeting(let id): SchedulingDialogs.meeting(id, m, &g)
        case .pickParticipation(let school, let c):
            let items = m.participationOptions(school).map { m.text.name($0) }
            let r = centred(width: 50, height: items.count + 3, title: m.text(.pickParticipation, m.state.schools[school]?.name ?? school), &g)
            menu(items, c, in: r, m, &g)
        case .pickFollowUp(let school, let move, let c):
            let items = m.openFollowUps(school).map(m.followUpRow)
            let name = m.state.schools[school]?.name ?? school
            let r = centred(width: 70, height: min(items.count + 3, m.height - 4), title: m.text(move ? .pickFollowUpMove : .pickFollowUpDone, name), &g)
            menu(items, c, in: r, m, &g)
        case .pickIntervention(let school, let c):
            let items = m.derived.kinds.map { m.interventionRow($0, school: school) }
            let r = centred(width: 60, height: min(items.count + 3, m.height - 4), title: m.text(.pickIntervention, m.state.schools[school]?.name ?? school), &g)
            menu(items, c, in: r, m, &g)
        case .pickStatus(let key, let c):
            let items = m.statusOptions(key).map { Glyphs.letter($0) + "  " + m.text.name($0) }
            let r = centred(width: 50, height: items.count + 3, title: m.text(.pickStatus, m.interventionLabel(key)), &g)
            menu(items, c, in: r, m, &g)
        }
    }

    /// A cleared, framed box centred on the screen.
    static func centred(width: Int, height: Int, title: String, _ g: inout Grid) -> Rect {
        let w = min(g.width - 2, width), h = min(g.height - 2, height)
        let r = Rect(x: (g.width - w) / 2, y: (g.height - h) / 2, width: w, height: h)
        g.fill(r)
        g.box(r, title: title, style: Style(.accent))
        return r
    }

    /// A list in a box: the selected row highlighted, scrolled to keep it in view, and where it is
    /// ("34–56 af 76") on the frame's bottom line when the list is longer than the box.
    static func menu(_ items: [String], _ cursor: Cursor, in r: Rect, _ m: Model, _ g: inout Grid) {
        let inner = r.inset(1)
        let height = max(1, inner.height - 1)
        var c = cursor
        c.keepVisible(count: items.count, height: height)
        for (i, item) in items.dropFirst(c.scroll).prefix(height).enumerated() {
            let row = c.scroll + i
            g.put(" " + item.padded(to: inner.width - 2) + " ", x: inner.x, y: inner.y + i, style: row == c.selected ? Style(.selection) : .plain)
        }
        position(c, count: items.count, height: height, r, m, &g)
    }

    /// "34–56 af 76" on a box's bottom frame line, when the list does not fit.
    static func position(_ c: Cursor, count: Int, height: Int, _ r: Rect, _ m: Model, _ g: inout Grid) {
        guard let p = c.position(count: count, height: height) else { return }
        let label = " " + m.text(.listPosition, p.first, p.last, count) + " "
        g.put(label, x: r.maxX - 2 - label.displayWidth, y: r.maxY - 1, style: Style(.accent))
    }

    /// The key table, in two columns when it is long and the screen is wide; arrows scroll it.
    static func help(_ query: String, _ scroll: Int, _ m: Model, _ g: inout Grid) {
        let rows = m.session.keyMap.bindings.map { b in (b.keys.map(\.label).joined(separator: " / "), m.text(b.help)) }
            .filter { query.isEmpty || Folding.matches(query, long: Folding.keys($0.0 + " " + $0.1).long, short: Folding.keys($0.0 + " " + $0.1).short) }
        let r = centred(width: m.width >= 150 ? m.width - 6 : 78, height: m.session.keyMap.bindings.count + 5, title: m.text(.helpTitle), &g)
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
            let label = " " + m.text(.listPosition, start + 1, min(rows.count, start + height * columns), rows.count) + " "
            g.put(label, x: r.maxX - 2 - label.displayWidth, y: r.maxY - 1, style: Style(.accent))
        }
    }

    static func filterLine(_ m: Model, _ g: inout Grid) {
        let y = m.height - 1
        g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.statusBar))
        var x = g.put(" " + m.text(.filterPrompt), x: 0, y: y, style: Style(.statusKey, .bold))
        let screen = m.view.screen
        x += g.put((screen.filterText(m) ?? "") + "▏", x: x, y: y, style: Style(.statusBar, .bold))
        let count = " " + m.text(.filtered, screen.count(m), screen.unfilteredCount(m)) + " · " + m.text(.filterHint) + " "
        let shown = count.truncated(to: max(0, m.width - x - 1))
        g.put(shown, x: m.width - shown.displayWidth, y: y, style: Style(.statusBar))
    }

    static func palette(_ input: TextInput, _ m: Model, _ g: inout Grid) {
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
        menu(entries.map(\.label), c, in: Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1), m, &g)
    }

    static func facets(_ selected: Cursor, _ m: Model, _ g: inout Grid) {
        let names: [UIText] = [.facetRegion, .facetParticipation, .facetCluster, .facetConsultant, .facetStatus]
        // Labels as wide as the widest in this language ("Intervention status"), so none is cut.
        let labelWidth = names.map { m.text($0).displayWidth }.max().map { $0 + 2 } ?? 16
        let items = FacetKind.allCases.map { k in
            m.text(names[k.rawValue]).padded(to: labelWidth) + (m.facetValue(k) ?? m.text(.facetAll))
        }
        let r = centred(width: 50, height: items.count + 3, title: m.text(.facetsTitle), &g)
        menu(items, selected, in: r, m, &g)
        g.put(m.text(.keyClearFilters) + ": x", x: r.x + 2, y: r.maxY - 2, style: Style(.muted), limit: r.width - 4)
    }

    static func facetValues(_ kind: FacetKind, _ selected: Cursor, _ m: Model, _ g: inout Grid) {
        let names: [UIText] = [.facetRegion, .facetParticipation, .facetCluster, .facetConsultant, .facetStatus]
        let items = [m.text(.facetAll)] + m.facetValues(kind).map(\.label)
        let r = centred(width: 44, height: min(items.count + 3, m.height - 4), title: m.text(names[kind.rawValue]), &g)
        menu(items, selected, in: r, m, &g)
    }

    static func formBox(_ form: Form, _ m: Model, _ g: inout Grid) {
        let title = form.spec.title(form, m)
        // Fields two rows apart when there is room, else packed.
        // Labels in full (as wide as the longest), and the error wrapped to as many lines as it needs.
        let labelWidth = min(24, form.fields.map { m.text($0.id.label).displayWidth }.max() ?? 10)
        let width = min(m.width - 2, max(64, labelWidth + 44))
        let errorLines = form.error.map { ("⚠ " + $0).wrapped(to: width - 6) } ?? []
        let extra = max(1, errorLines.count)
        let spacing = form.values.count * 2 + 4 + extra <= m.height - 2 ? 2 : 1
        let r = centred(width: width, height: form.values.count * spacing + 4 + extra, title: title, &g)
        let inner = r.inset(1)
        for (i, field) in form.fields.enumerated() {
            let y = inner.y + 1 + i * spacing
            g.put(m.text(field.id.label), x: inner.x + 1, y: y, style: Style(.muted), limit: labelWidth)
            let focused = i == form.focus
            let box = Rect(x: inner.x + labelWidth + 2, y: y, width: inner.width - labelWidth - 4, height: 1)
            if field.choices.isEmpty {
                g.fill(box, style: Style(focused ? .selection : .muted, focused ? [] : .underline))
                g.put(field.value + (focused ? "▏" : ""), x: box.x, y: y, style: Style(focused ? .selection : .text), limit: box.width)
            } else {
                choices(field, focused: focused, m, in: box, &g)
            }
        }
        for (i, line) in errorLines.enumerated() {
            g.put(line, x: inner.x + 1, y: inner.maxY - 1 - errorLines.count + i, style: Style(.error, .bold), limit: inner.width - 2)
        }
        let hint = form.fields[form.focus].choices.isEmpty ? m.text(.formHint) : m.text(.formChoiceHint)
        g.put(hint, x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 2)
    }

    /// A choice field: every choice side by side, the chosen one marked; "‹ chosen ›" when they do not fit.
    static func choices(_ field: Field, focused: Bool, _ m: Model, in box: Rect, _ g: inout Grid) {
        let shown = field.choices.map { $0.isEmpty ? m.text(.formNoChoice) : $0 }
        let chosen = field.choices.firstIndex(of: field.value)
        let all = shown.map { " \($0) " }.joined()
        guard all.displayWidth <= box.width else {
            let v = chosen.map { shown[$0] } ?? field.value
            g.put("‹ " + v + " ›", x: box.x, y: box.y, style: Style(focused ? .selection : .text, .bold), limit: box.width)
            return
        }
        var x = box.x
        for (i, c) in shown.enumerated() {
            let style = i == chosen ? Style(focused ? .selection : .accent, .bold) : Style(.muted)
            x += g.put(i == chosen ? "[\(c)]" : " \(c) ", x: x, y: box.y, style: style, limit: box.maxX - x)
        }
    }

    /// The question wrapped, and how many of its lines the screen has room for.
    static func confirmLayout(_ c: Confirmation, _ m: Model) -> (width: Int, lines: [String], fits: Int) {
        let w = min(m.width - 4, max(40, min(100, c.question.displayWidth + 6)))
        let lines = c.question.wrapped(to: w - 4)
        return (w, lines, max(1, min(m.height - 2, lines.count + 5) - 5))
    }

    /// The question in full, wrapped to as many lines as it needs; scrolled with ↑/↓ when the screen is shorter.
    static func confirm(_ c: Confirmation, _ m: Model, _ g: inout Grid) {
        let (w, lines, fits) = confirmLayout(c, m)
        let r = centred(width: w, height: fits + 5, title: "?", &g)
        let from = min(m.dialogScroll, max(0, lines.count - fits))
        let shown = lines.dropFirst(from).prefix(fits)
        for (i, line) in shown.enumerated() {
            g.put(line, x: r.x + 2, y: r.y + 2 + i, style: Style(.text, .bold), limit: r.width - 4)
        }
        g.put(m.text(.confirmHint), x: r.x + 2, y: r.y + 3 + shown.count, style: Style(.muted), limit: r.width - 4)
        scrolled(from: from, fits: fits, of: lines.count, r, &g)
    }

    /// Where a scrolled dialog is, on its bottom border ("↑↓ 4–9/14"), when it does not show everything.
    static func scrolled(from: Int, fits: Int, of total: Int, _ r: Rect, _ g: inout Grid) {
        guard total > fits else { return }
        let s = " ↑↓ \(from + 1)–\(min(total, from + fits))/\(total) "
        g.put(s, x: r.maxX - 2 - s.displayWidth, y: r.maxY - 1, style: Style(.accent, .bold))
    }

    static func pick(_ school: String, _ selected: Cursor, _ m: Model, _ g: inout Grid) {
        let items = m.moveTargets(for: school).map { "\($0.name) (\(m.text(.schoolsCount, $0.members.count)))" }
        let name = m.state.schools[school]?.name ?? school
        let r = centred(width: 50, height: min(items.count + 3, m.height - 4), title: m.text(.pickCluster, name), &g)
        menu(items, selected, in: r, m, &g)
    }
}
