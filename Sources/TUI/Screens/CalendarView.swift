import Domain
import Wording

/// Kalender: a month or a week with ISO week numbers, holidays and school holidays shaded, and the
/// selected day's meetings; or every meeting as a list by week.
enum CalendarView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        switch m.calendar.mode {
        case .month: month(m, r, &g)
        case .week: week(m, r, &g)
        case .list: list(m, r, &g)
        }
    }

    static func title(_ m: Model) -> String {
        var t = m.text(.tabCalendar) + " · " + m.text.longDate(m.calendar.day) + " · " + m.text.week(m.calendar.day)
        if m.calendar.scope != .all { t += " · " + m.label(m.calendar.scope) }
        if !m.calendar.filter.isEmpty { t += " · /" + m.calendar.filter }
        return t
    }

    /// How a day is shaded: public holiday, school holiday (by the default calendar), weekend.
    static func shade(_ d: Day, _ m: Model) -> Style? {
        if d == m.clock.today { return Style(.today, .bold) }
        if Holiday.on(d) != nil { return Style(.holiday, .bold) }
        if SchoolHoliday.on(d, municipality: 101) != nil { return Style(.holiday) }
        if d.weekday >= 6 { return Style(.muted) }
        return nil
    }

    static func month(_ m: Model, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: title(m), style: Style(.accent))
        let inner = r.inset(1)
        let layout = MonthGrid(m, inner: inner)
        let (weekCol, colWidth, dayPanel, grid) = (MonthGrid.weekCol, layout.colWidth, layout.dayPanel, layout.grid)
        let c = m.calendar.day.civil
        let (start, weeks, rowHeight) = (layout.start, layout.weeks, layout.rowHeight)
        let shown = m.meetingsByDay(from: start, to: start.adding(days: weeks * 7))
        let names = (1...7).map { m.text.weekday($0, short: true) }
        g.put(m.text(.weekShort, "").trimmingCharacters(in: .whitespaces), x: grid.x, y: grid.y, style: Style(.header, .bold), limit: weekCol - 1)
        for (i, n) in names.enumerated() { g.put(n, x: grid.x + weekCol + i * colWidth, y: grid.y, style: Style(.header, .bold)) }
        for w in 0..<weeks {
            let y = grid.y + 1 + w * rowHeight
            let monday = start.adding(days: w * 7)
            g.put(String(monday.isoWeek.week), x: grid.x, y: y, style: Style(.muted))
            for d in 0..<7 {
                let day = monday.adding(days: d)
                let x = grid.x + weekCol + d * colWidth
                let inMonth = day.month == c.month
                let selected = day == m.calendar.day
                var style = shade(day, m) ?? Style(inMonth ? .text : .muted)
                if selected { style = Style(.selection, .bold) }
                g.put(String(day.day).padded(to: 2, alignRight: true), x: x, y: y, style: style)
                if selected { g.restyle(Rect(x: x, y: y, width: colWidth - 1, height: 1), style: style) }
                let ms = shown[day] ?? []
                for (i, meeting) in ms.prefix(rowHeight - 1).enumerated() {
                    let label = (meeting.clusters.count == 1 ? m.state.clusters[meeting.clusters[0]]?.name : nil) ?? m.text.name(meeting.kind)
                    // A label runs on into the following days of the week that have nothing on its line, as a
                    // spreadsheet's text runs into empty cells, so it is cut only where the line is full.
                    let free = (d + 1..<7).prefix { (shown[monday.adding(days: $0)]?.count ?? 0) <= i }.count
                    g.put(Glyphs.status(meeting, today: m.today) + label, x: x, y: y + 1 + i, style: statusStyle(meeting, m), limit: colWidth * (1 + free) - 1)
                }
                if ms.count > rowHeight - 1, rowHeight > 1 { g.put("+\(ms.count - rowHeight + 2)", x: x + colWidth - 4, y: y, style: Style(.muted)) }
                if !ms.isEmpty, rowHeight == 1 { g.put("•", x: x + 2, y: y, style: Style(.accent, .bold)) }
            }
        }
        dayList(m, Rect(x: grid.maxX + 1, y: inner.y, width: dayPanel, height: inner.height), &g)
    }

    /// The selected day's meetings, the picked one highlighted.
    static func dayList(_ m: Model, _ r: Rect, _ g: inout Grid) {
        for y in r.y..<r.maxY { g[r.x - 1, y] = Cell(text: "│", style: Style(.border)) }
        // The day in full where the pane holds it whole, else as the lists say it («man 7.12.»), not cut.
        let long = m.text.longDate(m.calendar.day)
        let heading = long.displayWidth <= r.width - 1 ? long : m.text.compactDate(m.calendar.day, today: m.today)
        g.put(heading, x: r.x + 1, y: r.y, style: Style(.header, .bold), limit: r.width - 1)
        var y = r.y + 1
        if let h = Holiday.on(m.calendar.day) { g.put(m.text.name(h), x: r.x + 1, y: y, style: Style(.holiday, .bold), limit: r.width - 1); y += 1 }
        if let s = SchoolHoliday.on(m.calendar.day, municipality: 101) { g.put(m.text.name(s), x: r.x + 1, y: y, style: Style(.holiday), limit: r.width - 1); y += 1 }
        let ms = m.meetings(on: m.calendar.day)
        if ms.isEmpty { g.put(m.text(.noMeetingsDay), x: r.x + 1, y: y + 1, style: Style(.muted)); return }
        for (i, meeting) in ms.enumerated() where y + 3 < r.maxY {
            y += 1
            let picked = i == m.calendar.pick % ms.count
            let style = picked ? Style(.selection) : Style(.text, .bold)
            g.put((m.text.time(meeting.start) + "–" + m.text.time(meeting.end) + " " + m.text.name(meeting.kind)).padded(to: r.width - 1), x: r.x + 1, y: y, style: style)
            g.put(OverviewView.participants(meeting, m), x: r.x + 2, y: y + 1, limit: r.width - 2)
            g.put(m.text.location(meeting), x: r.x + 2, y: y + 2, style: Style(.muted), limit: r.width - 2)
            y += 3
            if meeting.status != .scheduled || meeting.isUnrecorded(on: m.today), y < r.maxY {
                g.put(Glyphs.status(meeting, today: m.today) + m.text.status(meeting, today: m.today), x: r.x + 2, y: y, style: statusStyle(meeting, m), limit: r.width - 2)
                y += 1
            }
        }
    }

    /// Held meetings in the usual colour, cancelled ones muted, past ones not recorded as held as a warning.
    static func statusStyle(_ meeting: Meeting, _ m: Model) -> Style {
        switch meeting.status {
        case .cancelled: return Style(.muted)
        case .held: return Style(.ok)
        case .scheduled: return meeting.isUnrecorded(on: m.today) ? Style(.warning, .bold) : Style(.accent)
        }
    }

    static func list(_ m: Model, _ r: Rect, _ g: inout Grid) {
        let list = m.calendarMeetings
        // Columns as wide as what they hold (the kinds and statuses this language says, the widest date and time, the
        // widest participants to 30), the place taking the rest: at 160 columns nothing is cut beside empty room. The
        // kind and place come last, so at 80 columns they give way before whether a meeting was held.
        let t = m.text
        let sample = Day(year: m.today.civil.year, month: 12, day: 30)!
        // Over all the programme's meetings, filtered or not (`CalendarData`), so a filter does not move the columns;
        // each day and each start and end worded once, however many meetings share them.
        let data = m.derived.calendar
        let days = data.days.map { t.compactDate($0, today: m.today).displayWidth }.max() ?? 0
        let hours = data.hours.map { (t.time($0 / 1440) + "–" + t.time($0 % 1440)).displayWidth }.max() ?? 0
        let when = days + 1 + hours
        let kinds = (MeetingKind.allCases.map(t.name) + [t(.cancelled)]).map(\.displayWidth).max() ?? 13
        let statuses = [t(.stUnrecorded), t(.meetingHeldWith, data.mostAttending)].map { 2 + $0.displayWidth }.max() ?? 12
        let who = min(30, max(data.widestNamed, data.mostClusters > 1 ? t(.clusterCount, data.mostClusters).displayWidth : 0))
        let cols = [
            Table.Column(title: t(.weekShort, "").trimmingCharacters(in: .whitespaces), width: t.week(sample).displayWidth),
            Table.Column(title: t(.colWhen), width: when),
            Table.Column(title: t(.colWho), width: max(10, who)),
            Table.Column(title: t(.colStatus), width: statuses),
            Table.Column(title: t(.colKind), width: kinds),
            Table.Column(title: t(.colWhere), width: 26, flexible: true),
        ]
        let title = m.text(.calendarTitle) + m.text.titleCount(list.count) + (m.calendar.filter.isEmpty ? "" : " · /" + m.calendar.filter)
        Table(title: title, columns: cols, count: list.count, cursor: m.calendar.cursor,
              empty: m.calendar.filter.isEmpty ? m.text(.noMeetings) : m.noMatchesText).draw(in: r, &g) { row, col in
            let meeting = list[row]
            let past = meeting.day < m.today || meeting.status == .cancelled
            switch col {
            case 0:
                // The week on its first meeting, and on the top row however far the list is scrolled.
                let first = row == 0 || row == m.calendar.cursor.scroll || list[row - 1].day.isoWeek != meeting.day.isoWeek
                return (first ? m.text.week(meeting.day) : "", Style(meeting.day.isoWeek == m.today.isoWeek ? .today : .header, .bold))
            case 1: return (m.text.compactDate(meeting.day, today: m.today) + " " + m.text.time(meeting.start) + "–" + m.text.time(meeting.end), Style(past ? .muted : .text))
            case 2: return (OverviewView.participants(meeting, m), Style(past ? .muted : .text))
            case 3: return (meeting.status == .scheduled && !meeting.isUnrecorded(on: m.today) ? "" : Glyphs.status(meeting, today: m.today) + m.text.status(meeting, today: m.today), statusStyle(meeting, m))
            case 4: return (meeting.status == .cancelled ? m.text(.cancelled) : m.text.name(meeting.kind), Style(past ? .muted : .header))
            default: return (m.text.location(meeting), Style(.muted))
            }
        }
    }
}

