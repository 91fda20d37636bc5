import Domain
import Wording
import Foundation

/// Writes a snapshot on another thread when one is due, and brings back a failure for the status bar.
final class SnapshotMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var failure: LogError?

    /// On each idle tick: start a write when due, and report a failed one. Returns whether the screen changed.
    func tend(_ log: EventLog, _ model: inout Model) -> Bool {
        lock.lock()
        let (busy, failed) = (running, failure)
        failure = nil
        lock.unlock()
        if let failed {
            update(&model, .notice(model.text(.noticeSnapshotFailed, model.text.message(failed))))
            return true
        }
        guard !busy, log.snapshotDue, !model.isHistorical else { return false }
        lock.lock(); running = true; lock.unlock()
        log.writeSnapshotInBackground { [self] result in
            lock.lock()
            running = false
            if case .failure(let e) = result { failure = e }
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
