import Foundation

/// One piece of work the model asks for, done on another thread so that no key waits for it (the Effekt table's
/// bootstrap, a large history's filter index); the loop hands what it made to the model on its next turn. One at
/// a time: what the model asks for meanwhile is started once the work under way is handed over.
final class Worker<Outcome: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = false
    private var done: Outcome?

    /// Work is under way, or done and not yet handed over.
    var busy: Bool { condition.lock(); defer { condition.unlock() }; return running || done != nil }

    /// On each turn: hand over what is done (`deliver`), then start what the model asks for (`ask`: nil when it
    /// asks for nothing), unless work is under way. Returns whether the screen changed.
    func tend(_ model: inout Model, deliver: (inout Model, Outcome) -> Void, ask: (Model) -> (@Sendable () -> Outcome)?) -> Bool {
        condition.lock()
        let finished = done
        done = nil
        let idle = !running
        condition.unlock()
        if let finished { deliver(&model, finished) }
        guard idle, let work = ask(model) else { return finished != nil }
        condition.lock(); running = true; condition.unlock()
        Thread.detachNewThread { [self] in
            let outcome = work()
            condition.lock(); running = false; done = outcome; condition.broadcast(); condition.unlock()
        }
        return finished != nil
    }

    /// Waits until the work under way is done (tests).
    func wait() {
        condition.lock()
        while running { condition.wait() }
        condition.unlock()
    }
}
