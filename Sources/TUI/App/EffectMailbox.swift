import Domain
import Foundation

/// Computes the Effekt table on another thread, so no key waits for the bootstrap; the loop takes the result
/// and sends it in as `Msg.effectsComputed`.
final class EffectMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var running: EffectRequest?
    private var done: EffectTable?

    var busy: Bool { lock.lock(); defer { lock.unlock() }; return running != nil }

    /// On each turn: start the table the model asks for, unless it is being computed; hand back one that is done.
    /// Returns whether the screen changed.
    func tend(_ model: inout Model) -> Bool {
        lock.lock()
        let finished = done
        done = nil
        let current = running
        lock.unlock()
        var changed = false
        if let finished { update(&model, .effectsComputed(finished)); changed = true }
        guard let request = model.effectRequest, request != current, current == nil else { return changed }
        let state = model.state
        lock.lock(); running = request; lock.unlock()
        Thread.detachNewThread { [self] in
            let table = EffectTable.compute(request, state)
            lock.lock()
            running = nil
            done = table
            lock.unlock()
        }
        return changed
    }
}
