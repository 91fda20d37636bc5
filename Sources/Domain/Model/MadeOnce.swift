import Foundation

/// A value that may still be its source (a snapshot's bytes, the tables it is derived from), made when first used:
/// the state's parts left unmade after unpacking a snapshot (the undo book, the name index). Copies of the state
/// share the source until one of them uses it; a copy that writes takes the made value as its own.
struct Deferred<Source: Sendable, Value: Sendable>: Sendable {
    private var made: Value
    private var pending: MadeOnce<Source, Value>?

    init(_ value: Value) { made = value }

    /// To be made from `source` by `make` when first used.
    init(from source: Source, until value: Value, _ make: @escaping @Sendable (Source) -> Value) {
        made = value
        pending = MadeOnce(from: source, make)
    }

    var value: Value { pending?.value ?? made }

    /// The value as this copy's own, for changing in place.
    var owned: Value {
        get { value }
        _modify {
            if let p = pending {
                made = p.value
                pending = nil
            }
            yield &made
        }
    }

    /// The source, if the value was never made (what a snapshot written now says again).
    var unmadeSource: Source? { pending?.unmadeSource }
}

/// Equal when their values are, made or not. An unmade value is made for the comparison and let go, not kept: the
/// snapshot's audit compares its state with the log's fold, and a snapshot's undo book nobody used stays in its bytes.
extension Deferred: Equatable where Value: Equatable {
    static func == (a: Deferred, b: Deferred) -> Bool { a.compared == b.compared }

    private var compared: Value { pending?.peek() ?? made }
}

/// A value made from its source when first asked for, once, under a lock, whichever thread asks first; the source
/// is let go then.
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

    /// The value, made from the source and not kept if it was never made.
    func peek() -> Value {
        lock.lock()
        if let made { lock.unlock(); return made }
        let source = source!
        lock.unlock()
        return make(source)
    }

    /// The source, if the value was never made.
    var unmadeSource: Source? {
        lock.lock()
        defer { lock.unlock() }
        return made == nil ? source : nil
    }
}
