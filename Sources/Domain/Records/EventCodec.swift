import Glibc

/// Maps events to flat log records and back.
enum EventCodec {
    static func encode(_ r: Recorded, into w: inout RecordWriter) {
        w.field("seq", r.seq)
        w.field("v", r.version)
        w.field("at", r.at.iso)
        w.field("by", r.actor)
        w.field("type", r.event.typeName)
        switch r.event {
        case .programmeDefined(let p):
            w.field("programme", p.id); w.field("name", p.name)
            w.field("start", p.start.iso); w.field("end", p.end.iso)
            w.field("tracks", p.tracks.map(\.id)); w.field("trackNames", p.tracks.map(\.name))
        case .schoolRegistered(let s), .schoolUpdated(let s):
            w.field("school", s.institution); w.field("name", s.name)
            w.field("municipality", pad(s.municipality, 3)); w.field("kind", s.kind.rawValue)
        case .participationSet(let e, let status, let track, let reason, let date):
            w.field("programme", e.programme); w.field("school", e.school); w.field("status", status.rawValue)
            w.field("track", track); w.field("reason", reason); w.field("date", date.iso)
        case .personRegistered(let p), .personUpdated(let p):
            w.field("person", p.name); w.field("fullName", p.fullName); w.field("role", p.role.rawValue)
            w.field("base", p.base)
        case .consultantAssigned(let e, let consultant):
            w.field("programme", e.programme); w.field("school", e.school); w.field("consultant", consultant)
        case .clusterFormed(let id, let programme, let name, let track):
            w.field("cluster", id); w.field("programme", programme); w.field("name", name); w.field("track", track)
        case .clusterRenamed(let id, let name):
            w.field("cluster", id); w.field("name", name)
        case .schoolPlaced(let cluster, let school):
            w.field("cluster", cluster); w.field("school", school)
        case .interventionKindDefined(let k):
            w.field("programme", k.programme); w.field("kind", k.id); w.field("name", k.name)
        case .interventionStatusSet(let k, let status, let date, let reason):
            w.field("programme", k.programme); w.field("school", k.school); w.field("kind", k.kind)
            w.field("status", status.rawValue); w.field("date", date.iso); w.field("reason", reason)
        case .meetingScheduled(let m):
            w.field("meeting", m.id); w.field("programme", m.programme); w.field("kind", m.kind.rawValue)
            w.field("title", m.title); w.field("date", m.day.iso)
            w.field("start", ClockTime.format(m.start)); w.field("end", ClockTime.format(m.end))
            w.field("clusters", m.clusters); w.field("schools", m.schools); w.field("consultants", m.consultants)
            w.field("location", m.location); w.field("status", m.status.rawValue)
        case .meetingMoved(let id, let day, let start, let end):
            w.field("meeting", id); w.field("date", day.iso); w.field("start", ClockTime.format(start)); w.field("end", ClockTime.format(end))
        case .meetingCancelled(let id, let reason):
            w.field("meeting", id); w.field("reason", reason)
        case .meetingHeld(let id, let attendance):
            w.field("meeting", id); w.field("attendance", attendance)
        case .contactRecorded(let c):
            w.field("contact", c.id); w.field("programme", c.programme); w.field("school", c.school)
            w.field("date", c.date.iso); w.field("form", c.form.rawValue); w.field("participants", c.participants)
            w.field("summary", c.summary); w.field("consultant", c.by)
        case .followUpAgreed(let f):
            w.field("followUp", f.id); w.field("contact", f.contact); w.field("programme", f.programme)
            w.field("school", f.school); w.field("what", f.what); w.field("who", f.who); w.field("due", f.due.iso)
        case .followUpDone(let id, let date):
            w.field("followUp", id); w.field("date", date.iso)
        case .followUpMoved(let id, let due, let reason):
            w.field("followUp", id); w.field("due", due.iso); w.field("reason", reason)
        case .evaluationRecorded(let v):
            w.field("evaluation", v.id); w.field("programme", v.programme); w.field("school", v.school)
            w.field("indicator", v.indicator.rawValue); w.field("point", v.point?.rawValue)
            w.field("hundredths", v.hundredths); w.field("date", v.date.iso)
        case .feedbackGiven(let f):
            w.field("feedback", f.id); w.field("meeting", f.meeting); w.field("school", f.school)
            w.field("rating", f.rating); w.field("comment", f.comment); w.field("person", f.by)
        case .undone(let seq):
            w.field("undoes", seq)
        }
    }

    /// The envelope first, so a newer schema can be recognised before the body is read.
    /// The type is nil when this program does not know it (a newer schema may); `event` then names it.
    static func envelope(_ f: Fields) throws(RecordProblem) -> (seq: Int, version: Int, at: Timestamp, actor: String, type: EventType?) {
        let seq = try f.int("seq")
        let version = try f.int("v")
        let at = try f.timestamp("at")
        let actor = try f.string("by")
        return (seq, version, at, actor, try f.withBytes("type") { .some(EventType(bytes: $0)) })
    }

