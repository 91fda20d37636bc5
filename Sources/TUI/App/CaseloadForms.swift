import Domain
import Wording

/// The forms for participation decisions, evaluation values, meeting ratings and moved follow-ups.
extension Model {
    func participationOptions(_ school: String) -> [ParticipationStatus] {
        guard let p = programme else { return [] }
        let current = state.participation[Enrolment(p, school)]?.status
        return ParticipationStatus.allCases.filter { $0 != current && ParticipationRules.allows(from: current, to: $0) }
    }

    func evaluationForm(for school: String) -> Form {
        let indicator = programme.map { state.usualIndicator(programme: $0) } ?? .danskUnder4
        return Form(purpose: .evaluation(school: school), labels: [.formIndicator, .formPoint, .formValue, .formDate],
                    values: [indicator.rawValue, "", "", text.shortDate(realToday)], optional: [1], focus: 2)
    }

    func participationForm(_ school: String, _ status: ParticipationStatus) -> Form {
        Form(purpose: .participation(school: school, status: status), labels: [.formReason], values: [""], optional: [0])
    }

    func rateForm(_ meeting: String) -> Form {
        Form(purpose: .rateMeeting(id: meeting), labels: [.formRating, .formComment], values: ["", ""], optional: [1])
    }

    func moveForm(_ followUp: String) -> Form {
        Form(purpose: .moveFollowUp(id: followUp), labels: [.formDue, .formReason],
             values: [state.followUps[followUp].map { text.shortDate($0.due.adding(days: 14)) } ?? "", ""])
    }

    /// Checks the caseload forms' fields as they are typed.
    func validateCaseload(_ form: Form) -> String? {
        let v = form.values.map { $0.trimmingCharacters(in: .whitespaces) }
        switch form.purpose {
        case .evaluation:
            if Indicator(rawValue: v[0]) == nil { return text(.formBadChoice, v[0], Indicator.allCases.map(\.rawValue).joined(separator: ", ")) }
            if !v[1].isEmpty, MeasuringPoint(rawValue: v[1]) == nil {
                return text(.formBadChoice, v[1], MeasuringPoint.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if Quantities.hundredths(v[2]) == nil { return text(.formBadNumber, v[2]) }
            if Day.parse(v[3]) == nil { return text(.formBadDate, v[3]) }
        case .rateMeeting:
            guard let r = Int(v[0]), (1...5).contains(r) else { return text(.domRatingOutOfRange, v[0]) }
        case .moveFollowUp:
            if Day.parse(v[0]) == nil { return text(.formBadDate, v[0]) }
        case .moveMeeting: return validateMeeting(form)
        default: break
        }
        return nil
    }

    func caseloadCommand(_ form: Form) -> Command? {
        guard let p = programme else { return nil }
        let v = form.values.map { $0.trimmingCharacters(in: .whitespaces) }
        switch form.purpose {
        case .participation(let school, let status):
            return .setParticipation(Enrolment(p, school), status: status, reason: v[0].isEmpty ? nil : v[0])
        case .evaluation(let school):
            guard let ind = Indicator(rawValue: v[0]), let h = Quantities.hundredths(v[2]), let d = Day.parse(v[3]) else { return nil }
            return .recordEvaluation(Evaluation(programme: p, school: school, indicator: ind, point: MeasuringPoint(rawValue: v[1]), hundredths: h, date: d))
        case .rateMeeting(let id):
            guard let r = Int(v[0]) else { return nil }
            return .giveFeedback(MeetingFeedback(meeting: id, rating: r, comment: v[1].isEmpty ? nil : v[1]))
        case .moveFollowUp(let id):
            guard let d = Day.parse(v[0]) else { return nil }
            return .moveFollowUp(id: id, due: d, reason: v[1])
        case .moveMeeting, .cancelMeeting: return meetingCommand(form)
        default: return nil
        }
    }

    func caseloadTitle(_ form: Form) -> String? {
        let name: (String) -> String = { state.schools[$0]?.name ?? $0 }
        switch form.purpose {
        case .participation(let s, let st): return text(.formParticipation, name(s), text.name(st))
        case .evaluation(let s): return text(.formEvaluation, name(s))
        case .rateMeeting(let id): return text(.formRate, state.meetings[id].map { "\(text.name($0.kind)) \(text.compactDate($0.day))" } ?? id)
        case .moveFollowUp(let id): return text(.formMoveFollowUp, state.followUps[id]?.what ?? id)
        case .moveMeeting(let id): return text(.formMoveMeeting, id)
        case .cancelMeeting(let id): return text(.formCancelMeeting, id)
        default: return nil
        }
    }

}
