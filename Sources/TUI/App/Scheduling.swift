import Domain
import Wording

/// The calendar's cursor, filters and the scheduling dialogs.
extension Model {
    /// Meetings the calendar shows, after its filter, in time order.
    var calendarMeetings: [Meeting] { derived.meetingsByWeek.filter { calendarFilter.admits($0) } }

    func meetings(on day: Day) -> [Meeting] { meetingsByDay(from: day, to: day)[day] ?? [] }

    /// The shown meetings of some days, grouped by day in one pass (meetings are sorted by date).
    func meetingsByDay(from: Day, to: Day) -> [Day: [Meeting]] {
        let all = derived.meetingsByWeek
        var lo = 0, hi = all.count
        while lo < hi { let mid = (lo + hi) / 2; if all[mid].day < from { lo = mid + 1 } else { hi = mid } }
        var out: [Day: [Meeting]] = [:]
        var i = lo
        while i < all.count, all[i].day <= to {
            if calendarFilter.admits(all[i]) { out[all[i].day, default: []].append(all[i]) }
            i += 1
        }
        return out
    }

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

    /// Free times for a cluster's next meeting: from the calendar's day in the calendar, else from tomorrow, with
    /// the same search `tavle meeting suggest` makes.
    func suggestionList(_ cluster: String) -> SuggestionList {
        let from = view == .calendar && calendarDay > realToday ? calendarDay : nil
        return state.suggestions(SlotSearch(cluster: cluster, from: from, count: 8, title: text.name(MeetingKind.cluster)), today: realToday)
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

/// The new-meeting form and the plan for a whole round of cluster meetings.
extension Model {
    func newMeetingForm() -> Form {
        let cluster = suggestionCluster.flatMap { state.clusters[$0]?.name } ?? ""
        return Form(purpose: .newMeeting, labels: [.formKind, .formTarget, .formDate, .formStart, .formDuration, .formWhere, .formConsultant],
                    values: [text.name(MeetingKind.cluster), cluster, text.shortDate(max(calendarDay, realToday.adding(days: 1))), "9.00", "2t30m", "", ""],
                    optional: [5, 6], focus: 1)
    }

    /// The clusters or school the form names.
    func target(_ s: String) -> (clusters: [String], schools: [String])? {
        let key = Folding.keys(s).short
        if let c = derived.clusters.first(where: { $0.cluster.id == s || Folding.keys($0.cluster.name).short == key }) { return ([c.cluster.id], []) }
        if state.schools[s] != nil { return ([], [s]) }
        if let r = derived.rows.first(where: { Folding.keys($0.name).short == key }) { return ([], [r.institution]) }
        return nil
    }

    func validateNewMeeting(_ form: Form) -> String? {
        let v = form.values.map { $0.trimmingCharacters(in: .whitespaces) }
        if Names.meetingKind(v[0]) == nil { return text(.formBadChoice, v[0], Names.meetingKindList) }
        if target(v[1]) == nil { return text(.formBadWho, v[1]) }
        if Day.parse(v[2]) == nil { return text(.formBadDate, v[2]) }
        if ClockTime.parse(v[3]) == nil { return text(.cliBadTime, v[3]) }
        if Quantities.minutes(v[4]) == nil, ClockTime.parse(v[4]) == nil { return text(.cliBadDuration, v[4]) }
        if !v[6].isEmpty, state.people[v[6]] == nil { return text(.domUnknownPerson, v[6]) }
        return nil
    }

    /// The meeting the form describes; a length ("2t30m") or an end ("12.00").
    func newMeeting(_ form: Form) -> Meeting? {
        let v = form.values.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let p = programme, let kind = Names.meetingKind(v[0]), let who = target(v[1]), let day = Day.parse(v[2]),
              let start = ClockTime.parse(v[3]) else { return nil }
        let end = v[4].contains(".") || v[4].contains(":") ? ClockTime.parse(v[4]) : Quantities.minutes(v[4]).map { start + $0 }
        guard let end else { return nil }
        let consultants = v[6].isEmpty
            ? Array(derived.clusters.first { who.clusters.contains($0.cluster.id) }?.consultants.prefix(1) ?? [])
            : [v[6]]
        return Meeting(id: "", programme: p, kind: kind, title: text.name(kind), day: day, start: start, end: end,
                       clusters: who.clusters, schools: who.schools, consultants: consultants, location: v[5])
    }

    /// Soft conflicts of the form's meeting, said in the confirmation.
    func softConflicts(_ m: Meeting) -> String {
        let soft = state.conflicts(m, today: realToday, isNew: true).filter { !$0.isHard }
        return soft.isEmpty ? "" : text(.confirmSoft, soft.map(text.message).joined(separator: "; "))
    }

    /// Four (or `perCluster`) cluster meetings for every cluster, for the rest of the school year (or the next),
    /// with the same plan `tavle meeting plan` makes.
    func roundPlan(_ perCluster: Int) -> RoundPlan {
        let window = SchoolYear.planningWindow(after: realToday)
        guard let p = programme else { return RoundPlan(window: window, clusters: []) }
        return state.plan(p, perCluster: perCluster, window: window, today: realToday, title: text.name(MeetingKind.cluster))
    }
}
