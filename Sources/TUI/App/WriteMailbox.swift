import Domain
import Foundation

/// Runs a write on another thread, so the dashboard keeps answering keys while the log makes it wait (another
/// writer's lock, a shared log's open transaction, a slow disk), and brings back what happened. While a write
/// runs, the loop leaves the network alone: nothing else reads or writes it until the result is taken.
final class WriteMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var result: Result<[Recorded], Error>?
    private(set) var started: Timestamp?
    /// Whether the loop has said, once, that the write is waiting.
    var waitingSaid = false

    var busy: Bool {
        lock.lock(); defer { lock.unlock() }
        return running || result != nil
    }

    /// Starts appending `commands`; the network is not to be touched until `take` returns a result.
    func start(_ log: LiveNetwork, _ commands: [Command], actor: String, now: Timestamp) {
        lock.lock()
        running = true
        started = now
        waitingSaid = false
        lock.unlock()
        let box = UncheckedNetwork(log)
        Thread.detachNewThread { [self] in
            let outcome: Result<[Recorded], Error>
            do { outcome = .success(try box.log.append(commands, actor: actor, now: now)) } catch { outcome = .failure(error) }
            lock.lock()
            running = false
            result = outcome
            lock.unlock()
        }
    }

    /// The finished write's outcome, once.
    func take() -> Result<[Recorded], Error>? {
        lock.lock(); defer { lock.unlock() }
        guard !running, let r = result else { return nil }
        result = nil
        started = nil
        return r
    }

    /// On quitting: the write in progress lands or fails before the program ends (for up to a minute: a shared
    /// log's statements time out sooner), so what the user was told matches the log.
    func finish() -> Result<[Recorded], Error>? {
        for _ in 0..<6000 {
            if let r = take() { return r }
            if !busy { return nil }
            usleep(10_000)
        }
        return nil
    }
}

/// The network handed to the writing thread; the loop does not use it meanwhile.
private struct UncheckedNetwork: @unchecked Sendable {
    let log: LiveNetwork
    init(_ log: LiveNetwork) { self.log = log }
}
