import Domain

/// Kalender: every meeting by ISO week, the current week marked. (The scheduling issue replaces it.)
enum CalendarView {
    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let list = m.derived.meetingsByWeek
        let cursor = m.calendarCursor
        let cols = [
            Table.Column(title: m.text(.weekShort, "").trimmingCharacters(in: .whitespaces), width: 7),
            Table.Column(title: m.text(.colWhen), width: 22),
            Table.Column(title: m.text(.colKind), width: 13),
            Table.Column(title: m.text(.colWho), width: 14, flexible: true),
            Table.Column(title: m.text(.colWhere), width: 26),
        ]
        Table(title: m.text(.calendarTitle) + " (\(list.count))", columns: cols, count: list.count, cursor: cursor,
              empty: m.text(.noMeetings)).draw(in: r, &g) { row, col in
            let meeting = list[row]
            let past = meeting.day < m.today
            let thisWeek = meeting.day.isoWeek == m.today.isoWeek
            switch col {
            case 0:
                let first = row == 0 || list[row - 1].day.isoWeek != meeting.day.isoWeek
                return (first ? m.text.week(meeting.day) : "", Style(thisWeek ? .today : .header, .bold))
            case 1: return (m.text.compactDate(meeting.day) + " " + m.text.time(meeting.start) + "–" + m.text.time(meeting.end), Style(past ? .muted : .text))
            case 2: return (m.text.name(meeting.kind), Style(past ? .muted : .header))
            case 3: return (OverviewView.participants(meeting, m), Style(past ? .muted : .text))
            default: return (meeting.location, Style(.muted))
            }
        }
    }
}
