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
        var increasing = true
        var previous: UnsafeRawBufferPointer?
        for _ in 0..<n {
            let bytes = try u.stringBytes()
            if increasing {
                increasing = isASCII(bytes) && previous.map { Self.precedes($0, bytes) } != false
                previous = bytes
            }
            keys.append(String(decoding: bytes, as: UTF8.self) as! Key)
            values.append(try Value(unpacking: &u))
        }
        if increasing {
            self.init(uncheckedUniqueKeys: keys, values: values)
            return
        }
        self.init(minimumCapacity: keys.count)
        for (k, v) in zip(keys, values) { self[k] = v }
        guard count == n else { throw .damaged(.content) }
    }

    /// Shorter first, then byte by byte: strictly before.
    static func precedes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        if a.count != b.count { return a.count < b.count }
        for i in 0..<a.count where a[i] != b[i] { return a[i] < b[i] }
        return false
    }
}
