import DequeModule

/// What undo needs: each person's stack of records and the last touch of each entity they hold. Nothing on the
/// dashboard's first frame reads it (only a write, an undo, a look back or a snapshot written), so a snapshot's
/// undo book stays in its bytes until first used (`Deferred`): at a million events it was a quarter of unpacking.
struct UndoBook: Sendable, Equatable {
    var stacks: [String: Deque<UndoRecord>] = [:]
    var touched = Touches()
}

/// A value that may still be in the bytes it was unpacked from, made when first used. Copies of the state share the
/// bytes until one of them uses or writes it; it is made once, under a lock, whichever copy asks first.
struct Deferred<Value: Sendable & Equatable>: Sendable, Equatable {
    private var made: Value
    private var pending: MadeOnce<[UInt8], Value>?

    init(_ value: Value) { made = value }

    /// To be unpacked from `bytes` by `unpack` when first used; `otherwise` if they turn out not to unpack, which
    /// authenticated bytes always do.
    init(bytes: [UInt8], otherwise: Value, _ unpack: @escaping @Sendable ([UInt8]) -> Value?) {
        made = otherwise
        pending = MadeOnce(from: bytes) { unpack($0) ?? otherwise }
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

    /// The bytes it is still in, if it was never made: what a snapshot written now says again.
    var unmadeBytes: [UInt8]? { pending?.unmadeSource }

    static func == (a: Deferred, b: Deferred) -> Bool { a.value == b.value }
}
