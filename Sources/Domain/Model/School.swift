public enum SchoolKind: String, CaseIterable, Sendable {
    case folkeskole, friskole, specialskole, erhvervsskole
}

/// A school, identified by its 6-digit institutionsnummer (kept as a string).
public struct School: Sendable, Equatable {
    public var institution: String
    public var name: String
    public var municipality: Int
    public var kind: SchoolKind

    public init(institution: String, name: String, municipality: Int, kind: SchoolKind) {
        self.institution = institution; self.name = name; self.municipality = municipality; self.kind = kind
    }

    public static func isValidInstitution(_ s: String) -> Bool {
        s.utf8.count == 6 && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

public enum ParticipationStatus: String, CaseIterable, Sendable {
    case offered, accepted, declined, withdrawn
}

/// A school's place in a programme.
public struct Participation: Sendable, Equatable {
    public var status: ParticipationStatus
    public var track: String?
    public var reason: String?
    public var since: Day
}

/// A school in a programme: the key for participation, caseload and interventions.
public struct Enrolment: Hashable, Sendable {
    public var programme: ProgrammeID
    public var school: String
    public init(_ programme: ProgrammeID, _ school: String) { self.programme = programme; self.school = school }
}