extension CalendarView: ScreenType {
    static let title: UIText = .tabCalendar
    static let keyHelp: UIText = .keyCalendar
    static let hints: [Action] = [.open, .filter, .rateMeeting, .today, .calendarMode, .suggest, .newMeeting]
    static func clearFilters(_ m: inout Model) { m.calendar.filter = "" }
    static func count(_ m: Model) -> Int { m.calendarMeetings.count }
    static func filterText(_ m: Model) -> String? { m.calendar.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.calendar.meetings.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.calendar.filter = text
        m.calendar.cursor = Cursor()
        m.calendar.pick = 0
        m.syncCalendarList()
    }

    /// In the month and week views up and down move by a week, a page by a month; the list moves by meeting.
    static func move(_ m: inout Model, by delta: Int) {
        guard m.calendar.mode == .list else {
            if abs(delta) == m.listHeight { m.moveCalendar(months: delta > 0 ? 1 : -1) } else if abs(delta) < 1000 { m.moveCalendar(days: delta * 7) }
            return
        }
        m.calendar.cursor.move(by: delta, count: count(m), height: m.listHeight)
    }

    static func keepVisible(_ m: inout Model) { m.calendar.cursor.keepVisible(count: count(m), height: m.listHeight) }
    static func open(_ m: inout Model) { if let meeting = m.selectedMeeting { m.overlay = .meeting(MeetingDialog(meeting.id)) } }
    /// In the list a click selects a meeting; in the month a day; in the week a day, and a meeting where it is on one.
    static func click(_ m: inout Model, row: Int, x: Int) {
        let inner = Rect(x: 0, y: 1, width: m.width, height: m.height - 2).inset(1), y = row + Model.listTop
        switch m.calendar.mode {
        case .list: m.calendar.cursor.click(row: row, count: count(m))
        case .month:
            guard let day = MonthGrid(m, inner: inner).day(x: x, y: y) else { return }
            m.moveCalendar(days: day.ordinal - m.calendar.day.ordinal)
        case .week:
            let grid = WeekGrid(m, inner: inner)
            guard let day = grid.day(x: x) else { return }
            m.moveCalendar(days: day.ordinal - m.calendar.day.ordinal)
            // Where blocks overlap, the one drawn last, on top.
            if let i = m.meetings(on: day).lastIndex(where: { grid.rows($0).contains(y) }) { m.calendar.pick = i }
        }
    }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        switch a {
        case .left, .right: if m.calendar.mode != .list { m.moveCalendar(days: a == .left ? -1 : 1) }
        case .switchPane: m.calendar.pick += 1
        case .facets: m.overlay = .calendarFilter(CalendarFilterDialog())
        case .today: m.calendar.day = m.clock.today; m.calendar.pick = 0; m.syncCalendarList()
        case .calendarMode:
            m.calendar.mode = CalendarMode.allCases[(m.calendar.mode.rawValue + 1) % CalendarMode.allCases.count]
            m.syncCalendarList()
        case .rateMeeting, .moveMeeting, .cancelMeeting, .meetingHeld:
            guard let meeting = m.selectedMeeting else { return true }
            guard m.mayStart(a == .rateMeeting ? .rate(meeting: meeting.id) : .coordinate) else { return true }
            switch a {
            case .rateMeeting: m.overlay = .form(m.rateForm(meeting.id))
            case .moveMeeting: m.overlay = .form(m.moveMeetingForm(meeting))
            case .cancelMeeting: m.overlay = .form(m.cancelMeetingForm(meeting))
            default:
                m.overlay = .confirm(Confirmation(question: m.text(.confirmGeneric, m.text(.keyMeetingHeld) + ": " + m.text.meetingName(meeting, in: m.state)),
                                                  command: .recordMeetingHeld(id: meeting.id, attendance: m.state.participants(meeting).sorted())))
            }
        default: return false
        }
        return true
    }
}
