public enum MeetingKind: String, CaseIterable, Sendable {
    case cluster, network, themeDay, guidanceDay, conference, sparring, videoSparring
}

/// Where a meeting stands, from its events: booked, recorded as held (with who came), or cancelled.
public enum MeetingStatus: String, CaseIterable, Sendable {
    case scheduled, held, cancelled
}

/// A meeting of a cluster, several clusters or one school, in Danish local time.
public struct Meeting: Sendable, Equatable {
    public var id: String
    public var programme: ProgrammeID
    public var kind: MeetingKind
    public var title: String
    public var day: Day
    /// Minutes after local midnight.
    public var start: Int
    public var end: Int
    public var clusters: [String]
    public var schools: [String]
    public var consultants: [String]
    public var location: String
    public var status: MeetingStatus
    /// Raised on every move or cancellation, for calendar clients.
    public var sequence: Int = 0
    public var cancelReason: String?
    /// The schools that took part, once the meeting is recorded as held.
    public var attendance: [String]?

    /// A booked meeting whose day has passed without being recorded as held: the coordinator should catch up.
    public func isUnrecorded(on today: Day) -> Bool { status == .scheduled && day < today }

    /// Whether the meeting has ended by a moment (its day and minute in Denmark).
    public func hasEnded(by now: Copenhagen.LocalTime) -> Bool { day < now.day || (day == now.day && end <= now.minutes) }

    public init(id: String, programme: ProgrammeID, kind: MeetingKind, title: String, day: Day, start: Int, end: Int,
                clusters: [String] = [], schools: [String] = [], consultants: [String] = [], location: String = "",
                status: MeetingStatus = .scheduled) {
        self.id = id; self.programme = programme; self.kind = kind; self.title = title; self.day = day
        self.start = start; self.end = end; self.clusters = clusters; self.schools = schools
        self.consultants = consultants; self.location = location; self.status = status
    }
}

extension Meeting {
    /// The canonical spelling of a title left at its kind's default. The log holds this fact in one language; readers
    /// word it in theirs (Wording recognises a kind's default title in either language).
    public static func defaultTitle(_ kind: MeetingKind) -> String {
        switch kind {
        case .cluster: return "Klyngemøde"
        case .network: return "Netværksmøde"
        case .themeDay: return "Temadag"
        case .guidanceDay: return "Vejledningsdag"
        case .conference: return "Konference"
        case .sparring: return "Sparringsbesøg"
        case .videoSparring: return "Videosparring"
        }
    }

    /// The canonical place "at a host school", and the spellings it has been written in, read alike.
    public static func hostLocation(_ schoolName: String) -> String { hostPrefixes[0] + schoolName }
    public static let hostPrefixes = ["Værtsskole: ", "Host school: "]
}
