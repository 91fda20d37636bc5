import Domain

/// Each event as a readable sentence in the interface language. Given the state, a sentence names schools, clusters,
/// meetings, people, intervention kinds and follow-ups by their names; ids stay only where nothing better is known.
/// Given the history, an undo says what it undid.
extension Catalogue {
    public func sentence(_ e: Event, in state: NetworkState? = nil, history: [Recorded]? = nil) -> String {
        // Names are read from the state in place (`StateNames`'s static forms), never from a copy of it.
        switch e {
        case .programmeDefined(let p): return self(.evProgramme, p.name, shortDate(p.start), shortDate(p.end))
        case .schoolRegistered(let s): return self(.evSchool, s.name, s.institution)
        case .schoolUpdated(let s): return self(.evSchoolUpdated, s.institution, s.name)
        case .personUpdated(let p): return self(.evPersonUpdated, p.fullName, name(p.role))
        case .participationSet(let en, let status, _, let reason, _):
            return self(.evParticipation, StateNames.school(en.school, in: state), StateNames.programme(en.programme, in: state), name(status)) + (reason.map { " (\($0))" } ?? "")
        case .personRegistered(let p): return self(.evPerson, p.fullName, name(p.role))
        case .consultantAssigned(let en, let c): return self(.evAssigned, StateNames.person(c, in: state), StateNames.school(en.school, in: state), StateNames.programme(en.programme, in: state))
        case .clusterFormed(_, _, let n, _): return self(.evClusterFormed, n)
        case .clusterRenamed(let id, let n):
            guard let old = previousName(of: id, before: n, in: history) else { return self(.evClusterRenamedUnknown, n) }
            return self(.evClusterRenamed, old, n)
        case .schoolPlaced(let c, let s): return self(.evPlaced, StateNames.school(s, in: state), StateNames.cluster(c, in: state))
        case .interventionKindDefined(let k): return self(.evKind, k.name, StateNames.programme(k.programme, in: state))
        case .interventionStatusSet(let k, let s, let d, let reason):
            return self(.evIntervention, StateNames.school(k.school, in: state), StateNames.kind(k.programme, k.kind, in: state), name(s), shortDate(d)) + (reason.map { " (\($0))" } ?? "")
        case .meetingScheduled(let m): return self(.evMeeting, title(m).firstUppercased, participants(m, in: state), shortDate(m.day), time(m.start))
        case .meetingMoved(let id, let day, let start, _): return self(.evMeetingMoved, meetingWhat(id, state).firstUppercased, shortDate(day), time(start))
        case .meetingCancelled(let id, let reason): return self(.evMeetingCancelled, meetingName(id, in: state).firstUppercased, reason)
        case .meetingHeld(let id, let attendance): return self(.evMeetingHeld, meetingName(id, in: state).firstUppercased, attendance.count)
        case .contactRecorded(let c): return self(.evContact, StateNames.school(c.school, in: state), name(c.form), shortDate(c.date)) + ": " + c.summary
        case .followUpAgreed(let f): return self(.evFollowUp, StateNames.school(f.school, in: state), f.what, StateNames.person(f.who, in: state), shortDate(f.due))
        case .followUpDone(let id, let d): return self(.evFollowUpDone, StateNames.followUp(id, in: state), shortDate(d))
        case .followUpMoved(let id, let due, let reason): return self(.evFollowUpMoved, StateNames.followUp(id, in: state), shortDate(due), reason)
        case .evaluationRecorded(let v):
            return self(.evEvaluation, StateNames.school(v.school, in: state), name(v.indicator), percent(v.hundredths), shortDate(v.date))
        case .indicatorDefined(let d): return self(.evIndicatorDefined, name(d), StateNames.programme(d.programme, in: state))
        case .indicatorChanged(let d): return self(.evIndicatorChanged, name(d), StateNames.programme(d.programme, in: state))
        case .measurementRecorded(let m):
            return self(.evMeasurement, StateNames.school(m.school, in: state), indicatorName(m.programme, m.indicator, in: state), period(m.period), measured(m, in: state))
        case .measurementCorrected(let m, let reason):
            return self(.evMeasurementCorrected, StateNames.school(m.school, in: state), indicatorName(m.programme, m.indicator, in: state), period(m.period),
                        measured(m, in: state), reason)
        case .feedbackGiven(let f): return self(.evFeedback, meetingName(f.meeting, in: state).firstUppercased, f.rating) + (f.comment.map { ": \($0)" } ?? "")
        case .undone(let seq):
            guard let r = history?.record(seq: seq) else { return self(.evUndoneUnknown) }
            return self(.evUndone, sentence(r.event, in: state))
        }
    }

    /// A measured value with its unit, when the state knows the indicator; as the log spells it otherwise.
    func measured(_ m: Measurement, in state: NetworkState?) -> String {
        guard let d = state?.indicator(m.programme, m.indicator) else { return m.value.spelled }
        return shown(m.value, d)
    }

    /// The name a cluster had before it was renamed to `name`, from the history; nil without one.
    func previousName(of cluster: String, before name: String, in history: [Recorded]?) -> String? {
        guard let history else { return nil }
        var names: [String] = []
        for r in history {
            if case .clusterFormed(let id, _, let n, _) = r.event, id == cluster { names.append(n) }
            if case .clusterRenamed(let id, let n) = r.event, id == cluster { names.append(n) }
        }
        guard let i = names.lastIndex(of: name), i > 0 else { return nil }
        return names[i - 1]
    }

    /// A meeting by what it is and for whom, without its day (a move changes the day).
    func meetingWhat(_ id: String, _ state: NetworkState?) -> String {
        guard let m = state?.meetings[id] else { return id }
        return self(.meetingFor, title(m), participants(m, in: state))
    }
}
