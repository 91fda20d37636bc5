import Foundation

/// Builds a large history's `/` filter index on another thread, so that the first letter typed in Historik does not
/// hold the keys (wording a million records takes seconds); the loop takes it and sends it in as
/// `Msg.historySearched`. Only values go to the thread: the records, the state and the words.
final class SearchMailbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var running: [Int]?
    private var done: HistorySearch?

    var busy: Bool { condition.lock(); defer { condition.unlock() }; return running != nil || done != nil }

    /// On each turn: hand back an index that is built; start the one the model asks for, unless one is being built.
    /// Returns whether the screen changed.
    func tend(_ model: inout Model) -> Bool {
        condition.lock()
        let finished = done
        done = nil
        let current = running
        condition.unlock()
        var changed = false
        if let finished { update(&model, .historySearched(finished)); changed = true }
        guard let request = model.history.searchRequest, current == nil else { return changed }
        condition.lock(); running = request.key; condition.unlock()
        Thread.detachNewThread { [self] in
            let built = request.build()
            condition.lock(); running = nil; done = built; condition.broadcast(); condition.unlock()
        }
        return changed
    }

    /// Waits until an index being built is done (tests).
    func wait() {
        condition.lock()
        while running != nil { condition.wait() }
        condition.unlock()
    }
}
