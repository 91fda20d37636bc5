import DequeModule
import OrderedCollections

/// A compact binary form for snapshots: fixed-width integers, length-prefixed UTF-8, values in declaration order,
/// the largest tables' repeated values said once and referred to after (PackingPool.swift).
/// Written by hand, not through Codable, because opening from a snapshot must be far cheaper than replaying.
protocol Packable {
    func pack(_ p: inout Packer)
    init(unpacking u: inout Unpacker) throws(SnapshotProblem)
}

struct Packer {
    var bytes: [UInt8] = []
    /// Strings and lists of names said once in this packer's bytes and referred to after (PackingPool.swift).
    var pooledStrings: [String: UInt32] = [:]
    var pooledLists: [[String]: UInt32] = [:]
    /// Where kept texts go when this packer's section says them apart (PackingText.swift); nil: said in place.
    var texts: [UInt8]?

    mutating func int(_ v: Int) {
        withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func put<T: Packable>(_ v: T) { v.pack(&self) }

    /// One byte, 1 or 0: whether a value follows, or which of two ways one is said.
    mutating func flag(_ on: Bool) { bytes.append(on ? 1 : 0) }
}

/// Its smallest readers (a number, a length, a string, a value said before) are inlined where they are used: called,
/// they were a tenth of the unpacking, and the position could not stay in a register across an entry's fields
/// (the 1M open a median of 0.419 → 0.390 s with them and the scalars' own readers inlined).
struct Unpacker {
    let buffer: UnsafeRawBufferPointer
    var at = 0
    /// The strings and lists of names said so far in these bytes, in the order said (PackingPool.swift).
    var pooledStrings: [String] = []
    var pooledLists: [[String]] = []
    /// The texts this section said apart, and how far its values have read them (PackingText.swift).
    var texts: SharedTexts?
    var textsAt = 0

    init(buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    /// A little-endian integer of `T`'s width.
    @inline(__always)
    mutating func fixedWidth<T: FixedWidthInteger>(_: T.Type) throws(SnapshotProblem) -> T {
        let width = MemoryLayout<T>.size
        guard at + width <= buffer.count else { throw .damaged(.content) }
        let v = buffer.loadUnaligned(fromByteOffset: at, as: T.self)
        at += width
        return T(littleEndian: v)
    }

    @inline(__always)
    mutating func int() throws(SnapshotProblem) -> Int { Int(try fixedWidth(Int64.self)) }

    /// A count of items that follow, each at least one byte: a damaged count cannot ask for more than is there.
    @inline(__always)
    mutating func count() throws(SnapshotProblem) -> Int {
        let n = try int()
        guard n >= 0, n <= buffer.count - at else { throw .damaged(.content) }
        return n
    }

    @inline(__always)
    mutating func string() throws(SnapshotProblem) -> String {
        String(decoding: try stringBytes(), as: UTF8.self)
    }

    /// A string's bytes where they lie, not yet a string.
    @inline(__always)
    mutating func stringBytes() throws(SnapshotProblem) -> UnsafeRawBufferPointer {
        let n = try count()
        defer { at += n }
        return UnsafeRawBufferPointer(rebasing: buffer[at..<(at + n)])
    }

    @inline(__always)
    mutating func get<T: Packable>(_: T.Type = T.self) throws(SnapshotProblem) -> T { try T(unpacking: &self) }

    /// How much room to reserve for `n` items of `stride` bytes each: `n`, unless that is more than four times the
    /// bytes left (a forged count in bytes not yet authenticated must not ask for gigabytes). Genuine items pack to
    /// more than a quarter of their size, so they always get their room.
    func room(_ n: Int, stride: Int) -> Int { min(n, 4 * (buffer.count - at) / max(1, stride)) }

    /// A byte that must be 1 or 0 (`Packer.flag`).
    @inline(__always)
    mutating func flag() throws(SnapshotProblem) -> Bool {
        guard at < buffer.count else { throw .damaged(.content) }
        let b = buffer[at]
        at += 1
        switch b {
        case 0: return false
        case 1: return true
        default: throw .damaged(.content)
        }
    }

    mutating func raw<T: RawRepresentable>(_: T.Type = T.self) throws(SnapshotProblem) -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw .damaged(.content) }
        return v
    }
}

extension Int: Packable {
    func pack(_ p: inout Packer) { p.int(self) }
    @inline(__always)
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self = try u.int() }
}

extension Bool: Packable {
    func pack(_ p: inout Packer) { p.int(self ? 1 : 0) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        switch try u.int() {
        case 0: self = false
        case 1: self = true
        default: throw .damaged(.content)
        }
    }
}

extension String: Packable {
    func pack(_ p: inout Packer) { p.string(self) }
    @inline(__always)
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self = try u.string() }
}

extension Day: Packable {
    func pack(_ p: inout Packer) { p.int(ordinal) }
    @inline(__always)
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(ordinal: try u.int()) }
}

extension Timestamp: Packable {
    func pack(_ p: inout Packer) { p.int(Int(milliseconds)) }
    @inline(__always)
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(milliseconds: Int64(try u.int())) }
}

extension Optional: Packable where Wrapped: Packable {
    func pack(_ p: inout Packer) {
        p.flag(self != nil)
        self?.pack(&p)
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self = try u.flag() ? try Wrapped(unpacking: &u) : nil
    }
}

// The collections below are written out one by one on purpose: a shared helper taking closures
// measured 40% slower to open a 1M-event snapshot (no capacity reserved, closures not specialised).
extension Array: Packable where Element: Packable {
    func pack(_ p: inout Packer) {
        p.int(count)
        for e in self { e.pack(&p) }
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let n = try u.count()
        self = []
        reserveCapacity(u.room(n, stride: MemoryLayout<Element>.stride))
        for _ in 0..<n { append(try Element(unpacking: &u)) }
    }
}

extension Dictionary: Packable where Key: Packable, Value: Packable {
    func pack(_ p: inout Packer) {
        p.int(count)
        for (k, v) in self { k.pack(&p); v.pack(&p) }
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let n = try u.count()
        self.init(minimumCapacity: u.room(n, stride: MemoryLayout<Key>.stride + MemoryLayout<Value>.stride))
        for _ in 0..<n {
            let k = try Key(unpacking: &u)
            self[k] = try Value(unpacking: &u)
        }
        guard count == n else { throw .damaged(.content) }
    }
}

extension OrderedDictionary: Packable where Key: Packable, Value: Packable {
    func pack(_ p: inout Packer) {
        p.int(count)
        for (k, v) in self { k.pack(&p); v.pack(&p) }
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let n = try u.count()
        // Tables keyed by ids, the largest of all, have a way of their own (PackingOrdered.swift).
        if Key.self == String.self {
            self = try Self(unpackingIDs: n, &u)
            return
        }
        self.init(minimumCapacity: u.room(n, stride: MemoryLayout<Key>.stride + MemoryLayout<Value>.stride))
        for _ in 0..<n {
            let k = try Key(unpacking: &u)
            self[k] = try Value(unpacking: &u)
        }
        guard count == n else { throw .damaged(.content) }
    }
}

extension Deque: Packable where Element: Packable {
    func pack(_ p: inout Packer) {
        p.int(count)
        for e in self { e.pack(&p) }
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let n = try u.count()
        self.init(minimumCapacity: u.room(n, stride: MemoryLayout<Element>.stride))
        for _ in 0..<n { append(try Element(unpacking: &u)) }
    }
}
