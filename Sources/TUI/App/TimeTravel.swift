import Domain
import Wording

/// A jump in time that replays much of the history (a second at a million records), worked out on another thread
/// in the dashboard: keys are answered meanwhile, on what is on screen, and the status line says where it goes.
public struct Travelling: Sendable {
    /// The past on screen: the dashboard is then read-only.
    var past: Past?
    /// Replays of more records than this are done aside; nil (tests, `tavle --as-of`) does every jump at once.
    /// The dashboard's loop sets it.
    public var asideAbove: Int?
    /// The jump being worked out, if any: a newer one, or coming back to now, replaces it.
    public private(set) var request: TravelRequest?
    private var generation = 0

    mutating func ask(_ make: (Int) -> TravelRequest) {
        generation += 1
        request = make(generation)
    }

    mutating func cancel() { request = nil }

    /// The request this outcome answers, taken; nil for an older one.
    mutating func take(_ outcome: TravelOutcome) -> TravelRequest? {
        guard let r = request, r.generation == outcome.generation else { return nil }
        request = nil
        return r
    }
}

/// What a jump is worked out from: the state shown stepped forward through `events` (`from`), or, with no `from`,
/// `events` replayed for looking back.
public struct TravelRequest: Sendable {
    let generation: Int
    public let seq: Int
    public let day: Day
    let from: NetworkState?
    let events: ArraySlice<Recorded>
    let undone: Set<Int>

    public func build() -> TravelOutcome {
        guard var state = from else {
            return TravelOutcome(generation: generation, state: NetworkState.replayForLookingBack(events, undone: undone))
        }
        state.applyForLookingBack(events, undone: undone)
        return TravelOutcome(generation: generation, state: state)
    }
}

public struct TravelOutcome: Sendable {
    let generation: Int
    let state: NetworkState
}

/// Works out a far jump on another thread; the loop hands it in as `Msg.travelled`.
typealias TravelMailbox = Worker<TravelOutcome>

extension Worker where Outcome == TravelOutcome {
    func tend(_ model: inout Model) -> Bool {
        tend(&model, deliver: { m, outcome in update(&m, .travelled(outcome)) }, ask: { m -> (@Sendable () -> TravelOutcome)? in
            guard let request = m.travelling.request else { return nil }
            return { request.build() }
        })
    }
}

extension Model {
    /// While travelling in time: the dashboard is then read-only.
    var past: Past? {
        get { travelling.past }
        set { travelling.past = newValue }
    }

    /// Shows the network as it stood after event `seq` (nil: the present), on `day` (default: that event's day).
    public mutating func travel(to seq: Int?, day: Day? = nil) {
        // The past is replayed from the records, which are not all here yet (the keys wait in `perform`; this guards
        // the callers outside the loop).
        if seq != nil, link.historyReading { notice = .historyReading; return }
        travelling.cancel()
        guard let seq else {
            // Calling off a jump asked from the present changes nothing on screen: nothing to work out again.
            guard let present = past?.present else { return }
            state = present
            past = nil
            today = clock.today
            rebuild()
            return
        }
        // Records undone anywhere in the history, so that a step forward can undo one from before the past shown;
        // when the log has brought new undos since that past was replayed, it is replayed again.
        let undone = NetworkState.undoneSeqs(in: events)
        let end = events.end(of: seq), present = past?.present ?? state
        let day = day ?? (end > 0 ? Copenhagen.local(events[end - 1].at).day : clock.today)
        let aside = travelling.asideAbove ?? Int.max
        if let from = past?.seq, from <= seq, past?.undone == undone {
            // Forward from the past shown: only the events in between.
            let between = events[events.end(of: from)..<end]
            if between.count > aside {
                let shown = state
                travelling.ask { TravelRequest(generation: $0, seq: seq, day: day, from: shown, events: between, undone: undone) }
                return
            }
            state.applyForLookingBack(between, undone: undone)
        } else if let rewound = Self.rewinding(to: seq, from: present, events: events) {
            state = rewound
        } else if end > aside {
            travelling.ask { TravelRequest(generation: $0, seq: seq, day: day, from: nil, events: events[..<end], undone: undone) }
            return
        } else {
            state = NetworkState.replayForLookingBack(events[..<end], undone: undone)
        }
        arrive(seq: seq, day: day, present: present, undone: undone)
    }

    /// The past is on screen: the dashboard is read-only and shows `day`.
    private mutating func arrive(seq: Int, day: Day, present: NetworkState, undone: Set<Int>) {
        past = Past(seq: seq, present: present, undone: undone)
        today = day
        rebuild()
    }

    /// A jump worked out on another thread: shown, if it is still the one asked for.
    mutating func travelled(_ outcome: TravelOutcome) {
        guard let r = travelling.take(outcome) else { return }
        let present = past?.present ?? state
        state = outcome.state
        arrive(seq: r.seq, day: r.day, present: present, undone: r.undone)
    }

    /// A jump under way was worked out from records the log has since changed under it (a log read again): asked again.
    mutating func travelAgainIfAsked() {
        guard let r = travelling.request else { return }
        travel(to: r.seq, day: r.day)
    }

    /// The network after `seq`, for looking at: the present rewound when every record since it is still undoable
    /// (a day or a week back, usually), else the history up to it replayed (a second at a million events).
    static func lookingBack(to seq: Int, from present: NetworkState, events: [Recorded], undone: Set<Int>) -> NetworkState {
        rewinding(to: seq, from: present, events: events)
            ?? NetworkState.replayForLookingBack(events[..<events.end(of: seq)], undone: undone)
    }

    /// The present rewound to `seq`, when its undo records reach back that far.
    private static func rewinding(to seq: Int, from present: NetworkState, events: [Recorded]) -> NetworkState? {
        let end = events.end(of: seq), now = events.end(of: present.lastSeq)
        let last = end > 0 ? events[end - 1] : nil
        guard end <= now else { return nil }
        return present.rewound(to: last?.seq ?? 0, at: last?.at, undoing: events[end..<now])
    }

    /// Steps the dashboard through time by whole days: to the end of the day `days` from the one shown (or from the
    /// one a jump under way goes to).
    public mutating func travel(days: Int) {
        travel(toEndOf: (travelling.request?.day ?? today).adding(days: days))
    }

    /// The network as it stood at the end of `day` (today or later: the present).
    public mutating func travel(toEndOf day: Day) {
        if day >= clock.today { travel(to: nil); return }
        travel(to: Self.lastRecord(onOrBefore: day, in: events)?.seq ?? 0, day: day)
    }

    /// The last record written on or before `day`, Danish time: the one before the next day's first moment (midnight
    /// is never a skipped or repeated hour), compared as numbers, as working out each record's day took 20 ms half a
    /// million records back.
    static func lastRecord(onOrBefore day: Day, in events: [Recorded]) -> Recorded? {
        let next = Copenhagen.timestamp(day.adding(days: 1), minutes: 0)
        return events.last { $0.at < next }
    }
}
