import DequeModule
import OrderedCollections

/// The whole network as the log tells it. Only ever built by replaying events.
public struct NetworkState: Sendable, Equatable {
    public internal(set) var programmes: OrderedDictionary<ProgrammeID, Programme> = [:]
    public internal(set) var schools: OrderedDictionary<String, School> = [:]
    public internal(set) var participation: [Enrolment: Participation] = [:]
    public internal(set) var people: OrderedDictionary<String, Person> = [:]
    public internal(set) var caseload: [Enrolment: String] = [:]
    public internal(set) var clusters: OrderedDictionary<String, Cluster> = [:]
    /// Which cluster each school is in, per programme.
    public internal(set) var clusterOf: [Enrolment: String] = [:]
    public internal(set) var interventionKinds: OrderedDictionary<String, InterventionKind> = [:]
    public internal(set) var interventions: OrderedDictionary<InterventionKey, Intervention> = [:]
    public internal(set) var meetings: OrderedDictionary<String, Meeting> = [:]
    /// Meetings by day and by cluster, kept in step by `putMeeting`.
    public internal(set) var meetingIndex = MeetingIndex()
    /// Schools and clusters by the look of their names (NameIndex.swift).
    public internal(set) var nameIndex = NameIndex()
    public internal(set) var contacts: OrderedDictionary<String, Contact> = [:]
    public internal(set) var followUps: OrderedDictionary<String, FollowUp> = [:]
    public internal(set) var evaluations: OrderedDictionary<String, Evaluation> = [:]
    public internal(set) var feedback: OrderedDictionary<String, MeetingFeedback> = [:]
    /// The indicators programmes defined, by `programme/id`, in the order defined.
    public internal(set) var indicators: OrderedDictionary<String, IndicatorDefinition> = [:]
    /// Every school's values of every indicator, whether the school takes part or not.
    public internal(set) var measurements: [SeriesKey: Series] = [:]
    /// The last number handed out per id prefix ("M", "C", "F", "V", "B"), so ids are never reused.
    public internal(set) var counters: [String: Int] = [:]
    /// What each person can undo, newest last, and the last event that wrote or read each entity one of those
    /// records wrote (only those: see `Touches`); from a snapshot, unpacked when first used (UndoBook.swift).
    var undoBook = Deferred<[UInt8], UndoBook>(UndoBook())
    public internal(set) var undoStacks: [String: Deque<UndoRecord>] {
        get { undoBook.value.stacks }
        _modify { yield &undoBook.owned.stacks }
    }
    public internal(set) var touched: Touches {
        get { undoBook.value.touched }
        _modify { yield &undoBook.owned.touched }
    }
    /// The last sequence number applied, and when.
    public internal(set) var lastSeq = 0
    public internal(set) var lastAt: Timestamp?

    public init() {}

    public var isEmpty: Bool { lastSeq == 0 }

    /// The coordinators' handles.
    public var coordinators: [String] { people.values.filter { $0.role == .coordinator }.map(\.name) }

    static func kindKey(_ programme: ProgrammeID, _ kind: String) -> String { programme + "/" + kind }

    public func interventionKind(_ programme: ProgrammeID, _ id: String) -> InterventionKind? {
        interventionKinds[Self.kindKey(programme, id)]
    }
}

/// The letter each kind of numbered record's id starts with: M0001, C0001, F0001, V0001, B0001.
public enum IDPrefix: String, CaseIterable, Sendable {
    case meeting = "M", contact = "C", followUp = "F", evaluation = "V", feedback = "B"
}
