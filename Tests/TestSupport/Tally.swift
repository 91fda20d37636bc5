import Foundation

/// Counts what a property test tried and what succeeded, so a generator that only makes refusals (or a test whose
/// interesting case never comes up) fails.
public final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var all = 0, ok = 0
    public init() {}
    public func tried() { lock.lock(); all += 1; lock.unlock() }
    public func succeeded() { lock.lock(); ok += 1; lock.unlock() }
}
