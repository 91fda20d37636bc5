import Domain

/// The calendar's cursor, filters and the scheduling dialogs.
extension Model {
    /// Meetings the calendar shows, after its filter, in time order.
    var calendarMeetings: [Meeting] { derived.meetingsByWeek.filter { calendarFilter.admits($0) } }

    func meetings(on day: Day) -> [Meeting] { calendarMeetings.filter { $0.day == day } }

    /// The meeting the calendar has selected: in the list, or on the selected day.
    var selectedMeeting: Meeting? {
        if calendarMode == .list {
            let list = calendarMeetings
            return list.indices.contains(calendarCursor.selected) ? list[calendarCursor.selected] : nil
        }
        let day = meetings(on: calendarDay)
        return day.isEmpty ? nil : day[calendarPick % day.count]
    }

    /// Moves the calendar's day cursor; the list follows it.
    mutating func moveCalendar(days: Int) {
        calendarDay = calendarDay.adding(days: days)
        calendarPick = 0
        syncCalendarList()
    }

    mutating func moveCalendar(months: Int) {
        let c = calendarDay.civil
        var m = c.month + months, y = c.year
        while m > 12 { m -= 12; y += 1 }
        while m < 1 { m += 12; y -= 1 }
        calendarDay = Day(year: y, month: m, day: min(c.day, Day.daysIn(month: m, year: y)))!
        calendarPick = 0
        syncCalendarList()
    }

    mutating func syncCalendarList() {
        let list = calendarMeetings
        if let i = list.firstIndex(where: { $0.day >= calendarDay }) {
            calendarCursor.selected = i
            calendarCursor.keepVisible(count: list.count, height: listHeight)
        }
    }

    /// Everything the calendar can be filtered by.
    func calendarFilters() -> [CalendarFilter] {
        var out: [CalendarFilter] = [.all]
        out += MeetingKind.allCases.map(CalendarFilter.kind)
        out += state.people.values.filter { $0.role == .consultant }.map { .consultant($0.name) }
        out += derived.clusters.map { .cluster($0.cluster.id) }
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
        if case .cluster(let c) = calendarFilter { return c }
        return selectedMeeting?.clusters.first
    }

    func suggestionList(_ cluster: String) -> [Suggestion] {
        state.suggestions(cluster: cluster, from: max(realToday.adding(days: 1), view == .calendar ? calendarDay : realToday), weeks: 8,
                          count: 8, today: realToday)
    }

    func moveMeetingForm(_ m: Meeting) -> Form {
        Form(purpose: .moveMeeting(id: m.id), labels: [.formDate, .formStart], values: [text.shortDate(m.day), text.time(m.start)])
    }

    func cancelMeetingForm(_ m: Meeting) -> Form {
        Form(purpose: .cancelMeeting(id: m.id), labels: [.formReason], values: [""])
    }

    func meetingCommand(_ form: Form) -> Command? {
        let v = form.values.map { $0.trimmingCharacters(in: .whitespaces) }
        switch form.purpose {
        case .moveMeeting(let id):
            guard let m = state.meetings[id], let d = Day.parse(v[0]), let s = ClockTime.parse(v[1]) else { return nil }
            return .moveMeeting(id: id, day: d, start: s, end: s + (m.end - m.start), force: true)
        case .cancelMeeting(let id): return .cancelMeeting(id: id, reason: v[0])
        default: return nil
        }
    }

    func validateMeeting(_ form: Form) -> String? {
        guard case .moveMeeting = form.purpose else { return nil }
        if Day.parse(form.values[0].trimmingCharacters(in: .whitespaces)) == nil { return text(.formBadDate, form.values[0]) }
        if ClockTime.parse(form.values[1].trimmingCharacters(in: .whitespaces)) == nil { return text(.cliBadTime, form.values[1]) }
        return nil
    }

    /// Soft conflicts of a move, said before it is confirmed.
    func moveWarning(_ form: Form) -> String {
        guard case .moveMeeting(let id) = form.purpose, case .moveMeeting(_, let d, let s, let e, _)? = meetingCommand(form),
              var m = state.meetings[id] else { return "" }
        m.day = d; m.start = s; m.end = e
        let soft = state.conflicts(m, today: realToday, isNew: true).filter { !$0.isHard }
        return soft.isEmpty ? "" : " (" + soft.map(text.message).joined(separator: "; ") + ")"
    }
}
