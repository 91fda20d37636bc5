import Domain
import Foundation

/// Reads the records a snapshot stood in for on another thread, after the first frame, so that keys are answered
/// meanwhile (a million records take seconds to read and check); the loop takes them when they are read. While it
/// reads, the loop reads, writes and refreshes nothing else in the store: writes wait in the outbox.
final class HistoryMailbox: @unchecked Sendable {
    typealias Reader = @Sendable (HistoryJob) throws(LogError) -> [Recorded]

    private let condition = NSCondition()
    private let reader: Reader
    private var job: HistoryJob?
    private var done: Result<[Recorded], LogError>?

    /// `reader` reads a job's records; tests hold it back to see the dashboard answer keys meanwhile.
    init(reader: @escaping Reader = { job throws(LogError) in try job.read() }) { self.reader = reader }

    /// A job is running, or has finished and not been taken.
    var busy: Bool { condition.lock(); defer { condition.unlock() }; return job != nil }

    func start(_ job: HistoryJob) {
        condition.lock(); self.job = job; done = nil; condition.unlock()
        Thread.detachNewThread { [self] in
            let outcome = Result { () throws(LogError) -> [Recorded] in try reader(job) }
            condition.lock(); done = outcome; condition.broadcast(); condition.unlock()
        }
    }

    /// The job and what it read, once it has finished; it is then no longer busy.
    func take() -> (job: HistoryJob, outcome: Result<[Recorded], LogError>)? {
        condition.lock(); defer { condition.unlock() }
        guard let job, let done else { return nil }
        self.job = nil; self.done = nil
        return (job, done)
    }

    /// Waits until a running job has finished: at the loop's end, so that nothing reads the store after it.
    func wait() {
        condition.lock()
        while job != nil, done == nil { condition.wait() }
        condition.unlock()
    }
}
