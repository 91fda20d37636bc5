import Domain

/// Dialogs and prompts drawn over the view. Every one is laid out from the current size.
enum Overlays {
    static func draw(_ o: Overlay, _ m: Model, into g: inout Grid) {
        switch o {
        case .help(let query, let scroll): help(query, scroll, m, &g)
        case .filter: filterLine(m, &g)
        case .palette(let input): palette(input, m, &g)
        case .facets(let selected): facets(selected, m, &g)
        case .facetValues(let kind, let selected): facetValues(kind, selected, m, &g)
        case .form(let form): formBox(form, m, &g)
        case .confirm(let c): confirm(c, m, &g)
        case .pickCluster(let school, let selected): pick(school, selected, m, &g)
        case .suggestions(let cluster, let list, let selected):
            let r = centred(width: min(m.width - 4, 110), height: max(5, list.count * 2 + 3), title: m.text(.suggestTitle, m.state.clusters[cluster]?.name ?? cluster), &g)
            let inner = r.inset(1)
            if list.isEmpty { g.put(m.text(.noSuggestions), x: inner.x + 1, y: inner.y + 1, style: Style(.muted)) }
            for (i, s) in list.enumerated() where inner.y + 1 + i * 2 < inner.maxY {
                let y = inner.y + 1 + i * 2
                let head = "\(i + 1). " + m.text.when(s.meeting.day, s.meeting.start, s.meeting.end) + "  " + m.text.week(s.meeting.day)
                g.put(" " + head.padded(to: inner.width - 2) + " ", x: inner.x, y: y, style: i == selected ? Style(.selection) : Style(.text, .bold))
                g.put("   " + Suggestions.reasons(s, m.text), x: inner.x, y: y + 1, style: Style(s.soft.isEmpty ? .muted : .warning), limit: inner.width)
            }
        case .plan(let plan, let selected):
            let items = plan.map { p in
                m.text.week(p.day).padded(to: 7) + " " + m.text.compactDate(p.day).padded(to: 10) + " " + m.text.time(p.start) + "  "
                    + (p.clusters.first.flatMap { m.state.clusters[$0]?.name } ?? "") + " · " + p.location
            }
            let r = centred(width: min(m.width - 4, 90), height: min(items.count + 3, m.height - 4), title: m.text(.planTitle, plan.count), &g)
            menu(items, selected: selected, in: r, &g)
        case .compositions(let list, let selected):
            let r = centred(width: min(m.width - 4, 110), height: min(m.height - 2, list.count * 2 + 3), title: m.text(.compositionsTitle), &g)
            let inner = r.inset(1)
            var c = Cursor(); c.selected = selected
            c.keepVisible(count: list.count, height: max(1, (inner.height - 1) / 2))
            for (i, comp) in list.enumerated().dropFirst(c.scroll) {
                let y = inner.y + 1 + (i - c.scroll) * 2
                guard y + 1 < inner.maxY else { break }
                let names = comp.members.compactMap { m.state.schools[$0]?.name }.joined(separator: ", ")
                let head = (comp.cluster.flatMap { m.state.clusters[$0]?.name } ?? "–") + ": " + names
                g.put(" " + head.padded(to: inner.width - 2) + " ", x: inner.x, y: y, style: i == selected ? Style(.selection) : Style(.text, .bold))
                let kinds = comp.sharedKinds.compactMap { k in m.programme.flatMap { m.state.interventionKind($0, k)?.name } }
                g.put("   " + m.text(.compositionWhy, kinds.isEmpty ? "–" : kinds.joined(separator: ", "), comp.spanKm, comp.moves.count),
                      x: inner.x, y: y + 1, style: Style(.muted), limit: inner.width)
            }
        case .calendarFilter(let selected):
            let items = m.calendarFilters().map { m.label($0) }
            let r = centred(width: 50, height: min(items.count + 3, m.height - 4), title: m.text(.calendarFilterTitle), &g)
            menu(items, selected: selected, in: r, &g)
        case .meeting(let id):
            guard let meeting = m.state.meetings[id] else { return }
            let schools = m.state.participants(meeting).sorted().compactMap { m.state.schools[$0]?.name }
            var lines: [(Str, String)] = [
                (.meetingWhen, m.text.when(meeting.day, meeting.start, meeting.end) + " · " + m.text.week(meeting.day)),
                (.meetingWhere, meeting.location),
                (.meetingConsultants, meeting.consultants.map { m.state.people[$0]?.fullName ?? $0 }.joined(separator: ", ")),
                (.meetingStatus, meeting.status == .cancelled ? m.text(.cancelled) + (meeting.cancelReason.map { ": " + $0 } ?? "")
                    : (meeting.attendance.map { m.text(.meetingHeldWith, $0.count) } ?? "")),
            ]
            lines.append((.meetingWho, schools.joined(separator: ", ")))
            let r = centred(width: min(m.width - 4, 90), height: lines.count + 4, title: m.text(.meetingTitle, m.text.name(meeting.kind), meeting.id), &g)
            for (i, l) in lines.enumerated() {
                g.put(m.text(l.0), x: r.x + 2, y: r.y + 2 + i, style: Style(.muted), limit: 14)
                g.put(l.1, x: r.x + 17, y: r.y + 2 + i, limit: r.width - 19)
            }
        case .pickParticipation(let school, let selected):
            let items = m.participationOptions(school).map { m.text.name($0) }
            let r = centred(width: 50, height: items.count + 3, title: m.text(.pickParticipation, m.state.schools[school]?.name ?? school), &g)
            menu(items, selected: selected, in: r, &g)
        case .pickStatus(let key, let selected):
            let items = m.statusOptions(key).map { Glyphs.letter($0) + "  " + m.text.name($0) }
            let r = centred(width: 50, height: items.count + 3, title: m.text(.pickStatus, m.interventionLabel(key)), &g)
            menu(items, selected: selected, in: r, &g)
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

    static func menu(_ items: [String], selected: Int, in r: Rect, _ g: inout Grid) {
        let inner = r.inset(1)
        var c = Cursor(); c.selected = selected
        c.keepVisible(count: items.count, height: inner.height - 1)
        for (i, item) in items.dropFirst(c.scroll).prefix(inner.height - 1).enumerated() {
            let row = c.scroll + i
            let y = inner.y + i
            g.put(" " + item.padded(to: inner.width - 2) + " ", x: inner.x, y: y, style: row == selected ? Style(.selection) : .plain)
        }
    }

    /// The key table, in two columns when it is long and the screen is wide; arrows scroll it.
    static func help(_ query: String, _ scroll: Int, _ m: Model, _ g: inout Grid) {
        let rows = m.keyMap.bindings.map { b in (b.keys.map(\.label).joined(separator: " / "), m.text(b.help)) }
            .filter { query.isEmpty || Folding.matches(query, long: Folding.keys($0.0 + " " + $0.1).long, short: Folding.keys($0.0 + " " + $0.1).short) }
        let r = centred(width: m.width >= 150 ? 140 : 78, height: m.keyMap.bindings.count + 5, title: m.text(.helpTitle), &g)
        let inner = r.inset(1)
        g.put(m.text(.helpSearch, query) + "▏", x: inner.x + 1, y: inner.y, style: Style(.accent), limit: inner.width - 2)
        let height = inner.height - 3
        let columns = rows.count > height && inner.width >= 120 ? 2 : 1
        let colWidth = (inner.width - 1) / columns
        let keyWidth = min(18, colWidth / 3)
        let start = min(scroll, max(0, rows.count - height * columns))
        for (i, row) in rows.dropFirst(start).prefix(height * columns).enumerated() {
            let x = inner.x + 1 + (i / height) * colWidth
            let y = inner.y + 1 + i % height
            g.put(row.0, x: x, y: y, style: Style(.statusKey, .bold), limit: keyWidth)
            g.put(row.1, x: x + keyWidth + 1, y: y, limit: colWidth - keyWidth - 2)
        }
        var footer = m.text(.helpClose)
        if rows.count - start > height * columns { footer = "↓ " + footer }
        g.put(footer, x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 2)
    }

    static func filterLine(_ m: Model, _ g: inout Grid) {
        let y = m.height - 1
        g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.statusBar))
        var x = g.put(" " + m.text(.filterPrompt), x: 0, y: y, style: Style(.statusKey, .bold))
        x += g.put(m.schools.filter + "▏", x: x, y: y, style: Style(.statusBar, .bold))
        let count = " " + m.text(.filtered, m.derived.visibleSchools.count, m.derived.rows.count) + " · " + m.text(.filterHint) + " "
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
        menu(entries.map(\.label), selected: input.selected, in: Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1), &g)
    }

    static func facets(_ selected: Int, _ m: Model, _ g: inout Grid) {
        let names: [Str] = [.facetRegion, .facetParticipation, .facetCluster, .facetConsultant, .facetStatus]
        let items = FacetKind.allCases.map { k in
            m.text(names[k.rawValue]).padded(to: 16) + (m.facetValue(k) ?? m.text(.facetAll))
        }
        let r = centred(width: 50, height: items.count + 3, title: m.text(.facetsTitle), &g)
        menu(items, selected: selected, in: r, &g)
        g.put(m.text(.keyClearFilters) + ": x", x: r.x + 2, y: r.maxY - 2, style: Style(.muted), limit: r.width - 4)
    }

    static func facetValues(_ kind: FacetKind, _ selected: Int, _ m: Model, _ g: inout Grid) {
        let names: [Str] = [.facetRegion, .facetParticipation, .facetCluster, .facetConsultant, .facetStatus]
        let items = [m.text(.facetAll)] + m.facetValues(kind).map(\.label)
        let r = centred(width: 44, height: min(items.count + 3, m.height - 4), title: m.text(names[kind.rawValue]), &g)
        menu(items, selected: selected, in: r, &g)
    }

    static func formBox(_ form: Form, _ m: Model, _ g: inout Grid) {
        let title: String
        switch form.purpose {
        case .createCluster: title = m.text(.formCreateCluster)
        case .renameCluster(let id): title = m.text(.formRenameCluster, id)
        case .recordContact(let s): title = m.text(.formRecordContact, m.state.schools[s]?.name ?? s)
        case .stopIntervention(let k): title = m.text(.formStopIntervention, m.interventionLabel(k))
        case .participation, .evaluation, .rateMeeting, .moveFollowUp, .moveMeeting, .cancelMeeting: title = m.caseloadTitle(form) ?? ""
        case .newMeeting: title = m.text(.formNewMeeting)
        }
        // Fields two rows apart when there is room, else packed.
        let spacing = form.values.count * 2 + 5 <= m.height - 2 ? 2 : 1
        let r = centred(width: 64, height: form.values.count * spacing + 5, title: title, &g)
        let inner = r.inset(1)
        for (i, label) in form.labels.enumerated() {
            let y = inner.y + 1 + i * spacing
            g.put(m.text(label), x: inner.x + 1, y: y, style: Style(.muted), limit: 10)
            let focused = i == form.focus
            let field = Rect(x: inner.x + 12, y: y, width: inner.width - 14, height: 1)
            g.fill(field, style: Style(focused ? .selection : .muted, focused ? [] : .underline))
            g.put(form.values[i] + (focused ? "▏" : ""), x: field.x, y: y, style: Style(focused ? .selection : .text), limit: field.width)
        }
        if let error = form.error {
            g.put("⚠ " + error, x: inner.x + 1, y: inner.maxY - 2, style: Style(.error, .bold), limit: inner.width - 2)
        }
        g.put(m.text(.formHint), x: inner.x + 1, y: inner.maxY - 1, style: Style(.muted), limit: inner.width - 2)
    }

    static func confirm(_ c: Confirmation, _ m: Model, _ g: inout Grid) {
        let w = min(m.width - 4, max(40, c.question.displayWidth + 6))
        let r = centred(width: w, height: 6, title: "?", &g)
        g.put(c.question, x: r.x + 2, y: r.y + 2, style: Style(.text, .bold), limit: r.width - 4)
        g.put(m.text(.confirmHint), x: r.x + 2, y: r.y + 3, style: Style(.muted), limit: r.width - 4)
    }

    static func pick(_ school: String, _ selected: Int, _ m: Model, _ g: inout Grid) {
        let items = m.moveTargets(for: school).map { "\($0.name) (\($0.id), \($0.members.count))" }
        let name = m.state.schools[school]?.name ?? school
        let r = centred(width: 50, height: min(items.count + 3, m.height - 4), title: m.text(.pickCluster, name), &g)
        menu(items, selected: selected, in: r, &g)
    }
}
