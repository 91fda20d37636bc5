import CMemory
import Domain
import Wording

/// The Elm-style loop: draw the model, wait for a key, a click, a resize or a tick, update, repeat.
/// It is also where commands from the model reach Domain. The backend is the terminal, or a test's script.
public enum Dashboard {
    /// How often the log is checked for other processes' appends, in ms.
    static let pollInterval: Int32 = 100

    /// For the process's `main`, before any thread starts: memory let go by work on other threads can be given back
    /// (CMemory.h says why). The replay's parallel decoders then share the arena's lock: measured in turn, a few
    /// percent at most, within the noise; the open with a snapshot and the Effekt table did not move.
    public static func prepareProcess() { tavle_use_one_arena() }

    /// Paths removed also when a signal ends the dashboard (a closed terminal, Ctrl-C, `kill`), files before their
    /// directory: what the caller would remove on the normal way out (the demo's temporary copy).
    public static func removeOnSignal(_ paths: [String]) { TerminalGuard.removeOnSignal(paths) }

    /// Runs the dashboard on the caller's model, in place: a copy would hold the state it opened with all session.
    public static func run(network log: LiveNetwork, model: inout Model, clock: Clock, backend terminal: Backend) {
        run(network: log, model: &model, clock: clock, backend: terminal, history: HistoryMailbox(), searches: SearchMailbox())
    }

    static func run(network log: LiveNetwork, model: inout Model, clock: Clock, backend terminal: Backend, history: HistoryMailbox,
                    searches: SearchMailbox = SearchMailbox(), check: SnapshotCheck = SnapshotCheck(),
                    travels: TravelMailbox = TravelMailbox()) {
        defer { terminal.end() }
        // A far jump in time replays the log up to it: on a large log that is done aside, and keys are answered.
        if model.travelling.asideAbove == nil { model.travelling.asideAbove = 100_000 }
        let startNotice = model.notice
        let size = terminal.size
        update(&model, .resize(width: size.width, height: size.height))
        for notice in log.takeNotices() { update(&model, .notice(.log(notice))) }
        if let notice = startNotice { update(&model, .notice(notice)) }
        update(&model, .synced(ok: true, at: clock.now()))
        let snapshots = SnapshotMailbox()
        let writes = WriteMailbox()
        let effects = EffectMailbox()
        let scorecards = ScorecardMailbox()
        var dirty = true
        var shownPast = model.asOfSeq
        // The records a snapshot stood in for are read when something needs them (Historik, a school's page, undo, time
        // travel). At once, beside the first frames, the snapshot is audited: those records are read from the store
        // and folded, each let go once folded, so the history nobody looks at is never held.
        if log.historyJob() != nil { update(&model, .historyReading(true)) }
        if let audit = log.snapshotAudit() { check.start(audit) }
        // What opening freed (pieces decoded on other threads, the parts of a snapshot) is given back: under a
        // millisecond, and 17–20 MB less resident for the whole session on the national and the 1M logs.
        tavle_release_free_memory()
        while !model.quitting {
            dirty = effects.tend(&model) || dirty
            dirty = searches.tend(&model) || dirty
            dirty = travels.tend(&model) || dirty
            if dirty { terminal.draw(view(model)); dirty = false }
            // After the frame: the results screen's figures, if it did not show them.
            dirty = scorecards.tend(&model) || dirty
            // The past left behind (back to now, or another jump) is given back once its frame is drawn: 44 MB at
            // a million records after a day and a week back, kept for the whole session otherwise.
            if model.asOfSeq != shownPast {
                if shownPast != nil { tavle_release_free_memory() }
                shownPast = model.asOfSeq
            }
            // The store is read by one at a time: a write, the history being read, or the snapshot's audit.
            let storeBusy = writes.busy || history.busy || check.busy
            let event = terminal.read(timeout: storeBusy || effects.busy || scorecards.busy || searches.busy || travels.busy ? 50 : pollInterval)
            let day = model.clock.today
            update(&model, .tick(clock.now()))
            if model.clock.today != day { dirty = true }
            switch event {
            case .key(let k)?: update(&model, .key(k)); dirty = true
            case .mouse(let e)?: update(&model, .mouse(e)); dirty = true
            case .resize?:
                let s = terminal.size
                update(&model, .resize(width: s.width, height: s.height)); dirty = true
            case .closed?: model.quitting = true
            case nil where writes.busy || history.busy || check.busy:
                break
            case nil:
                dirty = sync(log, &model, clock) || dirty
                dirty = snapshots.tend(log, &model, clock) || dirty
            }
            dirty = check.tend(log, &model) || dirty
            if let read = history.take() { historyRead(read.job, read.outcome, log, &model, clock, check); dirty = true }
            if model.link.historyWanted, let job = log.historyJob() {
                check.giveWay()
                if !writes.busy, !history.busy, !check.busy { history.start(job) }
            }
            // A write in progress: its result when it comes, and, if it waits, a word that it does.
            if let done = writes.take() { landed(done, log, &model, clock); dirty = true }
            if writes.busy, !writes.waitingSaid, let since = writes.started, clock.now().milliseconds - since.milliseconds >= 500 {
                writes.waitingSaid = true
                update(&model, .notice(.writeWaiting)); dirty = true
            }
            // A write asked for while the history is read (or audited) waits for it, and says so.
            if !model.writes.outbox.isEmpty, history.busy || check.busy, model.notice != .writeAfterHistory {
                update(&model, .notice(.writeAfterHistory)); dirty = true
            }
            if !model.writes.outbox.isEmpty, !writes.busy, !history.busy, !check.busy {
                submit(log, &model, clock, writes); dirty = true
                if terminal.waitsForWrites, let done = writes.finish() { landed(done, log, &model, clock) }
            }
        }
        history.wait()
        check.stop()
        travels.wait()
        if let done = writes.finish() { landed(done, log, &model, clock) }
        snapshots.finish()
    }

