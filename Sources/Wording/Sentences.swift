import Domain

/// Each event as a readable sentence in the interface language. Given the state, a sentence names schools, clusters,
/// meetings, people, intervention kinds and follow-ups by their names; ids stay only where nothing better is known.
/// Given the history, an undo says what it undid.
extension Catalogue {
    public func sentence(_ e: Event, in state: NetworkState? = nil, history: [Recorded]? = nil) -> String {
        // Names read from the state in place: a copy of it (as a struct holding it would make) retains every table,
        // which over the million sentences of a national history's search index is most of the time.
        func schoolName(_ id: String) -> String { state?.schools[id]?.name ?? id }
        func clusterName(_ id: String) -> String { state?.clusters[id]?.name ?? id }
        func programmeName(_ id: String) -> String { state?.programmes[id]?.name ?? id }
        func personName(_ id: String) -> String { state?.people[id]?.fullName ?? id }
        func kindName(_ programme: String, _ id: String) -> String { state?.interventionKind(programme, id)?.name ?? id }
        func followUpName(_ id: String) -> String {
            guard let f = state?.followUps[id] else { return id }
            return "«\(f.what)» (\(schoolName(f.school)))"
        }
        switch e {
        case .programmeDefined(let p): return self(.evProgramme, p.name, shortDate(p.start), shortDate(p.end))
        case .schoolRegistered(let s): return self(.evSchool, s.name, s.institution)
        case .schoolUpdated(let s): return self(.evSchoolUpdated, s.institution, s.name)
        case .personUpdated(let p): return self(.evPersonUpdated, p.fullName, name(p.role))
        case .participationSet(let en, let status, _, let reason, _):
            return self(.evParticipation, schoolName(en.school), programmeName(en.programme), name(status)) + (reason.map { " (\($0))" } ?? "")
        case .personRegistered(let p): return self(.evPerson, p.fullName, name(p.role))
        case .consultantAssigned(let en, let c): return self(.evAssigned, personName(c), schoolName(en.school), programmeName(en.programme))
        case .clusterFormed(_, _, let n, _): return self(.evClusterFormed, n)
        case .clusterRenamed(let id, let n):
            guard let old = previousName(of: id, before: n, in: history) else { return self(.evClusterRenamedUnknown, n) }
            return self(.evClusterRenamed, old, n)
        case .schoolPlaced(let c, let s): return self(.evPlaced, schoolName(s), clusterName(c))
        case .interventionKindDefined(let k): return self(.evKind, k.name, programmeName(k.programme))
        case .interventionStatusSet(let k, let s, let d, let reason):
            return self(.evIntervention, schoolName(k.school), kindName(k.programme, k.kind), name(s), shortDate(d)) + (reason.map { " (\($0))" } ?? "")
        case .meetingScheduled(let m): return self(.evMeeting, title(m).firstUppercased, participants(m, in: state), shortDate(m.day), time(m.start))
        case .meetingMoved(let id, let day, let start, _): return self(.evMeetingMoved, meetingWhat(id, state).firstUppercased, shortDate(day), time(start))
        case .meetingCancelled(let id, let reason): return self(.evMeetingCancelled, meetingName(id, in: state).firstUppercased, reason)
        case .meetingHeld(let id, let attendance): return self(.evMeetingHeld, meetingName(id, in: state).firstUppercased, attendance.count)
        case .contactRecorded(let c): return self(.evContact, schoolName(c.school), name(c.form), shortDate(c.date)) + ": " + c.summary
        case .followUpAgreed(let f): return self(.evFollowUp, schoolName(f.school), f.what, f.who, shortDate(f.due))
        case .followUpDone(let id, let d): return self(.evFollowUpDone, followUpName(id), shortDate(d))
        case .followUpMoved(let id, let due, let reason): return self(.evFollowUpMoved, followUpName(id), shortDate(due), reason)
        case .evaluationRecorded(let v):
            return self(.evEvaluation, schoolName(v.school), name(v.indicator), percent(v.hundredths), shortDate(v.date))
        case .indicatorDefined(let d): return self(.evIndicatorDefined, name(d), programmeName(d.programme))
        case .indicatorChanged(let d): return self(.evIndicatorChanged, name(d), programmeName(d.programme))
        case .measurementRecorded(let m):
            return self(.evMeasurement, schoolName(m.school), indicatorName(m.programme, m.indicator, in: state), period(m.period), measured(m, in: state))
        case .measurementCorrected(let m, let reason):
            return self(.evMeasurementCorrected, schoolName(m.school), indicatorName(m.programme, m.indicator, in: state), period(m.period),
                        measured(m, in: state), reason)
        case .feedbackGiven(let f): return self(.evFeedback, meetingName(f.meeting, in: state).firstUppercased, f.rating) + (f.comment.map { ": \($0)" } ?? "")
        case .undone(let seq):
            guard let r = history.flatMap({ Catalogue.record(seq, in: $0) }) else { return self(.evUndoneUnknown) }
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
