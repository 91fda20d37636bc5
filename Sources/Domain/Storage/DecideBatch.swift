/// Every write's one loop: decide each command against the state with the earlier ones applied, and number the
/// events. One command decides against the state as it is; only a batch needs a scratch copy with the earlier
/// events applied (returned, so the caller need not apply them again). The copy is changed in place while nothing
/// else holds it, so a batch of any size copies the state once.
public func decideBatch(_ commands: [Command], _ state: NetworkState, actor: String, now: Timestamp) throws -> (records: [Recorded], state: NetworkState?) {
    var records: [Recorded] = []
    var scratch: NetworkState?
    for (i, command) in commands.enumerated() {
        if i == 1 { scratch = state; for r in records { scratch!.apply(r) } }
        let events = try decide(command, scratch ?? state, Context(actor: actor, now: now))
        for event in events {
            let r = Recorded(seq: state.lastSeq + records.count + 1, at: now, actor: actor, event: event)
            scratch?.apply(r)
            records.append(r)
        }
    }
    return (records, scratch)
}

/// A write's time: later than the log's last, so one write's events share a time no other write has.
public func writeTime(_ now: Timestamp, after last: Timestamp?) -> Timestamp {
    guard let last, last >= now else { return now }
    return Timestamp(milliseconds: last.milliseconds + 1)
}
