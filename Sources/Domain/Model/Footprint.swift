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
    /// The entities an event writes, then those it reads (depends on), put in `touches` as touches still to be
    /// given the event that last touched each: one array of the event's exact size, as it becomes the undo
    /// record's. Returns how many it writes. Read before the event applies (only a placement's depends on the state).
    func footprint(of e: Event, into touches: inout [Touch]) -> Int {
        switch e {
        case .programmeDefined(let p): touches = [Touch(.programme(p.id))]; return 1
        case .schoolRegistered(let s): touches = [Touch(.school(s.institution))]; return 1
        case .schoolUpdated(let s): touches = [Touch(.schoolData(s.institution)), Touch(.school(s.institution))]; return 1
        case .personUpdated(let p): touches = [Touch(.personData(p.name)), Touch(.person(p.name))]; return 1
        case .participationSet(let x, _, _, _, _):
            touches = [Touch(.enrolment(x)), Touch(.school(x.school)), Touch(.programme(x.programme))]; return 1
        case .personRegistered(let p): touches = [Touch(.person(p.name))]; return 1
        case .consultantAssigned(let x, let c): touches = [Touch(.caseload(x)), Touch(.enrolment(x)), Touch(.person(c))]; return 1
        case .clusterFormed(let id, let p, _, _): touches = [Touch(.cluster(id)), Touch(.clusterName(id)), Touch(.programme(p))]; return 2
        case .clusterRenamed(let id, _): touches = [Touch(.clusterName(id)), Touch(.cluster(id))]; return 1
        case .schoolPlaced(let c, let s):
            let e = Enrolment(clusters[c]?.programme ?? "", s)
            touches = [Touch(.placement(e)), Touch(.cluster(c)), Touch(.enrolment(e))] + (clusterOf[e].map { [Touch(.cluster($0))] } ?? [])
            return 1
        case .interventionKindDefined(let k): touches = [Touch(.kind(k.programme, k.id)), Touch(.programme(k.programme))]; return 1
        case .interventionStatusSet(let k, _, _, _):
            touches = [Touch(.intervention(k)), Touch(.enrolment(Enrolment(k.programme, k.school))), Touch(.kind(k.programme, k.kind))]; return 1
        case .meetingScheduled(let m):
            touches = [Touch(.meeting(m.id))] + m.clusters.map { Touch(.cluster($0)) } + m.schools.map { Touch(.school($0)) }; return 1
        case .meetingMoved(let id, _, _, _), .meetingCancelled(let id, _), .meetingHeld(let id, _): touches = [Touch(.meeting(id))]; return 1
        case .contactRecorded(let c): touches = [Touch(.contact(c.id)), Touch(.enrolment(Enrolment(c.programme, c.school)))]; return 1
        case .followUpAgreed(let f):
            let enrolment = Touch(.enrolment(Enrolment(f.programme, f.school)))
            touches = f.contact.map { [Touch(.followUp(f.id)), enrolment, Touch(.contact($0))] } ?? [Touch(.followUp(f.id)), enrolment]
            return 1
        case .followUpDone(let id, _), .followUpMoved(let id, _, _): touches = [Touch(.followUp(id))]; return 1
        case .evaluationRecorded(let v): touches = [Touch(.evaluation(v.id)), Touch(.enrolment(Enrolment(v.programme, v.school)))]; return 1
        case .feedbackGiven(let f): touches = [Touch(.feedback(f.id)), Touch(.meeting(f.meeting))]; return 1
        case .indicatorDefined(let d): touches = [Touch(.indicator(d.programme, d.id)), Touch(.programme(d.programme))]; return 1
        case .indicatorChanged(let d): touches = [Touch(.indicator(d.programme, d.id))]; return 1
        case .measurementRecorded(let m), .measurementCorrected(let m, _):
            touches = [Touch(.measurement(m.series, m.period)), Touch(.indicator(m.programme, m.indicator)), Touch(.school(m.school))]
            return 1
        case .undone: touches = []; return 0
        }
    }
}
