import Domain
import Wording

/// `N` in the calendar: a new meeting: kind, cluster or school, date, start, length or end, place, consultant.
enum NewMeetingSpec: FormSpec {
    static func title(_ f: Form, _ m: Model) -> String { m.text(.formNewMeeting) }

    static func problem(_ f: Form, _ m: Model) -> String? {
        if Names.meetingKind(f[.kind]) == nil { return m.text(.formBadChoice, f[.kind], Names.meetingKindList(m.text)) }
        if m.target(f[.target]) == nil { return m.text(.formBadWho, f[.target]) }
        if m.text.day(f[.date], today: m.today) == nil { return m.text(.formBadDate, f[.date]) }
        if ClockTime.parse(f[.start]) == nil { return m.text(.cliBadTime, f[.start]) }
        if Quantities.minutes(f[.duration]) == nil, ClockTime.parse(f[.duration]) == nil { return m.text(.cliBadDuration, f[.duration]) }
        if !f[.consultant].isEmpty, m.state.people[f[.consultant]] == nil { return m.text(.domUnknownPerson, f[.consultant]) }
        return nil
    }

    static func command(_ f: Form, _ m: Model) -> Command? { m.newMeeting(f).map { .scheduleMeeting($0, force: true) } }

    static func question(_ f: Form, _ m: Model) -> String {
        guard let meeting = m.newMeeting(f) else { return "" }
        return m.text(.confirmGeneric, m.text.name(meeting.kind) + " " + m.text.when(meeting.day, meeting.start)) + m.softConflicts(meeting)
    }
}

/// `M` in the calendar: a meeting's new date and start; its length stays.
enum MoveMeetingSpec: FormSpec {
    static func id(_ f: Form) -> String { if case .moveMeeting(let id) = f.purpose { return id }; return "" }
    static func title(_ f: Form, _ m: Model) -> String { m.text(.formMoveMeeting, m.text.meetingName(id(f), in: m.state)) }
    static func problem(_ f: Form, _ m: Model) -> String? {
        if m.text.day(f[.date], today: m.today) == nil { return m.text(.formBadDate, f[.date]) }
        if ClockTime.parse(f[.start]) == nil { return m.text(.cliBadTime, f[.start]) }
        return nil
    }
    static func command(_ f: Form, _ m: Model) -> Command? {
        guard let meeting = m.state.meetings[id(f)], let d = m.text.day(f[.date], today: m.today), let s = ClockTime.parse(f[.start]) else { return nil }
        return .moveMeeting(id: id(f), day: d, start: s, end: s + (meeting.end - meeting.start), force: true)
    }
    /// The move, with its soft conflicts said before it is confirmed.
    static func question(_ f: Form, _ m: Model) -> String {
        var warning = ""
        if case .moveMeeting(_, let d, let s, let e, _)? = command(f, m), var meeting = m.state.meetings[id(f)] {
            meeting.day = d; meeting.start = s; meeting.end = e
            let soft = m.state.conflicts(meeting, today: m.clock.today, isNew: true).filter { !$0.isHard }
            if !soft.isEmpty { warning = " (" + soft.map { m.text.message($0, in: m.state) }.joined(separator: "; ") + ")" }
        }
        return m.text(.confirmGeneric, title(f, m) + " → " + f[.date] + " " + f[.start]) + warning
    }
}

/// `A` in the calendar: cancelling a meeting takes a reason.
enum CancelMeetingSpec: FormSpec {
    static func id(_ f: Form) -> String { if case .cancelMeeting(let id) = f.purpose { return id }; return "" }
    static func title(_ f: Form, _ m: Model) -> String { m.text(.formCancelMeeting, m.text.meetingName(id(f), in: m.state)) }
    static func command(_ f: Form, _ m: Model) -> Command? { .cancelMeeting(id: id(f), reason: f[.reason]) }
}

extension Model {
    func moveMeetingForm(_ m: Meeting) -> Form {
        Form(.moveMeeting(id: m.id), [Field(.date, text.shortDate(m.day)), Field(.start, text.time(m.start))])
    }

    func cancelMeetingForm(_ m: Meeting) -> Form { Form(.cancelMeeting(id: m.id), [Field(.reason)]) }

    func newMeetingForm() -> Form {
        let cluster = suggestionCluster.flatMap { state.clusters[$0]?.name } ?? ""
        return Form(.newMeeting, [Field(.kind, text.name(MeetingKind.cluster), choices: MeetingKind.allCases.map { text.name($0) }), Field(.target, cluster),
                                  Field(.date, text.shortDate(max(calendar.day, clock.today.adding(days: 1)))), Field(.start, text.time(9 * 60)),
                                  Field(.duration, text.length(150)), Field(.location, optional: true), Field(.consultant, optional: true)],
                    focus: .target)
    }

    /// The clusters or school the form names.
    func target(_ s: String) -> (clusters: [String], schools: [String])? {
        let key = Folding.keys(s).short
        if let c = derived.clusters.all.first(where: { $0.cluster.id == s || Folding.keys($0.cluster.name).short == key }) { return ([c.cluster.id], []) }
        if state.schools[s] != nil { return ([], [s]) }
        if let r = derived.schools.rows.first(where: { Folding.keys($0.name).short == key }) { return ([], [r.institution]) }
        return nil
    }

    /// The meeting the form describes; a length ("2t30m", "2h30m") or an end ("12.00").
    func newMeeting(_ f: Form) -> Meeting? {
        guard let p = programme, let kind = Names.meetingKind(f[.kind]), let who = target(f[.target]), let day = text.day(f[.date], today: today),
              let start = ClockTime.parse(f[.start]) else { return nil }
        let length = f[.duration]
        let end = length.contains(".") || length.contains(":") ? ClockTime.parse(length) : Quantities.minutes(length).map { start + $0 }
        guard let end else { return nil }
        let consultants = f[.consultant].isEmpty
            ? Array(derived.clusters.all.first { who.clusters.contains($0.cluster.id) }?.consultants.prefix(1) ?? [])
            : [f[.consultant]]
        return Meeting(id: "", programme: p, kind: kind, title: Meeting.defaultTitle(kind), day: day, start: start, end: end,
                       clusters: who.clusters, schools: who.schools, consultants: consultants, location: f[.location])
    }

    /// Soft conflicts of the form's meeting, said in the confirmation.
    func softConflicts(_ m: Meeting) -> String {
        let soft = state.conflicts(m, today: clock.today, isNew: true).filter { !$0.isHard }
        return soft.isEmpty ? "" : text(.confirmSoft, soft.map { text.message($0, in: state) }.joined(separator: "; "))
    }
}
