/// What a person asks for. `decide` turns a command into events or refuses it.
public enum Command: Sendable, Equatable {
    case defineProgramme(Programme)
    case registerSchool(School)
    /// New name, municipality or kind for a registered school.
    case updateSchool(School)
    case setParticipation(Enrolment, status: ParticipationStatus, track: String? = nil, reason: String? = nil)
    case registerPerson(Person)
    case updatePerson(Person)
    case assignConsultant(Enrolment, consultant: String)
    case formCluster(id: String, programme: ProgrammeID, name: String, track: String? = nil)
    case renameCluster(id: String, name: String)
    case placeSchool(cluster: String, school: String)
    case defineInterventionKind(InterventionKind)
    case setInterventionStatus(InterventionKey, status: InterventionStatus, date: Day? = nil, reason: String? = nil)
    /// The meeting's id is chosen by `decide`; the one given is ignored. Soft conflicts refuse unless `force`.
    case scheduleMeeting(Meeting, force: Bool = false)
    case moveMeeting(id: String, day: Day, start: Int, end: Int, force: Bool = false)
    case cancelMeeting(id: String, reason: String)
    case recordMeetingHeld(id: String, attendance: [String])
    /// A contact and the follow-ups agreed at it; ids are chosen by `decide`.
    case recordContact(Contact, followUps: [FollowUp] = [])
    case completeFollowUp(id: String, date: Day? = nil)
    case moveFollowUp(id: String, due: Day, reason: String)
    case recordEvaluation(Evaluation)
    case giveFeedback(MeetingFeedback)
    /// Undoes the actor's last change (all events of their last write) with compensating events. With
    /// `expecting`, only if that write still ends with this sequence number (the one the person was shown).
    case undoLast(expecting: Int? = nil)
    /// Undoes the actor's write that holds record `seq` (see `NetworkState.writes(of:)`), if nothing builds on it.
    case undoWrite(seq: Int)
}

/// Who asks, and when.
public struct Context: Sendable {
    public var actor: String
    public var now: Timestamp
    public init(actor: String, now: Timestamp) { self.actor = actor; self.now = now }
    public var today: Day { now.danishDay }
}
