/// An indsats kind within a programme, such as "turboforløb".
public struct InterventionKind: Sendable, Equatable {
    public var programme: ProgrammeID
    public var id: String
    public var name: String
    public init(programme: ProgrammeID, id: String, name: String) {
        self.programme = programme; self.id = id; self.name = name
    }
}

public enum InterventionStatus: String, CaseIterable, Sendable {
    case planned, started, anchored, completed, evaluated, paused, stopped

    /// Where an intervention may go from here.
    public var next: Set<InterventionStatus> {
        switch self {
        case .planned: return [.started, .stopped]
        case .started: return [.anchored, .completed, .paused, .stopped]
        case .anchored: return [.completed, .paused, .stopped]
        case .paused: return [.started, .stopped]
        case .completed: return [.evaluated]
        case .evaluated, .stopped: return []
        }
    }

    /// Whether a newly started intervention may begin in this status.
    public var canBegin: Bool { self == .planned || self == .started }
}

public struct InterventionKey: Hashable, Sendable {
    public var programme: ProgrammeID
    public var school: String
    public var kind: String
    public init(_ programme: ProgrammeID, _ school: String, _ kind: String) {
        self.programme = programme; self.school = school; self.kind = kind
    }
}

/// A school's intervention of one kind, with its current status, the date of its last update, and the day it first
/// reached "started" (the start an effect estimate counts from, kept through pauses and later steps).
public struct Intervention: Sendable, Equatable {
    public var key: InterventionKey
    public var status: InterventionStatus
    public var updated: Day
    public var reason: String?
    public var started: Day?
}
