/// Every write's one loop: decide each command against the state with the earlier ones applied, number the
/// events after the state's last, and apply them. Stores, imports and the demo all write through it.
@discardableResult
public func decideBatch(_ commands: [Command], on state: inout NetworkState, actor: String, now: Timestamp) throws(DomainError) -> [Recorded] {
    var records: [Recorded] = []
    for command in commands {
        for event in try decide(command, state, Context(actor: actor, now: now)) {
            let r = Recorded(seq: state.lastSeq + 1, at: now, actor: actor, event: event)
            state.apply(r)
            records.append(r)
        }
    }
    return records
}

/// The same, leaving `state` as it is until the write has landed: one command decides against the state as it
/// is (the caller applies its records, copying nothing); a batch runs the loop on a copy, which is returned so
/// the caller need not apply the records again.
public func decideBatch(_ commands: [Command], _ state: NetworkState, actor: String, now: Timestamp) throws(DomainError) -> (records: [Recorded], state: NetworkState?) {
    if commands.count == 1 {
        let events = try decide(commands[0], state, Context(actor: actor, now: now))
        return (Recorded.numbered(events.map { (now, actor, $0) }, after: state.lastSeq), nil)
    }
    var scratch = state
    return (try decideBatch(commands, on: &scratch, actor: actor, now: now), scratch)
}

extension Recorded {
    /// Events as records, numbered on from `seq`.
    public static func numbered(_ entries: [(at: Timestamp, actor: String, event: Event)], after seq: Int = 0) -> [Recorded] {
        entries.enumerated().map { Recorded(seq: seq + $0.offset + 1, at: $0.element.at, actor: $0.element.actor, event: $0.element.event) }
    }
}

/// A write's time: later than the log's last, so one write's events share a time no other write has.
public func writeTime(_ now: Timestamp, after last: Timestamp?) -> Timestamp {
    guard let last, last >= now else { return now }
    return Timestamp(milliseconds: last.milliseconds + 1)
}
