import Domain
import Wording

/// Where the month's and the week's days stand on the screen, worked out once for drawing them and for a click.
struct MonthGrid {
    static let weekCol = 5
    let colWidth: Int, dayPanel: Int, grid: Rect, start: Day, weeks: Int, rowHeight: Int

    init(_ m: Model, inner: Rect) {
        // The grid's seven columns of equal width; what does not divide among them goes to the day's panel.
        colWidth = max(4, (inner.width - min(38, inner.width / 3) - 1 - Self.weekCol) / 7)
        dayPanel = max(0, inner.width - 1 - Self.weekCol - 7 * colWidth)
        grid = Rect(x: inner.x, y: inner.y, width: inner.width - dayPanel - 1, height: inner.height)
        let c = m.calendar.day.civil
        let first = Day(year: c.year, month: c.month, day: 1)!
        start = first.adding(days: 1 - first.weekday)
        weeks = (first.weekday - 1 + Day.daysIn(month: c.month, year: c.year) + 6) / 7
        rowHeight = max(2, (grid.height - 1) / weeks)
    }

    /// The day whose cell holds the screen's point, if any.
    func day(x: Int, y: Int) -> Day? {
        let column = x - grid.x - Self.weekCol, row = y - grid.y - 1
        guard column >= 0, column < 7 * colWidth, row >= 0, row < weeks * rowHeight else { return nil }
        return start.adding(days: row / rowHeight * 7 + column / colWidth)
    }
}

struct WeekGrid {
    /// Wrapped lines said again as one, for a block's last row: a word broken with a hyphen joined again.
    static func rejoined(_ lines: ArraySlice<String>) -> String {
        lines.reduce("") { $0.isEmpty ? $1 : $0.hasSuffix("-") ? String($0.dropLast()) + $1 : $0 + " " + $1 }
    }

    static let hourCol = 6
    static let hours = Array(8...16)
    let inner: Rect, monday: Day, shown: [Day: [Meeting]], dayCount: Int, colWidth: Int, rowsPerHour: Int

    init(_ m: Model, inner: Rect) {
        self.inner = inner
        let monday = m.calendar.day.adding(days: 1 - m.calendar.day.weekday)
        let shown = m.meetingsByDay(from: monday, to: monday.adding(days: 6))
        (self.monday, self.shown) = (monday, shown)
        // A working week where Saturday and Sunday hold nothing and neither is the day chosen, as a calendar's work
        // week: at 80 columns the five days are 14 wide, «Hovedstaden 4» whole rather than «Hovedstad» over «en 4».
        let weekend = (5..<7).contains { !(shown[monday.adding(days: $0)] ?? []).isEmpty } || m.calendar.day.weekday >= 6
        dayCount = weekend ? 7 : 5
        colWidth = max(6, (inner.width - Self.hourCol) / dayCount)
        rowsPerHour = max(1, (inner.height - 1) / Self.hours.count)
    }

    /// The day whose column holds the screen's column, if any.
    func day(x: Int) -> Day? {
        let column = x - inner.x - Self.hourCol
        guard column >= 0, column < dayCount * colWidth else { return nil }
        return monday.adding(days: column / colWidth)
    }

    /// The screen rows a meeting's block covers.
    func rows(_ meeting: Meeting) -> ClosedRange<Int> {
        let top = inner.y + 1 + max(0, (meeting.start - 8 * 60) * rowsPerHour / 60)
        let bottom = min(inner.maxY - 1, inner.y + 1 + max(0, (meeting.end - 8 * 60) * rowsPerHour / 60 - 1))
        return top...max(top, bottom)
    }
}

extension CalendarView {
    static func week(_ m: Model, _ r: Rect, _ g: inout Grid) {
        g.box(r, title: title(m), style: Style(.accent))
        let inner = r.inset(1)
        let layout = WeekGrid(m, inner: inner)
        let (monday, dayCount, colWidth) = (layout.monday, layout.dayCount, layout.colWidth), hourCol = WeekGrid.hourCol
        // The days with their months, or where a column cannot hold one the weekday and day for all («tor 10»; the
        // title says the month), not «tor 10.1…», which reads as January.
        let days = (0..<dayCount).map { monday.adding(days: $0) }
        let long = days.allSatisfy { m.text.compactDate($0).displayWidth < colWidth }
        for (d, day) in days.enumerated() {
            let x = inner.x + hourCol + d * colWidth
            var style = shade(day, m) ?? Style(.header, .bold)
            if day == m.calendar.day { style = Style(.selection, .bold) }
            let heading = long ? m.text.compactDate(day) : m.text.weekday(day.weekday, short: true) + " " + String(day.day)
            g.put(heading, x: x, y: inner.y, style: style, limit: colWidth - 1)
        }
        for (i, h) in WeekGrid.hours.enumerated() {
            g.put(m.text.time(h * 60).padded(to: 5, alignRight: true), x: inner.x, y: inner.y + 1 + i * layout.rowsPerHour, style: Style(.muted))
        }
        for d in 0..<dayCount {
            let day = monday.adding(days: d)
            let x = inner.x + hourCol + d * colWidth
            if Holiday.on(day) != nil || SchoolHoliday.on(day, municipality: 101) != nil {
                for y in (inner.y + 1)..<inner.maxY { g.put("░", x: x + colWidth - 2, y: y, style: Style(.holiday)) }
            }
            for meeting in layout.shown[day] ?? [] {
                let span = layout.rows(meeting), top = span.lowerBound
                let picked = day == m.calendar.day && m.selectedMeeting?.id == meeting.id
                for y in span where y < inner.maxY {
                    g.fill(Rect(x: x, y: y, width: colWidth - 1, height: 1), style: Style(picked ? .selection : .accent, .reverse))
                }
                // The time and who, wrapped over the rows the meeting's block covers; cut only on its last row.
                let rows = span.count
                var lines = (m.text.time(meeting.start) + " " + OverviewView.participants(meeting, m)).wrapped(to: colWidth - 1, hyphens: true)
                if lines.count > rows { lines = Array(lines.prefix(rows - 1)) + [WeekGrid.rejoined(lines[(rows - 1)...])] }
                for (k, line) in lines.enumerated() where top + k < inner.maxY {
                    g.put(line, x: x, y: top + k, style: Style(picked ? .selection : .accent, .reverse), limit: colWidth - 1)
                }
            }
        }
    }
}
