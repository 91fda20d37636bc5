/// How a consultant met a school.
public enum ContactForm: String, CaseIterable, Sendable {
    case sparring, videoSparring, phone, mail
}

/// A kontakt: a consultant's session with a school, with who took part (roles, not names) and a summary.
public struct Contact: Sendable, Equatable {
    public var id: String
    public var programme: ProgrammeID
    public var school: String
    public var date: Day
    public var participants: [String]
    public var by: String
    /// Held as a snapshot's bytes until read (KeptText.swift). Declared last but one: the byte that tells how it is
    /// held and the form share a word, and a contact is no larger than when its summary was a string.
    var summaryText: KeptText
    public var form: ContactForm

    public var summary: String {
        get { summaryText.string }
        set { summaryText = KeptText(newValue) }
    }

    public init(id: String = "", programme: ProgrammeID, school: String, date: Day, form: ContactForm,
                participants: [String] = [], summary: String, by: String = "") {
        self.init(id: id, programme: programme, school: school, date: date, form: form, participants: participants,
                  summaryText: KeptText(summary), by: by)
    }

    init(id: String, programme: ProgrammeID, school: String, date: Day, form: ContactForm, participants: [String],
         summaryText: KeptText, by: String) {
        self.id = id; self.programme = programme; self.school = school; self.date = date; self.form = form
        self.participants = participants; self.summaryText = summaryText; self.by = by
    }
}

/// An opfølgning: what, who and by when, agreed at a contact.
public struct FollowUp: Sendable, Equatable {
    public var id: String
    public var contact: String?
    public var programme: ProgrammeID
    public var school: String
    public var who: String
    public var due: Day
    public var done: Day?
    public var moves: Int
    public var reason: String?
    /// Held as a snapshot's bytes until read (KeptText.swift).
    var whatText: KeptText

    public var what: String {
        get { whatText.string }
        set { whatText = KeptText(newValue) }
    }

    public init(id: String = "", contact: String? = nil, programme: ProgrammeID, school: String, what: String, who: String,
                due: Day, done: Day? = nil, moves: Int = 0, reason: String? = nil) {
        self.init(id: id, contact: contact, programme: programme, school: school, whatText: KeptText(what), who: who, due: due,
                  done: done, moves: moves, reason: reason)
    }

    init(id: String, contact: String?, programme: ProgrammeID, school: String, whatText: KeptText, who: String, due: Day,
         done: Day?, moves: Int, reason: String?) {
        self.id = id; self.contact = contact; self.programme = programme; self.school = school; self.whatText = whatText
        self.who = who; self.due = due; self.done = done; self.moves = moves; self.reason = reason
    }

    public func isOverdue(on today: Day) -> Bool { done == nil && due < today }

    /// The same follow-up holding what it is as a string of its own: what a query hands out to be kept (a panel's
    /// list) must not keep the texts of every follow-up of a snapshot (KeptText.swift) once the state is replaced.
    public var detached: FollowUp {
        var f = self
        f.what = what
        return f
    }
}

/// Where in the programme a value was measured.
public enum MeasuringPoint: String, CaseIterable, Sendable {
    case baseline, midway, final
}

/// The indicators Tavle knows, all shares in per cent (0–100).
public enum BuiltinIndicator: String, CaseIterable, Sendable {
    /// Elevløft: share of pupils below grade 4 in dansk / matematik.
    case danskUnder4 = "dansk-under-4"
    case matematikUnder4 = "matematik-under-4"
    /// FastholdelsesTaskforce: share of pupils still in education.
    case fastholdelse

    /// Its place among `allCases`.
    var index: Int {
        switch self {
        case .danskUnder4: return 0
        case .matematikUnder4: return 1
        case .fastholdelse: return 2
        }
    }
}

/// One measured value of an indicator at a school.
public struct Evaluation: Sendable, Equatable {
    public var id: String
    public var programme: ProgrammeID
    public var school: String
    public var indicator: BuiltinIndicator
    public var point: MeasuringPoint?
    /// Hundredths of a per cent, so values are exact: 12,5 % is 1250.
    public var hundredths: Int
    public var date: Day

    public init(id: String = "", programme: ProgrammeID, school: String, indicator: BuiltinIndicator, point: MeasuringPoint? = nil,
                hundredths: Int, date: Day) {
        self.id = id; self.programme = programme; self.school = school; self.indicator = indicator; self.point = point
        self.hundredths = hundredths; self.date = date
    }

    public var percent: Double { Double(hundredths) / 100 }
}

/// A participant's rating (1–5) of a meeting's value, with a short comment.
public struct MeetingFeedback: Sendable, Equatable {
    public var id: String
    public var meeting: String
    public var school: String?
    public var rating: Int
    public var comment: String?
    public var by: String

    public init(id: String = "", meeting: String, school: String? = nil, rating: Int, comment: String? = nil, by: String = "") {
        self.id = id; self.meeting = meeting; self.school = school; self.rating = rating; self.comment = comment; self.by = by
    }
}
