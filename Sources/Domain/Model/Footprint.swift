/// What an event can write or read, for deciding whether a later event built on it.
/// Values, not formatted strings: they reuse the ids' storage instead of allocating per event.
public enum EntityKey: Hashable, Sendable {
    case programme(String), school(String), schoolData(String), person(String), personData(String)
    case enrolment(Enrolment), caseload(Enrolment), placement(Enrolment)
    case cluster(String), clusterName(String), kind(String, String), intervention(InterventionKey)
    case meeting(String), contact(String), followUp(String), evaluation(String), feedback(String)
    case indicator(ProgrammeID, String), measurement(SeriesKey, Period)

    /// What undo puts back for an entity the event created: its absence. Only for the kinds `applyCapturing`
    /// reports as created (nil for the rest, whose records keep the values they replaced).
    var absence: Restore? {
        switch self {
        case .contact(let id): return .contact(id, nil)
        case .followUp(let id): return .followUp(id, nil)
        case .evaluation(let id): return .evaluation(id, nil)
        case .measurement(let key, let period): return .measurement(key, period, nil)
        case .programme, .school, .schoolData, .person, .personData, .enrolment, .caseload, .placement, .cluster,
             .clusterName, .kind, .intervention, .meeting, .feedback, .indicator:
            return nil
        }
    }
}

extension NetworkState {
    /// The entities an event writes, then those it reads (depends on), as touches still to be given the event
    /// that last touched each: one array of the event's exact size, as it becomes the undo record's. Read before
    /// the event applies (only a placement's depends on the state).
    func touches(of e: Event) -> (touches: [Touch], writeCount: Int) {
        switch e {
        case .programmeDefined(let p): return ([Touch(.programme(p.id))], 1)
        case .schoolRegistered(let s): return ([Touch(.school(s.institution))], 1)
        case .schoolUpdated(let s): return ([Touch(.schoolData(s.institution)), Touch(.school(s.institution))], 1)
        case .personUpdated(let p): return ([Touch(.personData(p.name)), Touch(.person(p.name))], 1)
        case .participationSet(let x, _, _, _, _):
            return ([Touch(.enrolment(x)), Touch(.school(x.school)), Touch(.programme(x.programme))], 1)
        case .personRegistered(let p): return ([Touch(.person(p.name))], 1)
        case .consultantAssigned(let x, let c): return ([Touch(.caseload(x)), Touch(.enrolment(x)), Touch(.person(c))], 1)
        case .clusterFormed(let id, let p, _, _): return ([Touch(.cluster(id)), Touch(.clusterName(id)), Touch(.programme(p))], 2)
        case .clusterRenamed(let id, _): return ([Touch(.clusterName(id)), Touch(.cluster(id))], 1)
        case .schoolPlaced(let c, let s):
            let e = Enrolment(clusters[c]?.programme ?? "", s)
            if let old = clusterOf[e] { return ([Touch(.placement(e)), Touch(.cluster(c)), Touch(.enrolment(e)), Touch(.cluster(old))], 1) }
            return ([Touch(.placement(e)), Touch(.cluster(c)), Touch(.enrolment(e))], 1)
        case .interventionKindDefined(let k): return ([Touch(.kind(k.programme, k.id)), Touch(.programme(k.programme))], 1)
        case .interventionStatusSet(let k, _, _, _):
            return ([Touch(.intervention(k)), Touch(.enrolment(Enrolment(k.programme, k.school))), Touch(.kind(k.programme, k.kind))], 1)
        case .meetingScheduled(let m):
            return ([Touch(.meeting(m.id))] + m.clusters.map { Touch(.cluster($0)) } + m.schools.map { Touch(.school($0)) }, 1)
        case .meetingMoved(let id, _, _, _), .meetingCancelled(let id, _), .meetingHeld(let id, _): return ([Touch(.meeting(id))], 1)
        case .contactRecorded(let c): return ([Touch(.contact(c.id)), Touch(.enrolment(Enrolment(c.programme, c.school)))], 1)
        case .followUpAgreed(let f):
            let enrolment = Touch(.enrolment(Enrolment(f.programme, f.school)))
            if let contact = f.contact { return ([Touch(.followUp(f.id)), enrolment, Touch(.contact(contact))], 1) }
            return ([Touch(.followUp(f.id)), enrolment], 1)
        case .followUpDone(let id, _), .followUpMoved(let id, _, _): return ([Touch(.followUp(id))], 1)
        case .evaluationRecorded(let v): return ([Touch(.evaluation(v.id)), Touch(.enrolment(Enrolment(v.programme, v.school)))], 1)
        case .feedbackGiven(let f): return ([Touch(.feedback(f.id)), Touch(.meeting(f.meeting))], 1)
        case .indicatorDefined(let d): return ([Touch(.indicator(d.programme, d.id)), Touch(.programme(d.programme))], 1)
        case .indicatorChanged(let d): return ([Touch(.indicator(d.programme, d.id))], 1)
        case .measurementRecorded(let m), .measurementCorrected(let m, _):
            return ([Touch(.measurement(m.series, m.period)), Touch(.indicator(m.programme, m.indicator)),
                     Touch(.school(m.school))], 1)
        case .undone: return ([], 0)
        }
    }
}
