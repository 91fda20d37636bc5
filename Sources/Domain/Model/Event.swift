/// What happened. Events are facts: `evolve` applies any of them, in any state.
///
/// An event holds its largest kind's payload in place, and the history holds a million of them: the kinds larger
/// than a contact or a measurement (a meeting, a follow-up, an indicator's definition, a correction) are kept
/// out of line (`indirect`), so a record takes 152 bytes instead of 208.
public enum Event: Sendable, Equatable {
    case programmeDefined(Programme)
    case schoolRegistered(School)
    case schoolUpdated(School)
    case participationSet(Enrolment, status: ParticipationStatus, track: String?, reason: String?, date: Day)
    case personRegistered(Person)
    case personUpdated(Person)
    case consultantAssigned(Enrolment, consultant: String)
    case clusterFormed(id: String, programme: ProgrammeID, name: String, track: String?)
    case clusterRenamed(id: String, name: String)
    case schoolPlaced(cluster: String, school: String)
    case interventionKindDefined(InterventionKind)
    case interventionStatusSet(InterventionKey, status: InterventionStatus, date: Day, reason: String?)
    indirect case meetingScheduled(Meeting)
    case meetingMoved(id: String, day: Day, start: Int, end: Int)
    case meetingCancelled(id: String, reason: String)
    case meetingHeld(id: String, attendance: [String])
    case contactRecorded(Contact)
    indirect case followUpAgreed(FollowUp)
    case followUpDone(id: String, date: Day)
    case followUpMoved(id: String, due: Day, reason: String)
    case evaluationRecorded(Evaluation)
    case feedbackGiven(MeetingFeedback)
    indirect case indicatorDefined(IndicatorDefinition)
    indirect case indicatorChanged(IndicatorDefinition)
    case measurementRecorded(Measurement)
    /// A value recorded before, replaced; both stay in the history.
    indirect case measurementCorrected(Measurement, reason: String)
    /// Compensates the event with this sequence number; history itself is never rewritten.
    case undone(seq: Int)

    /// What kind of event this is; its raw value is the type name written in the log.
    public var type: EventType {
        switch self {
        case .programmeDefined: return .programmeDefined
        case .schoolRegistered: return .schoolRegistered
        case .schoolUpdated: return .schoolUpdated
        case .personUpdated: return .personUpdated
        case .participationSet: return .participationSet
        case .personRegistered: return .personRegistered
        case .consultantAssigned: return .consultantAssigned
        case .clusterFormed: return .clusterFormed
        case .clusterRenamed: return .clusterRenamed
        case .schoolPlaced: return .schoolPlaced
        case .interventionKindDefined: return .interventionKindDefined
        case .interventionStatusSet: return .interventionStatusSet
        case .meetingScheduled: return .meetingScheduled
        case .meetingMoved: return .meetingMoved
        case .meetingCancelled: return .meetingCancelled
        case .meetingHeld: return .meetingHeld
        case .contactRecorded: return .contactRecorded
        case .followUpAgreed: return .followUpAgreed
        case .followUpDone: return .followUpDone
        case .followUpMoved: return .followUpMoved
        case .evaluationRecorded: return .evaluationRecorded
        case .feedbackGiven: return .feedbackGiven
        case .indicatorDefined: return .indicatorDefined
        case .indicatorChanged: return .indicatorChanged
        case .measurementRecorded: return .measurementRecorded
        case .measurementCorrected: return .measurementCorrected
        case .undone: return .undone
        }
    }

    /// The type name written in the log.
    public var typeName: String { type.rawValue }

