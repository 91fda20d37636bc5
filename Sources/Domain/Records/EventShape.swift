/// Every kind of record as data: its fields in the order the log writes them, how each value is spelled and what it
/// may hold, and who may write it. The reader here checks a line by spelling its record again (`Canonical`); the
/// shared log's server checks the same line against this description, turned into SQL (`Schema.shapes`), so the two
/// cannot drift: a test proves the codec writes exactly these fields for every kind.
public struct EventShape: Sendable {
    public let fields: [FieldShape]
    public let writer: WriteRule
    /// A field that must name the writer (a contact's consultant, a rating's person): nobody records in another's name.
    public let identity: String?
    /// Two lists that go together item by item (a programme's track ids and names), so hold as many.
    public let pairedLists: (String, String)?

    init(_ fields: [FieldShape], _ writer: WriteRule, identity: String? = nil, pairedLists: (String, String)? = nil) {
        self.fields = fields; self.writer = writer; self.identity = identity; self.pairedLists = pairedLists
    }

    /// The envelope every record begins with, before its own fields; the checksum follows them.
    public static let envelope: [FieldShape] = [
        .init("seq", .int(1...999_999_999_999_999_999)), .init("v", .int(Recorded.currentVersion...Recorded.currentVersion)),
        .init("at", .timestamp), .init("by", .id), .init("type", .code(EventType.allCases.map(\.rawValue))),
    ]

    public static func of(_ type: EventType) -> EventShape {
        switch type {
        case .programmeDefined:
            return .init([.init("programme", .id), .init("name", .line), .init("start", .day), .init("end", .day),
                          .init("tracks", .ids), .init("trackNames", .lines)], .coordinator,
                         pairedLists: ("tracks", "trackNames"))
        case .schoolRegistered, .schoolUpdated:
            return .init([.init("school", .id), .init("name", .line), .init("municipality", .municipality),
                          .init("kind", .code(SchoolKind.allCases.map(\.rawValue)))], .coordinator)
        case .participationSet:
            return .init([.init("programme", .id), .init("school", .id),
                          .init("status", .code(ParticipationStatus.allCases.map(\.rawValue))),
                          .init("track", .id, optional: true), .init("reason", .text, optional: true), .init("date", .day)],
                         .coordinator)
        case .personRegistered, .personUpdated:
            return .init([.init("person", .id), .init("fullName", .line), .init("role", .code(Role.allCases.map(\.rawValue))),
                          .init("base", .line, optional: true)], .coordinator)
        case .consultantAssigned:
            return .init([.init("programme", .id), .init("school", .id), .init("consultant", .id)], .coordinator)
        case .clusterFormed:
            return .init([.init("cluster", .id), .init("programme", .id), .init("name", .line),
                          .init("track", .id, optional: true)], .coordinator)
        case .clusterRenamed:
            return .init([.init("cluster", .id), .init("name", .line)], .coordinator)
        case .schoolPlaced:
            return .init([.init("cluster", .id), .init("school", .id)], .coordinator)
        case .interventionKindDefined:
            return .init([.init("programme", .id), .init("kind", .id), .init("name", .line)], .coordinator)
        case .interventionStatusSet:
            return .init([.init("programme", .id), .init("school", .id), .init("kind", .id),
                          .init("status", .code(InterventionStatus.allCases.map(\.rawValue))), .init("date", .day),
                          .init("reason", .text, optional: true)], .caseload)
        case .meetingScheduled:
            return .init([.init("meeting", .id), .init("programme", .id), .init("kind", .code(MeetingKind.allCases.map(\.rawValue))),
                          .init("title", .line), .init("date", .day), .init("start", .clock), .init("end", .clock),
                          .init("clusters", .ids), .init("schools", .ids), .init("consultants", .ids),
                          .init("location", .line), .init("status", .code(MeetingStatus.allCases.map(\.rawValue)))], .coordinator)
        case .meetingMoved:
            return .init([.init("meeting", .id), .init("date", .day), .init("start", .clock), .init("end", .clock)], .coordinator)
        case .meetingCancelled:
            return .init([.init("meeting", .id), .init("reason", .text)], .coordinator)
        case .meetingHeld:
            return .init([.init("meeting", .id), .init("attendance", .ids)], .coordinator)
        case .contactRecorded:
            return .init([.init("contact", .id), .init("programme", .id), .init("school", .id), .init("date", .day),
                          .init("form", .code(ContactForm.allCases.map(\.rawValue))), .init("participants", .lines),
                          .init("summary", .text), .init("consultant", .id)], .caseload, identity: "consultant")
        case .followUpAgreed:
            return .init([.init("followUp", .id), .init("contact", .id, optional: true), .init("programme", .id),
                          .init("school", .id), .init("what", .line), .init("who", .line), .init("due", .day)], .caseload)
        case .followUpDone:
            return .init([.init("followUp", .id), .init("date", .day)], .caseloadOfFollowUp)
        case .followUpMoved:
            return .init([.init("followUp", .id), .init("due", .day), .init("reason", .text)], .caseloadOfFollowUp)
        case .evaluationRecorded:
            return .init([.init("evaluation", .id), .init("programme", .id), .init("school", .id),
                          .init("indicator", .code(Indicator.allCases.map(\.rawValue))),
                          .init("point", .code(MeasuringPoint.allCases.map(\.rawValue)), optional: true),
                          .init("hundredths", .int(0...10_000)), .init("date", .day)], .caseload)
        case .feedbackGiven:
            return .init([.init("feedback", .id), .init("meeting", .id), .init("school", .id, optional: true),
                          .init("rating", .int(1...5)), .init("comment", .text, optional: true), .init("person", .id)],
                         .attendee, identity: "person")
        case .undone:
            return .init([.init("undoes", .int(1...999_999_999_999_999_999))], .ownRecord)
        }
    }
}

