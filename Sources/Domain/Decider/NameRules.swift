import CConfusables
import Foundation

/// Names that cannot pass for something else. Text from a person is put in Unicode's composed form (NFC) before
/// anything is decided on it, so one name has one spelling in the log; a name holds no invisible characters
/// (`TextRules.invisible`); and a new school or cluster whose name looks like another's, by Unicode's confusables
/// skeleton (UTS #39, ICU's tables), is refused with the other's name and number.
public enum NameRules {
    /// The key two names share when a reader could take one for the other: the UTS #39 skeleton, lowercased (so
    /// "Bakkesk0len", "BakkeskoIen" and "Βakkeskolen" with a Greek capital beta all key as "bakkeskolen").
    public static func key(_ name: String) -> String {
        let text = Array(name.precomposedStringWithCanonicalMapping.utf16)
        guard !text.isEmpty else { return "" }
        var out = [UInt16](repeating: 0, count: text.count * 4 + 16)
        var n = tavle_skeleton(text, Int32(text.count), &out, Int32(out.count))
        if n > Int32(out.count) {
            out = [UInt16](repeating: 0, count: Int(n))
            n = tavle_skeleton(text, Int32(text.count), &out, Int32(out.count))
        }
        // Without ICU's tables (never so with Swift's Foundation), compatibility folding still joins the commonest.
        guard n >= 0 else { return name.precomposedStringWithCompatibilityMapping.lowercased() }
        return String(decoding: out.prefix(Int(n)), as: UTF16.self).lowercased()
    }

    /// A school already named like this one, but not the same name. Names that are the same are allowed (many towns
    /// have a Rådhusskolen, told apart by number and municipality); names that only look the same are not.
    static func checkSchool(_ s: School, _ state: NetworkState) throws(DomainError) {
        if let other = state.schools(keyed: key(s.name)).first(where: { $0.institution != s.institution && $0.name != s.name }) {
            throw .confusableName(name: s.name, other: other.name, id: other.institution)
        }
    }

    static func checkCluster(_ id: String, _ name: String, _ state: NetworkState) throws(DomainError) {
        if let other = state.clusters(keyed: key(name)).first(where: { $0.id != id && $0.name != name }) {
            throw .confusableName(name: name, other: other.name, id: other.id)
        }
    }
}

extension Command {
    /// The command with every text a person gave in composed form (NFC).
    public var composed: Command {
        func c(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }
        func c(_ s: String?) -> String? { s.map(c) }
        switch self {
        case .defineProgramme(var p):
            p.name = c(p.name)
            for i in p.tracks.indices { p.tracks[i].name = c(p.tracks[i].name) }
            return .defineProgramme(p)
        case .registerSchool(var s): s.name = c(s.name); return .registerSchool(s)
        case .updateSchool(var s): s.name = c(s.name); return .updateSchool(s)
        case .setParticipation(let e, let status, let track, let reason): return .setParticipation(e, status: status, track: track, reason: c(reason))
        case .registerPerson(var p): p.fullName = c(p.fullName); p.base = c(p.base); return .registerPerson(p)
        case .updatePerson(var p): p.fullName = c(p.fullName); p.base = c(p.base); return .updatePerson(p)
        case .formCluster(let id, let programme, let name, let track): return .formCluster(id: id, programme: programme, name: c(name), track: track)
        case .renameCluster(let id, let name): return .renameCluster(id: id, name: c(name))
        case .defineInterventionKind(var k): k.name = c(k.name); return .defineInterventionKind(k)
        case .setInterventionStatus(let key, let status, let date, let reason):
            return .setInterventionStatus(key, status: status, date: date, reason: c(reason))
        case .scheduleMeeting(var m, let force): m.title = c(m.title); m.location = c(m.location); return .scheduleMeeting(m, force: force)
        case .cancelMeeting(let id, let reason): return .cancelMeeting(id: id, reason: c(reason))
        case .recordContact(var contact, var followUps):
            contact.summary = c(contact.summary)
            contact.participants = contact.participants.map(c)
            for i in followUps.indices { followUps[i].what = c(followUps[i].what); followUps[i].who = c(followUps[i].who) }
            return .recordContact(contact, followUps: followUps)
        case .moveFollowUp(let id, let due, let reason): return .moveFollowUp(id: id, due: due, reason: c(reason))
        case .giveFeedback(var f): f.comment = c(f.comment); return .giveFeedback(f)
        case .assignConsultant, .placeSchool, .moveMeeting, .recordMeetingHeld, .completeFollowUp, .recordEvaluation, .undoLast, .undoWrite:
            return self
        }
    }
}
