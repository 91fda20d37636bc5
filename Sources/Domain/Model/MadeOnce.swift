import Foundation

/// A value made from its source when first asked for, once, under a lock, whichever thread asks first; the source
/// is let go then. The state's parts left unmade after unpacking a snapshot (the undo book, the name index) are
/// shared this way by the state's copies until one of them writes.
final class MadeOnce<Source: Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var source: Source?
    private let make: @Sendable (Source) -> Value
    private var made: Value?

    init(from source: Source, _ make: @escaping @Sendable (Source) -> Value) {
        self.source = source
        self.make = make
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let v = make(source!)
        made = v
        source = nil
        return v
    }

    /// The source, if the value was never made.
    var unmadeSource: Source? {
        lock.lock()
        defer { lock.unlock() }
        return made == nil ? source : nil
    }
}