/// One field of a record.
public struct FieldShape: Sendable {
    public let key: String
    public let kind: FieldKind
    /// An optional field is left out when it has no value (never written as `null`).
    public let optional: Bool

    init(_ key: String, _ kind: FieldKind, optional: Bool = false) {
        self.key = key; self.kind = kind; self.optional = optional
    }
}

/// How a value is spelled, and what it may hold.
public enum FieldKind: Sendable {
    /// A whole number in this range.
    case int(ClosedRange<Int>)
    /// `yyyy-mm-ddThh:mm:ss.sssZ`, a real moment.
    case timestamp
    /// `yyyy-mm-dd`, a real day.
    case day
    /// `hh:mm`, from 00:00 to 24:00.
    case clock
    /// One of these words.
    case code([String])
    /// A municipality's code, zero-padded to three digits.
    case municipality
    /// An identifier, a person's handle, an institution number: one line of text without control characters.
    case id
    /// A name or a title: one line without control characters or bidi overrides.
    case line
    /// Free text: lines and tabs allowed, other control characters and bidi overrides not (`TextRules`).
    case text
    /// Lists of the above.
    case ids, lines

    /// Whether the value is a list of strings.
    public var isList: Bool {
        switch self {
        case .ids, .lines: return true
        default: return false
        }
    }

    /// Whether text of this kind may hold line breaks and tabs.
    public var multiline: Bool { if case .text = self { return true } else { return false } }
}

/// Who may write a kind of record. `Permissions` applies the same rules in `decide`.
public enum WriteRule: String, Sendable, CaseIterable {
    /// Only a coordinator.
    case coordinator
    /// A coordinator, or the consultant of the record's school in its programme.
    case caseload
    /// A coordinator, or the consultant of the follow-up's school.
    case caseloadOfFollowUp
    /// Someone who was at the meeting, once it has ended: a coordinator, one of its consultants, or the consultant
    /// of one of its schools; the rating 1 to 5.
    case attendee
    /// Anyone registered, for their own records only.
    case ownRecord
}
