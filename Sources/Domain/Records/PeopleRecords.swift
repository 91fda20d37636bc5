/// Programmes, schools, participation and people. Each kind of record said once: its shape (the fields in the order the log writes them, how
/// each is spelled, who may write it), how an event of it is written, and how it is read back.
enum PeopleRecords {
    static let programmeDefined = RecordKind(
        shape: .init([.init("programme", .id), .init("name", .line), .init("start", .day), .init("end", .day),
            .init("tracks", .ids), .init("trackNames", .lines)], .coordinator,
            pairedLists: ("tracks", "trackNames")),
        write: { event, w in
            guard case .programmeDefined(let p) = event else { return }
            w.field("programme", p.id); w.field("name", p.name)
            w.field("start", p.start.iso); w.field("end", p.end.iso)
            w.field("tracks", p.tracks.map(\.id)); w.field("trackNames", p.tracks.map(\.name))
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            let ids = try f.strings("tracks"), names = try f.strings("trackNames")
            guard ids.count == names.count else { throw .badValue(field: "trackNames") }
            return .programmeDefined(Programme(
                id: try f.string("programme"), name: try f.string("name"),
                start: try f.day("start"), end: try f.day("end"),
                tracks: zip(ids, names).map { Track(id: $0, name: $1) }))
        })

    static let schoolRegistered = school(Event.schoolRegistered)
    static let schoolUpdated = school(Event.schoolUpdated)

    /// A school's record, registered or updated: the same fields.
    private static func school(_ make: @escaping @Sendable (School) -> Event) -> RecordKind {
        RecordKind(
            shape: .init([.init("school", .id), .init("name", .line), .init("municipality", .municipality),
                .init("kind", .code(SchoolKind.allCases.map(\.rawValue)))], .coordinator),
            write: { event, w in
                var school: School?
                if case .schoolRegistered(let s) = event { school = s }
                if case .schoolUpdated(let s) = event { school = s }
                guard let s = school else { return }
                w.field("school", s.institution); w.field("name", s.name)
                w.field("municipality", pad(s.municipality, 3)); w.field("kind", s.kind.rawValue)
            },
            read: { (f: Fields) throws(RecordProblem) -> Event in
                guard let code = Int(try f.string("municipality")), (0...9999).contains(code) else { throw .badValue(field: "municipality") }
                return make(School(institution: try f.string("school"), name: try f.string("name"),
                                   municipality: code, kind: try f.raw("kind", as: SchoolKind.self)))
            })
    }

    static let participationSet = RecordKind(
        shape: .init([.init("programme", .id), .init("school", .id),
            .init("status", .code(ParticipationStatus.allCases.map(\.rawValue))),
            .init("track", .id, optional: true), .init("reason", .text, optional: true), .init("date", .day)],
            .coordinator),
        write: { event, w in
            guard case .participationSet(let e, let status, let track, let reason, let date) = event else { return }
            w.field("programme", e.programme); w.field("school", e.school); w.field("status", status.rawValue)
            w.field("track", track); w.field("reason", reason); w.field("date", date)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .participationSet(
                Enrolment(try f.string("programme"), try f.string("school")),
                status: try f.raw("status", as: ParticipationStatus.self),
                track: try f.optionalString("track"), reason: try f.optionalString("reason"), date: try f.day("date"))
        })

    static let personRegistered = person(Event.personRegistered)
    static let personUpdated = person(Event.personUpdated)

    /// A person's record, registered or updated: the same fields.
    private static func person(_ make: @escaping @Sendable (Person) -> Event) -> RecordKind {
        RecordKind(
            shape: .init([.init("person", .id), .init("fullName", .line), .init("role", .code(Role.allCases.map(\.rawValue))),
                .init("base", .line, optional: true)], .coordinator),
            write: { event, w in
                var person: Person?
                if case .personRegistered(let p) = event { person = p }
                if case .personUpdated(let p) = event { person = p }
                guard let p = person else { return }
                w.field("person", p.name); w.field("fullName", p.fullName); w.field("role", p.role.rawValue)
                w.field("base", p.base)
            },
            read: { (f: Fields) throws(RecordProblem) -> Event in
                make(Person(name: try f.string("person"), fullName: try f.string("fullName"),
                            role: try f.raw("role", as: Role.self), base: try f.optionalString("base")))
            })
    }

    static let consultantAssigned = RecordKind(
        shape: .init([.init("programme", .id), .init("school", .id), .init("consultant", .id)], .coordinator),
        write: { event, w in
            guard case .consultantAssigned(let e, let consultant) = event else { return }
            w.field("programme", e.programme); w.field("school", e.school); w.field("consultant", consultant)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .consultantAssigned(Enrolment(try f.string("programme"), try f.string("school")),
                                       consultant: try f.string("consultant"))
        })
}