    /// The schools an event concerns, for a school's history.
    public var schools: [String] {
        switch self {
        case .schoolRegistered(let s), .schoolUpdated(let s): return [s.institution]
        case .participationSet(let e, _, _, _, _), .consultantAssigned(let e, _): return [e.school]
        case .schoolPlaced(_, let school): return [school]
        case .interventionStatusSet(let k, _, _, _): return [k.school]
        case .meetingScheduled(let m): return m.schools
        case .contactRecorded(let c): return [c.school]
        case .followUpAgreed(let f): return [f.school]
        case .evaluationRecorded(let v): return [v.school]
        case .feedbackGiven(let f): return f.school.map { [$0] } ?? []
        case .measurementRecorded(let m), .measurementCorrected(let m, _): return [m.school]
        case .indicatorDefined, .indicatorChanged,
             .programmeDefined, .personRegistered, .personUpdated, .clusterFormed, .clusterRenamed, .interventionKindDefined,
             .meetingMoved, .meetingCancelled, .meetingHeld, .followUpDone, .followUpMoved, .undone:
            return []
        }
    }

    /// Whether the event names `school`: `schools.contains(school)` without building the list, as a school's page
    /// asks it of every record.
    public func names(school: String) -> Bool {
        switch self {
        case .schoolRegistered(let s), .schoolUpdated(let s): return s.institution == school
        case .participationSet(let e, _, _, _, _), .consultantAssigned(let e, _): return e.school == school
        case .schoolPlaced(_, let s): return s == school
        case .interventionStatusSet(let k, _, _, _): return k.school == school
        case .meetingScheduled(let m): return m.schools.contains(school)
        case .contactRecorded(let c): return c.school == school
        case .followUpAgreed(let f): return f.school == school
        case .evaluationRecorded(let v): return v.school == school
        case .feedbackGiven(let f): return f.school == school
        case .measurementRecorded(let m), .measurementCorrected(let m, _): return m.school == school
        case .indicatorDefined, .indicatorChanged,
             .programmeDefined, .personRegistered, .personUpdated, .clusterFormed, .clusterRenamed, .interventionKindDefined,
             .meetingMoved, .meetingCancelled, .meetingHeld, .followUpDone, .followUpMoved, .undone:
            return false
        }
    }

    /// The clusters an event names, for a school's history (its clusters' events concern it too).
    public var clusters: [String] {
        switch self {
        case .clusterFormed(let id, _, _, _), .clusterRenamed(let id, _): return [id]
        case .schoolPlaced(let cluster, _): return [cluster]
        case .meetingScheduled(let m): return m.clusters
        case .programmeDefined, .schoolRegistered, .schoolUpdated, .participationSet, .personRegistered, .personUpdated,
             .consultantAssigned, .interventionKindDefined, .interventionStatusSet, .meetingMoved, .meetingCancelled,
             .meetingHeld, .contactRecorded, .followUpAgreed, .followUpDone, .followUpMoved, .evaluationRecorded,
             .feedbackGiven, .indicatorDefined, .indicatorChanged, .measurementRecorded, .measurementCorrected, .undone:
            return []
        }
    }

    /// The id the event gives a new thing that is later named by it (a follow-up, a meeting, a cluster), as a
    /// receipt shows it.
    public var newID: String? {
        switch self {
        case .followUpAgreed(let f): return f.id
        case .meetingScheduled(let m): return m.id
        case .clusterFormed(let id, _, _, _): return id
        case .programmeDefined, .schoolRegistered, .schoolUpdated, .participationSet, .personRegistered, .personUpdated,
             .consultantAssigned, .clusterRenamed, .schoolPlaced, .interventionKindDefined, .interventionStatusSet,
             .meetingMoved, .meetingCancelled, .meetingHeld, .contactRecorded, .followUpDone, .followUpMoved,
             .evaluationRecorded, .feedbackGiven, .indicatorDefined, .indicatorChanged, .measurementRecorded,
             .measurementCorrected, .undone:
            return nil
        }
    }
}

/// An event as the log holds it: with its sequence number, time, actor and schema version.
public struct Recorded: Sendable, Equatable {
    public var seq: Int
    public var at: Timestamp
    public var actor: String
    public var version: Int
    public var event: Event

    public init(seq: Int, at: Timestamp, actor: String, version: Int = Recorded.currentVersion, event: Event) {
        self.seq = seq; self.at = at; self.actor = actor; self.version = version; self.event = event
    }

    /// The newest schema version this program reads and writes.
    public static let currentVersion = 1
}

