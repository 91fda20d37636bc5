extension Recorded {
    /// What a record moved away leaves behind: nothing to release, so the list it was in goes without a cost.
    static let vacant = Recorded(seq: 0, at: Timestamp(milliseconds: 0), actor: "", version: 0, event: .undone(seq: 0))
}

extension Array where Element == Recorded {
    /// Appends every record of `source` and leaves it empty, moving the records rather than copying them: a copy
    /// takes a reference to each of a record's texts, and letting go of the source gives each one back, for every
    /// record of the log. Grows geometrically, as `append` does.
    mutating func appendMoving(_ source: inout [Recorded]) {
        let n = source.count
        guard n > 0 else { return }
        if count + n > capacity { reserveCapacity(Swift.max(count + n, 2 * capacity)) }
        source.withUnsafeMutableBufferPointer { from in
            guard let base = from.baseAddress else { return }
            append(contentsOf: MovedOut(base: base, count: n))
            // The source's elements were moved out: something must stand in them for the list to let go of.
            base.initialize(repeating: .vacant, count: n)
        }
        source = []
    }
}

/// The records of a buffer, each moved out as it is read: read once, in order, and only by `appendMoving`.
private struct MovedOut: Sequence, IteratorProtocol {
    let base: UnsafeMutablePointer<Recorded>
    let count: Int
    var i = 0

    init(base: UnsafeMutablePointer<Recorded>, count: Int) { self.base = base; self.count = count }

    var underestimatedCount: Int { count - i }

    mutating func next() -> Recorded? {
        guard i < count else { return nil }
        defer { i += 1 }
        return (base + i).move()
    }
}
