import Domain

/// Each event as a readable sentence in the interface language. Given the state, a sentence names schools,
/// clusters, intervention kinds and follow-ups by their names; ids stay where nothing better is known.
extension Catalogue {
    public func sentence(_ e: Event, in state: NetworkState? = nil) -> String {
        let names = StateNames(state: state)
        switch e {
        case .programmeDefined(let p): return self(.evProgramme, p.name, shortDate(p.start), shortDate(p.end))
        case .schoolRegistered(let s): return self(.evSchool, s.name, s.institution)
        case .schoolUpdated(let s): return self(.evSchoolUpdated, s.institution, s.name)
        case .personUpdated(let p): return self(.evPersonUpdated, p.name, p.fullName, name(p.role))
        case .participationSet(let en, let status, _, let reason, _):
            return self(.evParticipation, names.school(en.school), names.programme(en.programme), name(status)) + (reason.map { " (\($0))" } ?? "")
        case .personRegistered(let p): return self(.evPerson, p.fullName, p.name, name(p.role))
        case .consultantAssigned(let en, let c): return self(.evAssigned, names.person(c), names.school(en.school), names.programme(en.programme))
        case .clusterFormed(let id, _, let n, _): return self(.evClusterFormed, n, id)
        case .clusterRenamed(let id, let n): return self(.evClusterRenamed, id, n)
        case .schoolPlaced(let c, let s): return self(.evPlaced, names.school(s), names.cluster(c))
        case .interventionKindDefined(let k): return self(.evKind, k.name, names.programme(k.programme))
        case .interventionStatusSet(let k, let s, let d, let reason):
            return self(.evIntervention, names.school(k.school), names.kind(k.programme, k.kind), name(s), shortDate(d)) + (reason.map { " (\($0))" } ?? "")
        case .meetingScheduled(let m): return self(.evMeeting, name(m.kind), m.id, shortDate(m.day), time(m.start))
        case .meetingMoved(let id, let day, let start, _): return self(.evMeetingMoved, id, shortDate(day), time(start))
        case .meetingCancelled(let id, let reason): return self(.evMeetingCancelled, id, reason)
        case .meetingHeld(let id, let attendance): return self(.evMeetingHeld, id, attendance.count)
        case .contactRecorded(let c): return self(.evContact, c.id, names.school(c.school), name(c.form), shortDate(c.date)) + ": " + c.summary
        case .followUpAgreed(let f): return self(.evFollowUp, f.id, names.school(f.school), f.what, f.who, shortDate(f.due))
        case .followUpDone(let id, let d): return self(.evFollowUpDone, names.followUp(id), shortDate(d))
        case .followUpMoved(let id, let due, let reason): return self(.evFollowUpMoved, names.followUp(id), shortDate(due), reason)
        case .evaluationRecorded(let v):
            return self(.evEvaluation, names.school(v.school), v.indicator.rawValue, percent(v.hundredths), shortDate(v.date))
        case .feedbackGiven(let f): return self(.evFeedback, f.meeting, f.rating) + (f.comment.map { ": \($0)" } ?? "")
        case .undone(let seq): return self(.evUndone, seq)
        }
    }
}
