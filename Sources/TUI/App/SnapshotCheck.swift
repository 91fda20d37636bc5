import Domain
import Wording
import Foundation

/// After the history behind a snapshot is read, folds it on another thread and compares the result with the
/// snapshot's state: on any difference the log's own state is shown, and the dashboard says so.
final class SnapshotCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var folded: NetworkState?
    private var running = false

    /// Starts folding the history, once it is all read.
    func start(_ history: [Recorded]) {
        lock.lock(); running = true; lock.unlock()
        Thread.detachNewThread { [self] in
            let state = NetworkState.replay(history)
            lock.lock(); folded = state; running = false; lock.unlock()
        }
    }

    /// On each idle tick: when the fold is done, compares it. Returns whether the screen changed.
    func tend(_ log: LiveNetwork, _ model: inout Model) -> Bool {
        lock.lock()
        let done = folded
        folded = nil
        lock.unlock()
        guard let done else { return false }
        guard log.adoptIfDisagrees(done) else { return false }
        update(&model, .stateChanged(log.state, log.events))
        for n in log.takeNotices() { update(&model, .notice(.log(n))) }
        return true
    }

    /// On quitting: the fold is abandoned; it changes no file.
    var busy: Bool { lock.lock(); defer { lock.unlock() }; return running }
}
