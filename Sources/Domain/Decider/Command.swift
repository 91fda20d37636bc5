import Foundation

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
    /// A programme's indicator, new or changed (`id` and programme name which).
    case defineIndicator(IndicatorDefinition)
    case changeIndicator(IndicatorDefinition)
    /// A value not recorded before for its school, indicator and period.
    case recordMeasurement(Measurement)
    /// A new value for one recorded before, with why.
    case correctMeasurement(Measurement, reason: String)
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

/// The texts a person gives in each command, with the field each goes in and whether it may hold line breaks: the
/// one list that `TextRules` checks and `composed` writes in composed form (NFC), so a new command names its texts
/// once.
extension Command {
    /// The command with `f` applied to each of its texts (given, not nil).
    func mapTexts<E: Error>(_ f: (_ value: String, _ field: String, _ multiline: Bool) throws(E) -> String) throws(E) -> Command {
        func o(_ s: String?, _ field: String, _ multiline: Bool) throws(E) -> String? {
            guard let s else { return nil }
            return try f(s, field, multiline)
        }
        switch self {
        case .defineProgramme(var p):
            p.name = try f(p.name, "name", false)
            for i in p.tracks.indices { p.tracks[i].name = try f(p.tracks[i].name, "track", false) }
            return .defineProgramme(p)
        case .registerSchool(var s): s.name = try f(s.name, "name", false); return .registerSchool(s)
        case .updateSchool(var s): s.name = try f(s.name, "name", false); return .updateSchool(s)
        case .setParticipation(let e, let status, let track, let reason):
            return .setParticipation(e, status: status, track: track, reason: try o(reason, "reason", true))
        case .registerPerson(var p):
            p.fullName = try f(p.fullName, "fullName", false); p.base = try o(p.base, "base", false)
            return .registerPerson(p)
        case .updatePerson(var p):
            p.fullName = try f(p.fullName, "fullName", false); p.base = try o(p.base, "base", false)
            return .updatePerson(p)
        case .formCluster(let id, let programme, let name, let track):
            return .formCluster(id: id, programme: programme, name: try f(name, "name", false), track: track)
        case .renameCluster(let id, let name): return .renameCluster(id: id, name: try f(name, "name", false))
        case .defineInterventionKind(var k): k.name = try f(k.name, "name", false); return .defineInterventionKind(k)
        case .setInterventionStatus(let key, let status, let date, let reason):
            return .setInterventionStatus(key, status: status, date: date, reason: try o(reason, "reason", true))
        case .scheduleMeeting(var m, let force):
            m.title = try f(m.title, "title", false); m.location = try f(m.location, "location", false)
            return .scheduleMeeting(m, force: force)
        case .cancelMeeting(let id, let reason): return .cancelMeeting(id: id, reason: try f(reason, "reason", true))
        case .recordContact(var contact, var followUps):
            contact.summary = try f(contact.summary, "summary", true)
            for i in contact.participants.indices { contact.participants[i] = try f(contact.participants[i], "participants", false) }
            for i in followUps.indices {
                followUps[i].what = try f(followUps[i].what, "what", false)
                followUps[i].who = try f(followUps[i].who, "who", false)
            }
            return .recordContact(contact, followUps: followUps)
        case .moveFollowUp(let id, let due, let reason): return .moveFollowUp(id: id, due: due, reason: try f(reason, "reason", true))
        case .giveFeedback(var fb): fb.comment = try o(fb.comment, "comment", true); return .giveFeedback(fb)
        case .defineIndicator(var d), .changeIndicator(var d):
            for i in d.names.indices { d.names[i].text = try f(d.names[i].text, "names", false) }
            if !d.source.isEmpty { d.source = try f(d.source, "source", false) }
            if case .defineIndicator = self { return .defineIndicator(d) } else { return .changeIndicator(d) }
        case .recordMeasurement(var m): m.source = try o(m.source, "source", false); return .recordMeasurement(m)
        case .correctMeasurement(var m, let reason):
            m.source = try o(m.source, "source", false)
            return .correctMeasurement(m, reason: try f(reason, "reason", true))
        case .assignConsultant, .placeSchool, .moveMeeting, .recordMeetingHeld, .completeFollowUp, .recordEvaluation, .undoLast, .undoWrite:
            return self
        }
    }

    /// The command with every text a person gave in composed form (NFC).
    public var composed: Command { mapTexts { value, _, _ in value.precomposedStringWithCanonicalMapping } }
}

extension Command {
    /// What the command sets out to do, for `Permissions`: record for a school, rate a meeting, take part, or
    /// coordinate.
    func intent(_ state: NetworkState) throws(DomainError) -> Intent {
        switch self {
        case .recordContact(let c, _): return .recordFor(programme: c.programme, school: c.school)
        case .completeFollowUp(let id, _), .moveFollowUp(let id, _, _):
            guard let f = state.followUps[id] else { throw .unknownFollowUp(id) }
            return .recordFor(programme: f.programme, school: f.school)
        case .setInterventionStatus(let k, _, _, _): return .recordFor(programme: k.programme, school: k.school)
        case .recordEvaluation(let v): return .recordFor(programme: v.programme, school: v.school)
        case .recordMeasurement(let m), .correctMeasurement(let m, _): return .recordFor(programme: m.programme, school: m.school)
        case .giveFeedback(let f): return .rate(meeting: f.meeting)
        case .undoLast, .undoWrite: return .takePart
        case .defineProgramme, .registerSchool, .updateSchool, .setParticipation, .registerPerson, .updatePerson,
             .assignConsultant, .formCluster, .renameCluster, .placeSchool, .defineInterventionKind,
             .scheduleMeeting, .moveMeeting, .cancelMeeting, .recordMeetingHeld, .defineIndicator, .changeIndicator:
            return .coordinate
        }
    }
}
