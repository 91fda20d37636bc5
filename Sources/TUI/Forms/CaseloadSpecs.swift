import Domain
import Wording

/// `P`: a participation decision, with an optional reason.
enum ParticipationSpec: FormSpec {
    static func make(_ school: String, _ status: ParticipationStatus) -> Form {
        Form(.participation(school: school, status: status), [Field(.reason, optional: true)])
    }
    static func title(_ f: Form, _ m: Model) -> String {
        guard case .participation(let s, let st) = f.purpose else { return "" }
        return m.text(.formParticipation, m.state.schools[s]?.name ?? s, m.text.name(st))
    }
    static func command(_ f: Form, _ m: Model) -> Command? {
        guard let p = m.programme, case .participation(let s, let st) = f.purpose else { return nil }
        return .setParticipation(Enrolment(p, s), status: st, reason: f[.reason].isEmpty ? nil : f[.reason])
    }
}

/// `E`: an evaluation value: indicator, measuring point, value in per cent, date.
enum EvaluationSpec: FormSpec {
    static func make(_ school: String, indicator: BuiltinIndicator, today: String, _ text: Catalogue) -> Form {
        Form(.evaluation(school: school), [Field(.indicator, indicator.rawValue, choices: BuiltinIndicator.allCases.map(\.rawValue)),
                                           Field(.point, optional: true, choices: MeasuringPoint.allCases.map { text.name($0) }),
                                           Field(.value), Field(.date, today)],
             focus: .value)
    }
    static func title(_ f: Form, _ m: Model) -> String {
        guard case .evaluation(let s) = f.purpose else { return "" }
        return m.text(.formEvaluation, m.state.schools[s]?.name ?? s)
    }
    static func problem(_ f: Form, _ m: Model) -> String? {
        if BuiltinIndicator(rawValue: f[.indicator]) == nil {
            return m.text(.formBadChoice, f[.indicator], BuiltinIndicator.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if !f[.point].isEmpty, point(f[.point], m) == nil {
            return m.text(.formBadChoice, f[.point], MeasuringPoint.allCases.map { m.text.name($0) }.joined(separator: ", "))
        }
        if Quantities.hundredths(f[.value]) == nil { return m.text(.formBadNumber, f[.value]) }
        if m.text.day(f[.date], today: m.today) == nil { return m.text(.formBadDate, f[.date]) }
        return nil
    }
    /// A measuring point by its name in the interface language ("førmåling") or its id ("baseline").
    static func point(_ typed: String, _ m: Model) -> MeasuringPoint? {
        let key = Folding.keys(typed).short
        return MeasuringPoint.allCases.first { $0.rawValue == typed || Folding.keys(m.text.name($0)).short == key }
    }

    static func command(_ f: Form, _ m: Model) -> Command? {
        guard let p = m.programme, case .evaluation(let s) = f.purpose, let indicator = BuiltinIndicator(rawValue: f[.indicator]),
              let h = Quantities.hundredths(f[.value]), let d = m.text.day(f[.date], today: m.today) else { return nil }
        return .recordEvaluation(Evaluation(programme: p, school: s, indicator: indicator, point: point(f[.point], m),
                                            hundredths: h, date: d))
    }
}

/// `R` in the calendar: a rating from 1 to 5 of a meeting, with an optional comment.
enum RateMeetingSpec: FormSpec {
    static func make(_ meeting: String) -> Form {
        Form(.rateMeeting(id: meeting), [Field(.rating, choices: (1...5).map(String.init)), Field(.comment, optional: true)])
    }
    static func id(_ f: Form) -> String { if case .rateMeeting(let id) = f.purpose { return id }; return "" }
    static func title(_ f: Form, _ m: Model) -> String {
        m.text(.formRate, m.state.meetings[id(f)].map { "\(m.text.name($0.kind)) \(m.text.compactDate($0.day, today: m.today))" } ?? id(f))
    }
    static func problem(_ f: Form, _ m: Model) -> String? {
        guard let r = Int(f[.rating]), (1...5).contains(r) else { return m.text(.domRatingOutOfRange, f[.rating]) }
        return nil
    }
    static func command(_ f: Form, _ m: Model) -> Command? {
        guard let r = Int(f[.rating]) else { return nil }
        return .giveFeedback(MeetingFeedback(meeting: id(f), rating: r, comment: f[.comment].isEmpty ? nil : f[.comment]))
    }
    static func question(_ f: Form, _ m: Model) -> String {
        guard let r = Int(f[.rating]), let meeting = m.state.meetings[id(f)] else { return m.text(.confirmGeneric, title(f, m)) }
        return m.text(.confirmRating, r, "\(m.text.name(meeting.kind)) \(m.text.compactDate(meeting.day, today: m.today))")
    }
}

/// A follow-up's new due date, two weeks on unless changed, and why.
enum MoveFollowUpSpec: FormSpec {
    static func id(_ f: Form) -> String { if case .moveFollowUp(let id) = f.purpose { return id }; return "" }
    static func title(_ f: Form, _ m: Model) -> String { m.text(.formMoveFollowUp, m.state.followUps[id(f)]?.what ?? id(f)) }
    static func problem(_ f: Form, _ m: Model) -> String? { m.text.day(f[.due], today: m.today) == nil ? m.text(.formBadDate, f[.due]) : nil }
    static func command(_ f: Form, _ m: Model) -> Command? {
        m.text.day(f[.due], today: m.today).map { .moveFollowUp(id: id(f), due: $0, reason: f[.reason]) }
    }
    /// Says the new date as read («+2u» is «man 21.12.»), and which school's follow-up it is.
    static func question(_ f: Form, _ m: Model) -> String {
        guard let followUp = m.state.followUps[id(f)], let due = m.text.day(f[.due], today: m.today) else { return m.text(.confirmGeneric, title(f, m)) }
        return m.text(.confirmMoveFollowUp, followUp.what, m.state.schools[followUp.school]?.name ?? followUp.school, m.text.compactDate(due, today: m.today))
    }
}

extension Model {
    /// `E`: a value of one of the programme's indicators, or, in a log whose programme has defined none, a value at a
    /// measuring point as before indicators were data.
    func evaluationForm(for school: String) -> Form {
        if let p = programme, let first = state.indicators.values.first(where: { $0.programme == p }) {
            return MeasurementSpec.make(school, first, state: state, today: clock.today, text)
        }
        return EvaluationSpec.make(school, indicator: programme.map { state.usualIndicator(programme: $0) } ?? .danskUnder4, today: text.shortDate(clock.today), text)
    }

    func participationForm(_ school: String, _ status: ParticipationStatus) -> Form { ParticipationSpec.make(school, status) }

    func rateForm(_ meeting: String) -> Form { RateMeetingSpec.make(meeting) }

    func moveForm(_ followUp: String) -> Form {
        Form(.moveFollowUp(id: followUp), [Field(.due, state.followUps[followUp].map { text.shortDate($0.due.adding(days: 14)) } ?? ""), Field(.reason)])
    }
}
