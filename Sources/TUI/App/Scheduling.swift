import Domain
import Wording

/// The calendar's cursor, filters and the scheduling dialogs.
extension Model {
    /// Meetings the calendar shows, after its filter, in time order.
    var calendarMeetings: [Meeting] {
        let all = derived.calendar.meetings
        guard !calendar.filter.trimmingCharacters(in: .whitespaces).isEmpty else { return all.filter { calendar.scope.admits($0) } }
        let hits = derived.calendar.search.matches(calendar.filter)
        return all.indices.filter { hits[$0] && calendar.scope.admits(all[$0]) }.map { all[$0] }
    }

    func meetings(on day: Day) -> [Meeting] { meetingsByDay(from: day, to: day)[day] ?? [] }

    /// The shown meetings of some days, grouped by day in one pass (meetings are sorted by date).
    func meetingsByDay(from: Day, to: Day) -> [Day: [Meeting]] {
        let all = derived.calendar.meetings
        var lo = 0, hi = all.count
        while lo < hi { let mid = (lo + hi) / 2; if all[mid].day < from { lo = mid + 1 } else { hi = mid } }
        var out: [Day: [Meeting]] = [:]
        var i = lo
        while i < all.count, all[i].day <= to {
            if calendar.scope.admits(all[i]) { out[all[i].day, default: []].append(all[i]) }
            i += 1
        }
        return out
    }

    /// The meeting the calendar has selected: in the list, or on the selected day.
    var selectedMeeting: Meeting? {
        if calendar.mode == .list {
            let list = calendarMeetings
            return list.indices.contains(calendar.cursor.selected) ? list[calendar.cursor.selected] : nil
        }
        let day = meetings(on: calendar.day)
        return day.isEmpty ? nil : day[calendar.pick % day.count]
    }

    /// Moves the calendar's day cursor; the list follows it.
    mutating func moveCalendar(days: Int) {
        calendar.day = calendar.day.adding(days: days)
        calendar.pick = 0
        syncCalendarList()
    }

    mutating func moveCalendar(months: Int) {
        let c = calendar.day.civil
        var m = c.month + months, y = c.year
        while m > 12 { m -= 12; y += 1 }
        while m < 1 { m += 12; y -= 1 }
        calendar.day = Day(year: y, month: m, day: min(c.day, Day.daysIn(month: m, year: y)))!
        calendar.pick = 0
        syncCalendarList()
    }

    /// The list's selection on the first meeting from the chosen day on, shown near the top with what comes after it
    /// below (not on the last row with only the past above): from the start of its week where that is within a third
    /// of the list, else a quarter down.
    mutating func syncCalendarList() {
        let list = calendarMeetings
        if let i = list.firstIndex(where: { $0.day >= calendar.day }) {
            let h = max(1, listHeight)
            let weekStart = list[..<i].lastIndex { $0.day.isoWeek != list[i].day.isoWeek }.map { $0 + 1 } ?? 0
            calendar.cursor.selected = i
            calendar.cursor.scroll = i - weekStart <= h / 3 ? weekStart : i - h / 4
            calendar.cursor.keepVisible(count: list.count, height: h)
        }
    }

    /// Everything the calendar can be filtered by.
    func calendarFilters() -> [CalendarFilter] {
        var out: [CalendarFilter] = [.all]
        out += MeetingKind.allCases.map(CalendarFilter.kind)
        out += state.people.values.filter { $0.role == .consultant }.map { .consultant($0.name) }
        out += derived.clusters.all.map { .cluster($0.cluster.id) }
        return out
    }

    func label(_ f: CalendarFilter) -> String {
        switch f {
        case .all: return text(.filterAll)
        case .kind(let k): return text(.filterKind, text.name(k))
        case .consultant(let c): return text(.filterConsultant, state.people[c]?.fullName ?? c)
        case .cluster(let c): return text(.filterCluster, state.clusters[c]?.name ?? c)
        }
    }

    /// The cluster to suggest times for: the selected one, or the selected meeting's.
    var suggestionCluster: String? {
        if view == .clusters { return selectedCluster?.id }
        if case .cluster(let c) = calendar.scope { return c }
        return selectedMeeting?.clusters.first
    }

    /// Free times for a cluster's next meeting: from the calendar's day in the calendar, else from tomorrow, with
    /// the same search `tavle meeting suggest` makes.
    func suggestionList(_ cluster: String) -> SuggestionList {
        let from = view == .calendar && calendar.day > clock.today ? calendar.day : nil
        return state.suggestions(SlotSearch(cluster: cluster, from: from, count: 8), today: clock.today)
    }
}

/// The plan for a whole round of cluster meetings.
extension Model {
    /// Four (or `perCluster`) cluster meetings for every cluster, for the rest of the school year (or the next),
    /// with the same plan `tavle meeting plan` makes.
    func roundPlan(_ perCluster: Int) -> RoundPlan {
        let window = SchoolYear.planningWindow(after: clock.today)
        guard let p = programme else { return RoundPlan(window: window, clusters: []) }
        return state.plan(p, perCluster: perCluster, window: window, today: clock.today)
    }
}
