/// What happened. Events are facts: `evolve` applies any of them, in any state.
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
    case meetingScheduled(Meeting)
    case meetingMoved(id: String, day: Day, start: Int, end: Int)
    case meetingCancelled(id: String, reason: String)
    case meetingHeld(id: String, attendance: [String])
    case contactRecorded(Contact)
    case followUpAgreed(FollowUp)
    case followUpDone(id: String, date: Day)
    case followUpMoved(id: String, due: Day, reason: String)
    case evaluationRecorded(Evaluation)
    case feedbackGiven(MeetingFeedback)
    /// Compensates the event with this sequence number; history itself is never rewritten.
    case undone(seq: Int)

    /// The type name written in the log.
    public var typeName: String {
        switch self {
        case .programmeDefined: return "programme.defined"
        case .schoolRegistered: return "school.registered"
        case .schoolUpdated: return "school.updated"
        case .personUpdated: return "person.updated"
        case .participationSet: return "participation.set"
        case .personRegistered: return "person.registered"
        case .consultantAssigned: return "consultant.assigned"
        case .clusterFormed: return "cluster.formed"
        case .clusterRenamed: return "cluster.renamed"
        case .schoolPlaced: return "cluster.school-placed"
        case .interventionKindDefined: return "intervention-kind.defined"
        case .interventionStatusSet: return "intervention.status-set"
        case .meetingScheduled: return "meeting.scheduled"
        case .meetingMoved: return "meeting.moved"
        case .meetingCancelled: return "meeting.cancelled"
        case .meetingHeld: return "meeting.held"
        case .contactRecorded: return "contact.recorded"
        case .followUpAgreed: return "follow-up.agreed"
        case .followUpDone: return "follow-up.done"
        case .followUpMoved: return "follow-up.moved"
        case .evaluationRecorded: return "evaluation.recorded"
        case .feedbackGiven: return "meeting.feedback"
        case .undone: return "undone"
        }
    }

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
        default: return []
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
