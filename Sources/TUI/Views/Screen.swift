import Domain
import Wording

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
    } else if let school = m.page?.school {
        SchoolPage.draw(m, school, in: body, into: &g)
    } else {
        m.view.screen.draw(m, in: body, into: &g)
    }
    StatusBar.draw(m, into: &g)
    m.overlay?.dialog.draw(m, into: &g)
    return g
}

enum TooSmallView {
    static func draw(_ m: Model, into g: inout Grid) {
        let msg = m.text(.tooSmall, m.width, m.height, Model.minimumWidth, Model.minimumHeight)
        let lines = msg.wrapped(to: max(10, m.width - 2))
        let top = max(0, (m.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            g.put(l, x: max(0, (m.width - l.displayWidth) / 2), y: top + i, style: Style(.warning, .bold))
        }
    }
}

enum TabBar {
    /// Where each tab sits, for drawing and for mouse clicks.
    /// Narrow, the other tabs are shortened to four letters, or to fewer where four would leave no room to name
    /// the programme: three, two, then two with one space between them. A short form is never one another tab
    /// shares: it takes as many more letters as tell it apart («5 Cal  6 Cas», not «5 Ca  6 Ca»).
    static func ranges(_ m: Model) -> [(view: ViewID, label: String, range: Range<Int>)] {
        let start = " \(m.text(.appName)) ".displayWidth
        let name = m.programme.flatMap { m.state.programmes[$0]?.name }.map { $0.displayWidth + 2 } ?? 0
        let titles = ViewID.allCases.map { m.text($0.title) }
        func labels(_ letters: Int?, tight: Bool = false) -> [String] {
            zip(ViewID.allCases, titles).map { v, title in
                guard let letters, v != m.view else { return " \(v.rawValue + 1) \(title) " }
                return " \(v.rawValue + 1) \(shortened(title, to: letters, apartFrom: titles))" + (tight ? "" : " ")
            }
        }
        func fits(_ l: [String]) -> Bool { start + l.reduce(0) { $0 + $1.displayWidth } + name <= m.width }
        var chosen = labels(m.width < 110 ? 4 : nil)
        // Each narrower form worked out only when the one before does not fit (this runs on every frame).
        if m.width < 110 {
            for (letters, tight) in [(3, false), (2, false), (2, true)] where !fits(chosen) { chosen = labels(letters, tight: tight) }
        }
        var x = start
        return zip(ViewID.allCases, chosen).map { v, label in
            defer { x += label.displayWidth }
            return (v, label, x..<(x + label.displayWidth))
        }
    }

    /// The first `letters` letters of `title`, or as many more as no other of `titles` begins with.
    static func shortened(_ title: String, to letters: Int, apartFrom titles: [String]) -> String {
        let others = titles.filter { $0 != title }.map { Array($0.lowercased()) }
        let own = Array(title), folded = Array(title.lowercased())
        var n = min(letters, own.count)
        // (Lower case kept to the same letters: a title whose lower case is longer is never lengthened past itself.)
        while n < own.count, n <= folded.count, others.contains(where: { $0.starts(with: folded.prefix(n)) }) { n += 1 }
        return String(own.prefix(n))
    }

