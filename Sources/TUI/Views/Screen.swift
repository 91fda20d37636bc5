import Domain

/// The whole screen for a model: tab bar, body, status bar, and any overlay.
public func view(_ m: Model) -> Grid {
    var g = Grid(width: m.width, height: m.height)
    if m.tooSmall {
        TooSmallView.draw(m, into: &g)
        return g
    }
    TabBar.draw(m, into: &g)
    let body = Rect(x: 0, y: 1, width: m.width, height: m.height - 2)
    if m.state.isEmpty || m.programme == nil {
        EmptyView.draw(m, in: body, into: &g)
    } else {
        switch m.view {
        case .overview: OverviewView.draw(m, in: body, into: &g)
        case .schools: SchoolsView.draw(m, in: body, into: &g)
        }
    }
    StatusBar.draw(m, into: &g)
    if m.showHelp { HelpOverlay.draw(m, into: &g) }
    return g
}

enum TooSmallView {
    static func draw(_ m: Model, into g: inout Grid) {
        let msg = m.text(.tooSmall, m.width, m.height, Model.minimumWidth, Model.minimumHeight)
        var lines: [String] = []
        var line = ""
        for word in msg.split(separator: " ") {
            if !line.isEmpty, line.displayWidth + 1 + word.count > max(10, m.width - 2) { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        let top = max(0, (m.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            g.put(l, x: max(0, (m.width - l.displayWidth) / 2), y: top + i, style: Style(.warning, .bold))
        }
    }
}

enum TabBar {
    static func draw(_ m: Model, into g: inout Grid) {
        g.fill(Rect(x: 0, y: 0, width: m.width, height: 1), style: Style(.tabInactive))
        var x = g.put(" \(m.text(.appName)) ", x: 0, y: 0, style: Style(.title, .bold))
        for v in ViewID.allCases {
            let label = " \(v.rawValue + 1) \(m.text(v.title)) "
            let active = v == m.view
            x += g.put(label, x: x, y: 0, style: active ? Style(.tabActive, .bold) : Style(.tabInactive))
            x += 1
        }
        if let p = m.programme, let programme = m.state.programmes[p] {
            let right = "\(programme.name) · \(m.text.shortDate(m.today)) · \(m.text.week(m.today)) "
            g.put(right, x: max(x + 1, m.width - right.displayWidth), y: 0, style: Style(.accent))
        }
    }
}

enum StatusBar {
    static func draw(_ m: Model, into g: inout Grid) {
        let y = m.height - 1
        g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.statusBar))
        let role = m.state.people[m.user]?.role
        var right = m.text(.statusUser, m.user, m.text.name(role)) + " · " + m.text(.statusLog, m.logPath)
        if m.readOnly { right += " · " + m.text(.statusReadOnly) }
        right += " "
        if let notice = m.notice {
            g.put(" " + notice, x: 0, y: y, style: Style(.warning, .bold), limit: m.width)
            return
        }
        var x = 1
        for b in m.keyMap.bindings where b.hint {
            guard let key = b.keys.first else { continue }
            let w = key.label.displayWidth + 1 + m.text(b.help).displayWidth + 2
            if x + w > m.width - min(right.displayWidth, m.width / 2) { break }
            x += g.put(key.label, x: x, y: y, style: Style(.statusKey, .bold))
            x += g.put(" " + m.text(b.help) + "  ", x: x, y: y, style: Style(.statusBar))
        }
        let room = m.width - x
        let shown = right.truncated(to: room)
        g.put(shown, x: m.width - shown.displayWidth, y: y, style: Style(.statusBar))
    }
}

enum EmptyView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let lines: [(String, Style)] = [
            (m.text(.emptyTitle), Style(.header, .bold)), ("", .plain),
            (m.text(.emptyStart), .plain), ("", .plain),
            ("  " + m.text(.emptyDemo), Style(.accent)), ("  " + m.text(.emptyDemoOut), Style(.accent)), ("", .plain),
            (m.text(.emptyLog, m.logPath), Style(.muted)),
        ]
        let width = lines.map { $0.0.displayWidth }.max() ?? 0
        let left = max(r.x + 1, r.x + (r.width - width) / 2)
        let top = r.y + max(0, (r.height - lines.count) / 2)
        for (i, l) in lines.enumerated() { g.put(l.0, x: left, y: top + i, style: l.1, limit: r.maxX - left) }
    }
}