    static func event(type known: EventType?, _ f: Fields) throws(RecordProblem) -> Event {
        guard let type = known else { throw .unknownType(try f.string("type")) }
        switch type {
        case .programmeDefined:
            let ids = try f.strings("tracks"), names = try f.strings("trackNames")
            guard ids.count == names.count else { throw .badValue(field: "trackNames") }
            return .programmeDefined(Programme(
                id: try f.string("programme"), name: try f.string("name"),
                start: try f.day("start"), end: try f.day("end"),
                tracks: zip(ids, names).map { Track(id: $0, name: $1) }))
        case .schoolRegistered, .schoolUpdated:
            guard let code = Int(try f.string("municipality")), (0...9999).contains(code) else { throw .badValue(field: "municipality") }
            let s = School(institution: try f.string("school"), name: try f.string("name"),
                           municipality: code, kind: try f.raw("kind", as: SchoolKind.self))
            return type == .schoolUpdated ? .schoolUpdated(s) : .schoolRegistered(s)
        case .participationSet:
            return .participationSet(
                Enrolment(try f.string("programme"), try f.string("school")),
                status: try f.raw("status", as: ParticipationStatus.self),
                track: try f.optionalString("track"), reason: try f.optionalString("reason"), date: try f.day("date"))
        case .personRegistered, .personUpdated:
            let p = Person(name: try f.string("person"), fullName: try f.string("fullName"),
                           role: try f.raw("role", as: Role.self), base: try f.optionalString("base"))
            return type == .personUpdated ? .personUpdated(p) : .personRegistered(p)
        case .consultantAssigned:
            return .consultantAssigned(Enrolment(try f.string("programme"), try f.string("school")),
                                       consultant: try f.string("consultant"))
        case .clusterFormed:
            return .clusterFormed(id: try f.string("cluster"), programme: try f.string("programme"),
                                  name: try f.string("name"), track: try f.optionalString("track"))
        case .clusterRenamed:
            return .clusterRenamed(id: try f.string("cluster"), name: try f.string("name"))
        case .schoolPlaced:
            return .schoolPlaced(cluster: try f.string("cluster"), school: try f.string("school"))
        case .interventionKindDefined:
            return .interventionKindDefined(InterventionKind(
                programme: try f.string("programme"), id: try f.string("kind"), name: try f.string("name")))
        case .interventionStatusSet:
            return .interventionStatusSet(
                InterventionKey(try f.string("programme"), try f.string("school"), try f.string("kind")),
                status: try f.raw("status", as: InterventionStatus.self), date: try f.day("date"),
                reason: try f.optionalString("reason"))
        case .meetingScheduled:
            return .meetingScheduled(Meeting(
                id: try f.string("meeting"), programme: try f.string("programme"),
                kind: try f.raw("kind", as: MeetingKind.self), title: try f.string("title"),
                day: try f.day("date"), start: try f.clock("start"), end: try f.clock("end"),
                clusters: try f.strings("clusters"), schools: try f.strings("schools"),
                consultants: try f.strings("consultants"), location: try f.string("location"),
                status: try f.raw("status", as: MeetingStatus.self)))
        case .meetingMoved:
            return .meetingMoved(id: try f.string("meeting"), day: try f.day("date"), start: try f.clock("start"), end: try f.clock("end"))
        case .meetingCancelled:
            return .meetingCancelled(id: try f.string("meeting"), reason: try f.string("reason"))
        case .meetingHeld:
            return .meetingHeld(id: try f.string("meeting"), attendance: try f.strings("attendance"))
        case .contactRecorded:
            return .contactRecorded(Contact(
                id: try f.string("contact"), programme: try f.string("programme"), school: try f.string("school"),
                date: try f.day("date"), form: try f.raw("form", as: ContactForm.self), participants: try f.strings("participants"),
                summary: try f.string("summary"), by: try f.string("consultant")))
        case .followUpAgreed:
            return .followUpAgreed(FollowUp(
                id: try f.string("followUp"), contact: try f.optionalString("contact"), programme: try f.string("programme"),
                school: try f.string("school"), what: try f.string("what"), who: try f.string("who"), due: try f.day("due")))
        case .followUpDone:
            return .followUpDone(id: try f.string("followUp"), date: try f.day("date"))
        case .followUpMoved:
            return .followUpMoved(id: try f.string("followUp"), due: try f.day("due"), reason: try f.string("reason"))
        case .evaluationRecorded:
            let point = try f.optionalString("point")
            guard point == nil || MeasuringPoint(rawValue: point!) != nil else { throw .badValue(field: "point") }
            return .evaluationRecorded(Evaluation(
                id: try f.string("evaluation"), programme: try f.string("programme"), school: try f.string("school"),
                indicator: try f.raw("indicator", as: Indicator.self), point: point.flatMap(MeasuringPoint.init(rawValue:)),
                hundredths: try f.int("hundredths"), date: try f.day("date")))
        case .feedbackGiven:
            return .feedbackGiven(MeetingFeedback(
                id: try f.string("feedback"), meeting: try f.string("meeting"), school: try f.optionalString("school"),
                rating: try f.int("rating"), comment: try f.optionalString("comment"), by: try f.string("person")))
        case .undone:
            return .undone(seq: try f.int("undoes"))
        }
    }
}

extension EventType {
    private static let names: [(bytes: [UInt8], type: EventType)] = allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The type a log names, from the name's bytes; nil for a name this program does not know.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        for (name, type) in Self.names where name.count == bytes.count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { self = type; return }
        }
        return nil
    }
}