    static func draw(_ m: Model, into g: inout Grid) {
        g.fill(Rect(x: 0, y: 0, width: m.width, height: 1), style: Style(.tabInactive))
        g.put(" \(m.text(.appName)) ", x: 0, y: 0, style: Style(.title, .bold))
        var end = 0
        for tab in ranges(m) {
            g.put(tab.label, x: tab.range.lowerBound, y: 0, style: tab.view == m.view ? Style(.tabActive, .bold) : Style(.tabInactive))
            end = tab.range.upperBound
        }
        if let p = m.programme, let programme = m.state.programmes[p] {
            // The longest form that fits whole: the long date, the short one, without the week, the name alone; cut
            // only past that.
            let room = m.width - end - 1
            let forms = [m.width >= 140 ? m.text.longDate(m.today) : nil, m.text.shortDate(m.today)].compactMap { $0 }
                .flatMap { ["\(programme.name) · \($0) · \(m.text.week(m.today)) ", "\(programme.name) · \($0) "] } + ["\(programme.name) "]
            let shown = forms.first { $0.displayWidth <= room } ?? forms.last!.truncated(to: room)
            g.put(shown, x: m.width - shown.displayWidth, y: 0, style: Style(.accent))
        }
    }
}

enum StatusBar {
    static func draw(_ m: Model, into g: inout Grid) {
        let y = m.height - 1
        g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.statusBar))
        if let notice = m.notice {
            // The log's state stays in sight beside the notice: offline or failing, and live again as soon as it is.
            let state = m.link.offline ? m.text(.liveOffline) : m.link.failed ? m.text(.liveError) : m.text(.liveOK)
            let room = m.width - state.displayWidth - 2
            // Said in full: a long notice takes as many lines above the status line as it needs (a third of the
            // screen at most), so the part that matters is never cut off.
            var lines = m.words(notice).wrapped(to: max(10, room - 2))
            let most = max(1, m.height / 3)
            if lines.count > most { lines = Array(lines.prefix(most)); lines[most - 1] = lines[most - 1].truncated(to: max(1, room - 3)) + "…" }
            let top = y - lines.count + 1
            for (i, line) in lines.enumerated() {
                g.fill(Rect(x: 0, y: top + i, width: m.width, height: 1), style: Style(.statusBar))
                g.put(" " + line, x: 0, y: top + i, style: Style(.warning, .bold), limit: room)
            }
            g.put(state, x: m.width - state.displayWidth - 1, y: y, style: Style(m.link.offline || m.link.failed ? .error : .ok, .bold))
            return
        }
        // A jump in time under way, then the past on screen: where the dashboard goes, or is, and how to come back.
        if let going = m.travelling.request {
            g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.today, .reverse))
            g.put(" " + m.text(.travelGoing, m.text.longDate(going.day)), x: 0, y: y, style: Style(.today, [.reverse, .bold]), limit: m.width)
            return
        }
        if m.isHistorical {
            g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.today, .reverse))
            g.put(" " + m.text(.historical, m.text.longDate(m.today)), x: 0, y: y, style: Style(.today, [.reverse, .bold]), limit: m.width)
            return
        }
        let role = m.state.people[m.session.user]?.role
        let user = m.text(.statusUser, m.width >= 120 ? m.state.fullName(m.session.user) : m.shortName(m.session.user), m.text.name(role))
        let readOnly = m.session.readOnly ? " · " + m.text(.statusReadOnly) : ""
        var right = user + " · " + m.text(.statusLog, m.session.logPath) + readOnly + "  "
        let live = m.link.offline ? m.text(.liveOffline) : m.link.failed ? m.text(.liveError) : m.text(.liveOK)
        let hints = ((m.page == nil ? m.view.screen.hints(m) : SchoolPage.hints) + [.palette, .help, .quit]).compactMap(m.session.keyMap.binding)
            .filter { m.offers($0.action) }.compactMap { b in b.keys.first.map { ($0.label, m.text(b.short ?? b.help)) } }
        // The keys shown before the right end (at most half the line is kept for it): where they end.
        func hintsEnd(reserving reserve: Int) -> (count: Int, x: Int) {
            var x = 1, n = 0
            for (label, desc) in hints {
                let w = label.displayWidth + 1 + desc.displayWidth + 2
                if x + w > m.width - reserve { break }
                x += w; n += 1
            }
            return (n, x)
        }
        var (count, x) = hintsEnd(reserving: min(right.displayWidth + live.displayWidth + 1, m.width / 2))
        var room = m.width - x - live.displayWidth - 1
        // Where the whole does not fit, the log's path gives way from its start, down to «…/» and its file name (what
        // tells two logs apart); where not even that fits, the log is left out rather than shown as «/ho…», and the
        // keys may take the room it leaves; then the rest is cut from its end. The gap before the live mark stays.
        if right.displayWidth > room {
            let others = (user + " · " + m.text(.statusLog, "") + readOnly + "  ").displayWidth
            let name = m.session.logPath.split(separator: "/").last.map(String.init) ?? m.session.logPath
            if room - others >= name.displayWidth + 2 {
                right = user + " · " + m.text(.statusLog, Self.leadingCut(m.session.logPath, to: room - others)) + readOnly + "  "
            } else {
                right = user + readOnly + "  "
                (count, x) = hintsEnd(reserving: min(right.displayWidth + live.displayWidth + 1, m.width / 2))
                room = m.width - x - live.displayWidth - 1
            }
        }
        var at = 1
        for (label, desc) in hints.prefix(count) {
            at += g.put(label, x: at, y: y, style: Style(.statusKey, .bold))
            at += g.put(" " + desc + "  ", x: at, y: y, style: Style(.statusBar))
        }
        let shown = right.displayWidth <= room ? right : right.dropLast(2).description.truncated(to: max(0, room - 2)) + "  "
        let start = m.width - shown.displayWidth - live.displayWidth - 1
        g.put(shown, x: start, y: y, style: Style(.statusBar))
        g.put(live, x: m.width - live.displayWidth - 1, y: y, style: Style(m.link.failed ? .error : .ok, .bold))
    }
}

extension StatusBar {
    /// `text` cut to at most `width` columns from its start, beginning with "…" when anything was cut.
    static func leadingCut(_ text: String, to width: Int) -> String {
        guard text.displayWidth > width else { return text }
        var kept: [Character] = [], used = 0
        for c in text.reversed() {
            if used + c.displayWidth > width - 1 { break }
            kept.append(c); used += c.displayWidth
        }
        return "…" + String(kept.reversed())
    }
}

enum EmptyView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let lines: [(String, Style)] = [
            (m.text(.emptyTitle), Style(.header, .bold)), ("", .plain),
            (m.text(.emptyStart), .plain), ("", .plain),
            ("  " + m.text(.emptyDemo), Style(.accent)), ("  " + m.text(.emptyDemoOut), Style(.accent)), ("", .plain),
            (m.text(.emptyLog, m.session.logPath), Style(.muted)),
        ]
        let width = lines.map { $0.0.displayWidth }.max() ?? 0
        let left = max(r.x + 1, r.x + (r.width - width) / 2)
        let top = r.y + max(0, (r.height - lines.count) / 2)
        for (i, l) in lines.enumerated() { g.put(l.0, x: left, y: top + i, style: l.1, limit: r.maxX - left) }
    }
}
