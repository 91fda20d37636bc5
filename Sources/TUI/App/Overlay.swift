import Domain

/// What sits on top of the view and takes the keys first.
public enum Overlay: Sendable, Equatable {
    /// The key table; typing narrows it, arrows scroll it.
    case help(query: String, scroll: Int)
    /// The `/` filter line of the schools view; the text lives in `SchoolsState.filter`.
    case filter
    case palette(TextInput)
    case facets(selected: Int)
    /// Values of one facet to choose from.
    case facetValues(FacetKind, selected: Int)
    case form(Form)
    case confirm(Confirmation)
    /// A cluster to move a school to.
    case pickCluster(school: String, selected: Int)
    /// A new status for an intervention.
    case pickStatus(InterventionKey, selected: Int)
    /// Free times for a cluster meeting; Enter books one.
    case suggestions(cluster: String, [Suggestion], selected: Int)
    /// A whole round of cluster meetings for review; Enter books it as one write.
    case plan([Meeting], selected: Int)
    /// Suggested cluster compositions; Enter adopts one (after confirmation).
    case compositions([Composition], selected: Int)
    /// What the calendar shows.
    case calendarFilter(selected: Int)
    /// One meeting's details.
    case meeting(String)
    /// A participation decision for a school.
    case pickParticipation(school: String, selected: Int)
}

/// A line of text being typed, with the highlighted completion.
public struct TextInput: Sendable, Equatable {
    public var text = ""
    public var selected = 0
}

/// A small form: labelled fields, one focused; what to do with the values.
public struct Form: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case createCluster
        case renameCluster(id: String)
        case recordContact(school: String)
        case stopIntervention(InterventionKey)
        case participation(school: String, status: ParticipationStatus)
        case evaluation(school: String)
        case rateMeeting(id: String)
        case moveFollowUp(id: String)
        case newMeeting
        case moveMeeting(id: String)
        case cancelMeeting(id: String)
    }
    public var purpose: Purpose
    public var labels: [Str]
    public var values: [String]
    /// Fields that may stay empty.
    public var optional: Set<Int> = []
    public var focus = 0
    public var error: String?
}

/// A yes/no question before a change is written.
public struct Confirmation: Sendable, Equatable {
    public var question: String
    public var commands: [Command]
    public init(question: String, command: Command) { self.question = question; commands = [command] }
    public init(question: String, commands: [Command]) { self.question = question; self.commands = commands }
    public var command: Command { commands[0] }
}
