import Foundation

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
        case .assignConsultant, .placeSchool, .moveMeeting, .recordMeetingHeld, .completeFollowUp, .recordEvaluation, .undoLast, .undoWrite:
            return self
        }
    }

    /// The command with every text a person gave in composed form (NFC).
    public var composed: Command { mapTexts { value, _, _ in value.precomposedStringWithCanonicalMapping } }
}
