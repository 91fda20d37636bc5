import Domain

/// Each event as a readable sentence in the interface language.
extension Catalogue {
    public func sentence(_ e: Event) -> String {
        switch e {
        case .programmeDefined(let p): return self(.evProgramme, p.name, shortDate(p.start), shortDate(p.end))
        case .schoolRegistered(let s): return self(.evSchool, s.name, s.institution)
        case .schoolUpdated(let s): return self(.evSchoolUpdated, s.institution, s.name)
        case .personUpdated(let p): return self(.evPersonUpdated, p.name, p.fullName, name(p.role))
        case .participationSet(let en, let status, _, let reason, _):
            return self(.evParticipation, en.school, en.programme, name(status)) + (reason.map { " (\($0))" } ?? "")
        case .personRegistered(let p): return self(.evPerson, p.fullName, p.name, name(p.role))
        case .consultantAssigned(let en, let c): return self(.evAssigned, c, en.school, en.programme)
        case .clusterFormed(let id, _, let n, _): return self(.evClusterFormed, n, id)
        case .clusterRenamed(let id, let n): return self(.evClusterRenamed, id, n)
        case .schoolPlaced(let c, let s): return self(.evPlaced, s, c)
        case .interventionKindDefined(let k): return self(.evKind, k.name, k.programme)
        case .interventionStatusSet(let k, let s, let d, let reason):
            return self(.evIntervention, k.school, k.kind, name(s), shortDate(d)) + (reason.map { " (\($0))" } ?? "")
        case .meetingScheduled(let m): return self(.evMeeting, name(m.kind), m.id, shortDate(m.day), time(m.start))
        case .meetingMoved(let id, let day, let start, _): return self(.evMeetingMoved, id, shortDate(day), time(start))
        case .meetingCancelled(let id, let reason): return self(.evMeetingCancelled, id, reason)
        case .meetingHeld(let id, let attendance): return self(.evMeetingHeld, id, attendance.count)
        case .contactRecorded(let c): return self(.evContact, c.id, c.school, name(c.form), shortDate(c.date)) + ": " + c.summary
        case .followUpAgreed(let f): return self(.evFollowUp, f.id, f.school, f.what, f.who, shortDate(f.due))
        case .followUpDone(let id, let d): return self(.evFollowUpDone, id, shortDate(d))
        case .followUpMoved(let id, let due, let reason): return self(.evFollowUpMoved, id, shortDate(due), reason)
        case .evaluationRecorded(let v):
            return self(.evEvaluation, v.school, v.indicator.rawValue, percent(v.hundredths), shortDate(v.date))
        case .feedbackGiven(let f): return self(.evFeedback, f.meeting, f.rating) + (f.comment.map { ": \($0)" } ?? "")
        case .undone(let seq): return self(.evUndone, seq)
        }
    }
}
