import Domain
import Wording

/// Who is working, on which log, and how they set up the dashboard: fixed for a session.
public struct SessionState: Sendable {
    public var user: String
    public var logPath: String
    public var readOnly = false
    public var keyMap: KeyMap
    public var mouse = true
    /// Weeks without contact before a school shows in the caseload (config: contact_weeks).
    public var contactWeeks = 6
    /// The person asked to quit; the loop ends.
    public var quitting = false
}

/// How the log was read last: for the status bar's live indicator.
public struct LinkState: Sendable {
    /// When the log was last read.
    public var lastSync: Timestamp?
    /// The last read failed.
    public var failed = false
    /// The shared log's server cannot be reached; writes are refused until it can.
    public var offline = false
    /// The records a snapshot stood in for are not read yet (`Model.events` has none of them): they are read when
    /// something needs them.
    public var historyReading = false
    /// Something needed them (Historik, a school's page, undo or time travel): the loop reads them now.
    public var historyWanted = false
    /// Undo or time travel asked for meanwhile: done when they are read, unless another key came first.
    public var waiting: Action?
}

/// The clock as the loop last told it, and the day the dashboard shows.
public struct ClockState: Sendable {
    /// The time of the last tick: the clock comes in as a message, never read here.
    public internal(set) var now: Timestamp
    /// The real today.
    public internal(set) var today: Day
    /// The day shown: today, or a past day while travelling in time.
    public var shown: Day
}

/// While travelling in time: the last event shown, the present state to come back to, and the records the history
/// undoes as known when the past shown was replayed (it keeps the values to put back of those only).
struct Past: Sendable {
    var seq: Int
    var present: NetworkState
    var undone: Set<Int>
}

/// Writes on their way to the log.
public struct Writes: Sendable {
    /// Commands the loop must submit to Domain, then clear.
    public var outbox: [Command] = []
    /// The form or list the commands in the outbox came from, given back if the write fails.
    public var sentFrom: Overlay?
}