extension RandomAccessCollection where Element == Recorded {
    /// Where the records after `seq` begin, in records in sequence order (a history), found by halving.
    public func end(of seq: Int) -> Index {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = index(lo, offsetBy: distance(from: lo, to: hi) / 2)
            if self[mid].seq <= seq { lo = index(after: mid) } else { hi = mid }
        }
        return lo
    }

    /// The record with a sequence number, if the history holds it.
    public func record(seq: Int) -> Recorded? {
        let i = end(of: seq - 1)
        return i < endIndex && self[i].seq == seq ? self[i] : nil
    }
}

/// The kinds of event, named as the log writes them. The codec writes and reads these names, and nothing else.
public enum EventType: String, CaseIterable, Sendable {
    case programmeDefined = "programme.defined"
    case schoolRegistered = "school.registered"
    case schoolUpdated = "school.updated"
    case personUpdated = "person.updated"
    case participationSet = "participation.set"
    case personRegistered = "person.registered"
    case consultantAssigned = "consultant.assigned"
    case clusterFormed = "cluster.formed"
    case clusterRenamed = "cluster.renamed"
    case schoolPlaced = "cluster.school-placed"
    case interventionKindDefined = "intervention-kind.defined"
    case interventionStatusSet = "intervention.status-set"
    case meetingScheduled = "meeting.scheduled"
    case meetingMoved = "meeting.moved"
    case meetingCancelled = "meeting.cancelled"
    case meetingHeld = "meeting.held"
    case contactRecorded = "contact.recorded"
    case followUpAgreed = "follow-up.agreed"
    case followUpDone = "follow-up.done"
    case followUpMoved = "follow-up.moved"
    case evaluationRecorded = "evaluation.recorded"
    case feedbackGiven = "meeting.feedback"
    case indicatorDefined = "indicator.defined"
    case indicatorChanged = "indicator.changed"
    case measurementRecorded = "measurement.recorded"
    case measurementCorrected = "measurement.corrected"
    case undone = "undone"
}

extension EventType {
    /// Where each kind of record is said once: its shape, how it is written and how it is read.
    var record: RecordKind {
        switch self {
        case .programmeDefined: return PeopleRecords.programmeDefined
        case .schoolRegistered: return PeopleRecords.schoolRegistered
        case .schoolUpdated: return PeopleRecords.schoolUpdated
        case .personUpdated: return PeopleRecords.personUpdated
        case .participationSet: return PeopleRecords.participationSet
        case .personRegistered: return PeopleRecords.personRegistered
        case .consultantAssigned: return PeopleRecords.consultantAssigned
        case .clusterFormed: return ClusterRecords.clusterFormed
        case .clusterRenamed: return ClusterRecords.clusterRenamed
        case .schoolPlaced: return ClusterRecords.schoolPlaced
        case .interventionKindDefined: return ClusterRecords.interventionKindDefined
        case .interventionStatusSet: return ClusterRecords.interventionStatusSet
        case .meetingScheduled: return MeetingRecords.meetingScheduled
        case .meetingMoved: return MeetingRecords.meetingMoved
        case .meetingCancelled: return MeetingRecords.meetingCancelled
        case .meetingHeld: return MeetingRecords.meetingHeld
        case .contactRecorded: return CaseworkRecords.contactRecorded
        case .followUpAgreed: return CaseworkRecords.followUpAgreed
        case .followUpDone: return CaseworkRecords.followUpDone
        case .followUpMoved: return CaseworkRecords.followUpMoved
        case .evaluationRecorded: return CaseworkRecords.evaluationRecorded
        case .feedbackGiven: return MeetingRecords.feedbackGiven
        case .indicatorDefined: return IndicatorRecords.indicatorDefined
        case .indicatorChanged: return IndicatorRecords.indicatorChanged
        case .measurementRecorded: return IndicatorRecords.measurementRecorded
        case .measurementCorrected: return IndicatorRecords.measurementCorrected
        case .undone: return CaseworkRecords.undone
        }
    }
}
