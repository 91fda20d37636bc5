import Domain
import Wording

/// What sits on top of the view and takes the keys first. List dialogs keep a `Cursor` and take the usual
/// keys (arrows, j/k, PgUp/PgDn, g/G) through `Cursor.take`.
public indirect enum Overlay: Sendable, Equatable {
    /// The key table; typing narrows it, arrows scroll it.
    case help(query: String, scroll: Int)
    /// The `/` filter line of the schools view; the text lives in `SchoolsState.filter`.
    case filter
    case palette(TextInput)
    case facets(Cursor)
    /// Values of one facet to choose from.
    case facetValues(FacetKind, Cursor)
    case form(Form)
    case confirm(Confirmation)
    /// A cluster to move a school to.
    case pickCluster(school: String, Cursor)
    /// A new status for an intervention.
    case pickStatus(InterventionKey, Cursor)
    /// Free times for a cluster meeting; Enter books one (asking first when it has soft conflicts).
    case suggestions(SuggestionList, Cursor)
    /// A whole round of cluster meetings for review; Enter books it as one write.
    case plan(RoundPlan, Cursor)
    /// Suggested cluster compositions; Enter adopts one (after confirmation).
    case compositions([Composition], Cursor)
    /// What the calendar shows.
    case calendarFilter(Cursor)
    /// One meeting's details.
    case meeting(String)
    /// A participation decision for a school.
    case pickParticipation(school: String, Cursor)
    /// One of a school's open follow-ups, to mark done or to move.
    case pickFollowUp(school: String, move: Bool, Cursor)
    /// One of the programme's interventions at a school, to change its status.
    case pickIntervention(school: String, Cursor)
}

/// A line of text being typed, with the highlighted completion.
public struct TextInput: Sendable, Equatable {
    public var text = ""
    public var selected = 0
}

/// A yes/no question before a change is written. `n` returns to `back` (the form or list it came from).
public struct Confirmation: Sendable, Equatable {
    public var question: String
    public var commands: [Command]
    public var back: Overlay?
    public init(question: String, command: Command, back: Overlay? = nil) { self.question = question; commands = [command]; self.back = back }
    public init(question: String, commands: [Command], back: Overlay? = nil) { self.question = question; self.commands = commands; self.back = back }
    public var command: Command { commands[0] }
}
