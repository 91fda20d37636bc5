import CMemory
import Domain
import Wording
import Foundation

/// Audits the snapshot the dashboard opened from on another thread (SnapshotAudit.swift): at once, reading the records
/// behind it from the store (nothing else uses the store meanwhile), or, if the history was read first, folding those.
/// On a difference the log's own fold takes the snapshot's state's place, and the dashboard says so.
final class SnapshotCheck: @unchecked Sendable {
    typealias Runner = @Sendable (SnapshotAudit, _ stop: () -> Bool) -> SnapshotAudit.Outcome?

    private let lock = NSCondition()
    private let runner: Runner
    private var outcome: SnapshotAudit.Outcome?
    private var running = false
    private var readingStore = false
    private var stopping = false

    /// `runner` runs an audit; tests hold it back to see the dashboard meanwhile.
    init(runner: @escaping Runner = { audit, stop in audit.run(stop: stop) }) { self.runner = runner }

    /// Starts the audit.
    func start(_ audit: SnapshotAudit) {
        lock.lock(); running = true; stopping = false; readingStore = audit.readsStore; lock.unlock()
        Thread.detachNewThread { [self] in
            let done = runner(audit) { [self] in lock.lock(); defer { lock.unlock() }; return stopping }
            lock.lock(); outcome = done; running = false; readingStore = false; lock.broadcast(); lock.unlock()
        }
    }

    /// The history was asked for while the audit reads the store: the audit gives way after the piece it is reading,
    /// and is done again on the records once they are read (the store is read once, not twice in a row).
    func giveWay() {
        lock.lock(); if readingStore { stopping = true }; lock.unlock()
    }

    /// On each turn: when the audit is done, the log takes its outcome. Returns whether the screen changed.
    func tend(_ log: LiveNetwork, _ model: inout Model) -> Bool {
        let answer: SnapshotAudit.Answer
        do {
            // In a scope of its own, so that the outcome is let go before the memory is given back.
            lock.lock()
            let done = outcome
            outcome = nil
            lock.unlock()
            guard let done else { return false }
            answer = log.adopt(done)
        }
        switch answer {
        case .stale:
            return false
        case .failed(let error):
            // As when the history cannot be read: the log is not what the snapshot says, or cannot be reached.
            update(&model, .synced(ok: false, at: model.clock.now))
            update(&model, .notice(.failed(Problem(error))))
            return true
        case .kept:
            // The snapshot's state stays, and the fold is let go.
            break
        case .shared:
            // The same state, stored once: nothing on screen changes.
            update(&model, .stateShared(log.state))
        case .disagreed:
            update(&model, .stateChanged(log.state, log.events))
            for n in log.takeNotices() { update(&model, .notice(.log(n))) }
        }
        // The snapshot's state is let go, scattered among what stays: without this its pages stay resident.
        tavle_release_free_memory()
        return answer == .disagreed
    }

    /// An audit is running, or has finished and not been taken: while it reads the store, nothing else may.
    var busy: Bool { lock.lock(); defer { lock.unlock() }; return running || outcome != nil }

    /// On quitting: a running audit stops after the piece of the store it is reading, and is waited for, so that
    /// nothing reads the store after the dashboard; it changes no file.
    func stop() {
        lock.lock(); stopping = true; lock.unlock()
        wait()
    }

    /// Waits until a running audit has finished (for tests, which then let the loop take it).
    func wait() {
        lock.lock()
        while running { lock.wait() }
        lock.unlock()
    }
}
