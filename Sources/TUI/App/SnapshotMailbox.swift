import Domain
import Wording
import Foundation

/// Writes a snapshot on another thread when one is due, and brings back a failure for the status bar.
final class SnapshotMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var failure: LogError?

    /// On each idle tick: start a write when due, and report a failed one. Returns whether the screen changed.
    func tend(_ log: LiveNetwork, _ model: inout Model, _ clock: Clock) -> Bool {
        lock.lock()
        let (busy, failed) = (running, failure)
        failure = nil
        lock.unlock()
        if let failed {
            update(&model, .notice(.snapshotFailed(failed)))
            return true
        }
        guard !busy, log.snapshotDue, !model.isHistorical, let job = log.snapshotJob(now: clock.now()) else { return false }
        lock.lock(); running = true; lock.unlock()
        Thread.detachNewThread { [self] in
            var failed: LogError?
            do throws(LogError) { try job.store.save(job.state, info: job.info) } catch { failed = error }
            lock.lock()
            running = false
            failure = failed
            lock.unlock()
        }
        return false
    }

    /// On quitting: lets a write in progress finish (for up to ten seconds), so no half-written file is left.
    func finish() {
        for _ in 0..<1000 {
            lock.lock()
            let busy = running
            lock.unlock()
            if !busy { return }
            usleep(10_000)
        }
    }
}