    /// Reads other processes' appends; the model keeps its view, selection and filters. A log that was
    /// truncated or replaced is read again from the start, so no stale or mixed state stays on screen.
    static func sync(_ log: LiveNetwork, _ model: inout Model, _ clock: Clock) -> Bool {
        let wasError = model.link.failed
        do {
            let changed = try log.refresh()
            update(&model, .synced(ok: true, at: clock.now()))
            if changed { update(&model, .stateChanged(log.state, log.events)) }
            return changed || wasError
        } catch LogError.replaced(let path) {
            do {
                try log.reopen()
                update(&model, .stateChanged(log.state, log.events))
                update(&model, .notice(.replacedReopened(path: path)))
                update(&model, .synced(ok: true, at: clock.now()))
            } catch {
                // The new file cannot be read: show nothing rather than the old network.
                update(&model, .stateChanged(NetworkState(), []))
                update(&model, .notice(.failed(Problem(error))))
                update(&model, .synced(ok: false, at: clock.now()))
            }
            return true
        } catch {
            let offline: Bool
            if case LogError.unreachable = error { offline = true } else { offline = false }
            if !wasError { update(&model, .notice(.failed(Problem(error)))) }
            update(&model, .synced(ok: false, at: clock.now(), offline: offline))
            return !wasError
        }
    }

    /// The records a snapshot stood in for, read when something needed them: the history and time travel have them now.
    static func historyRead(_ job: HistoryJob, _ outcome: Result<[Recorded], LogError>, _ log: LiveNetwork, _ model: inout Model,
                            _ clock: Clock, _ check: SnapshotCheck) {
        switch outcome {
        case .success(let records):
            // Taken only if the log is still the one the job read (it was not opened again meanwhile).
            if log.adoptHistory(records, of: job) {
                update(&model, .stateChanged(log.state, log.events))
                // A snapshot never outranks the log: what the records fold to is compared with it.
                if let audit = log.snapshotAudit() { check.start(audit) }
            }
            update(&model, .historyReading(false))
        case .failure(let error):
            update(&model, .synced(ok: false, at: clock.now()))
            update(&model, .historyReading(false))
            update(&model, .notice(.failed(Problem(error))))
        }
    }

    /// Hands the model's commands to Domain, appended expecting the store's end on another thread, so keys are
    /// answered while the log makes the write wait; `landed` says what happened.
    static func submit(_ log: LiveNetwork, _ model: inout Model, _ clock: Clock, _ writes: WriteMailbox) {
        let commands = model.writes.outbox
        model.writes.outbox = []
        // The last gate, as `mayStart` is the first: in the past or on the way there nothing is written.
        if model.isLookingBack {
            update(&model, .notice(.travellingRefused))
            return
        }
        if model.session.readOnly {
            update(&model, .notice(.readOnlyRefused))
            return
        }
        writes.start(log, commands, actor: model.session.user, now: clock.now())
    }

    static func landed(_ outcome: Result<[Recorded], Error>, _ log: LiveNetwork, _ model: inout Model, _ clock: Clock) {
        update(&model, .stateChanged(log.state, log.events))
        switch outcome {
        case .success(let records):
            update(&model, .written(records))
            for notice in log.takeNotices() { update(&model, .notice(.log(notice))) }
        case .failure(let error):
            update(&model, .writeFailed(Problem(error)))
            if case LogError.unreachable = error { update(&model, .synced(ok: false, at: clock.now(), offline: true)) }
        }
    }
}
