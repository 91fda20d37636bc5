import CMemory
import Domain
import Wording
import Foundation

/// After the history behind a snapshot is read, audits the snapshot on another thread (SnapshotAudit.swift): the
/// log's own fold takes the snapshot's state's place, and on a difference the dashboard says so.
final class SnapshotCheck: @unchecked Sendable {
    private let lock = NSCondition()
    private var outcome: SnapshotAudit.Outcome?
    private var running = false

    /// Starts the audit, once every record is read.
    func start(_ audit: SnapshotAudit) {
        lock.lock(); running = true; lock.unlock()
        Thread.detachNewThread { [self] in
            let done = audit.run()
            lock.lock(); outcome = done; running = false; lock.broadcast(); lock.unlock()
        }
    }

    /// On each idle tick: when the audit is done, the log takes its fold. Returns whether the screen changed.
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

    /// On quitting: the audit is abandoned; it changes no file.
    var busy: Bool { lock.lock(); defer { lock.unlock() }; return running }

    /// Waits until a running audit has finished (for tests, which then let the loop take it).
    func wait() {
        lock.lock()
        while running { lock.wait() }
        lock.unlock()
    }
}
