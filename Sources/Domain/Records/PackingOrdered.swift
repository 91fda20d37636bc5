import Glibc
import OrderedCollections

/// Ordered tables in a snapshot: the largest (contacts, follow-ups, evaluations) hold a million entries at national
/// scale, and inserting each key into the table's hash index, comparing it with those already there, was a fifth
/// of opening the snapshot.
extension OrderedDictionary where Key: Packable, Value: Packable {
    /// A table keyed by strings (ids: «C0001», «C0002», …, written in the order they were made). Keys in ASCII and
    /// in strictly increasing order, shorter before longer and then byte by byte, are certainly all different (no
    /// two different ASCII strings are equal as Swift compares strings), so they go into the index without being
    /// compared with one another; the bytes are not trusted yet (their MAC is checked alongside), and any other
    /// order, or a key beyond ASCII, takes the checked way, where a key twice is damage.
    init(unpackingIDs n: Int, _ u: inout Unpacker) throws(SnapshotProblem) {
        var keys: [Key] = [], values: [Value] = []
        keys.reserveCapacity(u.room(n, stride: MemoryLayout<Key>.stride))
        values.reserveCapacity(u.room(n, stride: MemoryLayout<Value>.stride))
        var order = IDOrder()
        for _ in 0..<n {
            let key = try u.string()
            order.see(key)
            keys.append(key as! Key)
            values.append(try Value(unpacking: &u))
        }
        try self.init(keys: keys, values: values, provenDifferent: order.increasing)
    }

    /// The table from its keys and values, put into the index unchecked when their order proved them different.
    init(keys: [Key], values: [Value], provenDifferent: Bool) throws(SnapshotProblem) {
        if provenDifferent {
            self.init(uncheckedUniqueKeys: keys, values: values)
            return
        }
        self.init(minimumCapacity: keys.count)
        for (k, v) in zip(keys, values) { self[k] = v }
        guard count == keys.count else { throw .damaged(.content) }
    }
}

/// Whether the ids seen so far are in ASCII and strictly increasing: shorter first, then byte by byte.
struct IDOrder {
    private(set) var increasing = true
    private var previous: String?

    mutating func see(_ id: String) {
        guard increasing else { return }
        var id = id
        // Read where the bytes lie, once: the UTF-8 view's `allSatisfy`, byte by byte through its iterator, was a
        // twenty-fifth of opening a snapshot.
        increasing = id.withUTF8 { y in
            var all: UInt8 = 0
            for b in y { all |= b }
            guard all < 0x80 else { return false }
            guard var p = previous else { return true }
            return p.withUTF8 { x in Self.precedes(x, y) }
        }
        previous = id
    }

    /// Shorter first, then byte by byte: strictly before. (Compared where the bytes lie: the UTF-8 view's own
    /// comparison, byte by byte through its iterator, was a thirtieth of opening a snapshot.)
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in precedes(x, y) } }
    }

    static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        x.count != y.count ? x.count < y.count : x.count > 0 && memcmp(x.baseAddress!, y.baseAddress!, x.count) < 0
    }
}

/// The values of the tables keyed by their ids.
protocol KeyedByID { var id: String { get } }
extension Contact: KeyedByID {}
extension FollowUp: KeyedByID {}
extension Evaluation: KeyedByID {}

/// A table whose every key is its value's id says each value alone (a byte 1 after its count), as a contact's id is
/// a tenth of its bytes; any other table says its keys too (a byte 0), as the generic table does.
extension Packer {
    mutating func table<V: Packable & KeyedByID>(_ t: OrderedDictionary<String, V>) {
        let byID = t.elements.allSatisfy { $0.key == $0.value.id }
        int(t.count)
        flag(byID)
        for (k, v) in t {
            if !byID { string(k) }
            v.pack(&self)
        }
    }
}

extension Unpacker {
    mutating func table<V: Packable & KeyedByID>() throws(SnapshotProblem) -> OrderedDictionary<String, V> {
        let n = try count()
        guard try flag() else { return try OrderedDictionary(unpackingIDs: n, &self) }
        var keys: [String] = [], values: [V] = []
        keys.reserveCapacity(room(n, stride: MemoryLayout<String>.stride))
        values.reserveCapacity(room(n, stride: MemoryLayout<V>.stride))
        var order = IDOrder()
        for _ in 0..<n {
            let v = try V(unpacking: &self)
            order.see(v.id)
            keys.append(v.id)
            values.append(v)
        }
        return try OrderedDictionary(keys: keys, values: values, provenDifferent: order.increasing)
    }
}
