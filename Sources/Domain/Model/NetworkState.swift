import OrderedCollections

/// The whole network as the log tells it. Only ever built by replaying events.
public struct NetworkState: Sendable, Equatable {
    public var programmes: OrderedDictionary<ProgrammeID, Programme> = [:]
    public var schools: OrderedDictionary<String, School> = [:]
    public var participation: [Enrolment: Participation] = [:]
    public var people: OrderedDictionary<String, Person> = [:]
    public var caseload: [Enrolment: String] = [:]
    public var clusters: OrderedDictionary<String, Cluster> = [:]
    /// Which cluster each school is in, per programme.
    public var clusterOf: [Enrolment: String] = [:]
    public var interventionKinds: OrderedDictionary<String, InterventionKind> = [:]
    public var interventions: OrderedDictionary<InterventionKey, Intervention> = [:]
    public var meetings: OrderedDictionary<String, Meeting> = [:]
    /// The last sequence number applied, and when.
    public var lastSeq = 0
    public var lastAt: Timestamp?

    public init() {}

    public var isEmpty: Bool { lastSeq == 0 }

    static func kindKey(_ programme: ProgrammeID, _ kind: String) -> String { programme + "/" + kind }

    public func interventionKind(_ programme: ProgrammeID, _ id: String) -> InterventionKind? {
        interventionKinds[Self.kindKey(programme, id)]
    }
}
