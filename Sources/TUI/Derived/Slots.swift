/// Results of parallel work: each worker writes its own slot, and the slots are read once all have finished
/// (`DispatchQueue.concurrentPerform` returns only then). No lock: no two workers share a slot.
final class Slots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit { slots.deinitialize(count: count); slots.deallocate() }

    func put(_ i: Int, _ value: Value) { slots[i] = value }

    /// Every slot, in order; each must have been written.
    var all: [Value] { (0..<count).map { slots[$0]! } }
}
