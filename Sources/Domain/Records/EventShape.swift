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

    /// The whole numbers whose range the reader checks in every line, as a value past it cannot be read (a value's
    /// decimals, a measurement's pupils); the server's `tavle.line_problem` checks the same. The other ranges are
    /// the writers' rules, checked by `decide` and the server's `tavle.check_record`.
    public static let rangesReadChecks: [String] = ["decimals", "pupils"]

    /// The shape of a kind of record (`EventType.record`, where each kind is said once).
    public static func of(_ type: EventType) -> EventShape { type.record.shape }
}

/// One kind of record, said once: its shape, how an event of it is written, and how it is read back. The kinds are
/// in `PeopleRecords`, `ClusterRecords`, `MeetingRecords` and `CaseworkRecords`; `EventType.record` maps each type
/// to its own.
struct RecordKind: Sendable {
    let shape: EventShape
    let write: @Sendable (Event, inout RecordWriter) -> Void
    let read: @Sendable (Fields) throws(RecordProblem) -> Event
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
    /// An exact decimal as a string, at most four decimals, no plus sign and no needless zero: `"12.5"`, `"-3"`.
    case decimal
    /// A period as a string: a school year `"2016/17"`, a calendar year `"2016"` or a day `"2016-06-30"`.
    case period
    /// Lists of the above.
    case ids, lines, periods

    /// Whether the value is a list of strings.
    public var isList: Bool {
        switch self {
        case .ids, .lines, .periods: return true
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
