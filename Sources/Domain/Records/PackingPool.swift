/// Values a snapshot's largest tables repeat on every entry (the programme, the school, who wrote it, a form, a list
/// of participants) are said once per section and referred to after: a reference is the value's place among those
/// said before (four bytes), or, the first time, the next place followed by the value itself. Unpacking one is then
/// an index into an array instead of a new string made and checked from its bytes, and every contact with the same
/// participants shares one list.
///
/// The bytes are unpacked before their MAC has answered, so a reference may not point past the values said so far
/// (that is damage), and each value said costs at least its reference's and its length's bytes, so a forged section
/// cannot make the pool outgrow what its bytes could hold.
extension Packer {
    mutating func u32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func pooled(_ s: String) {
        if let known = pooledStrings[s] { u32(known); return }
        let next = UInt32(pooledStrings.count)
        pooledStrings[s] = next
        u32(next)
        string(s)
    }

    mutating func pooledList(_ list: [String]) {
        if let known = pooledLists[list] { u32(known); return }
        let next = UInt32(pooledLists.count)
        pooledLists[list] = next
        u32(next)
        put(list)
    }

    mutating func pooledRaw<T: RawRepresentable>(_ v: T) where T.RawValue == String { pooled(v.rawValue) }

    /// A value that may be absent: a flag, then the value if there is one (as `Optional` is said).
    mutating func pooledOptional(_ s: String?) {
        flag(s != nil)
        if let s { pooled(s) }
    }
}

extension Unpacker {
    @inline(__always)
    mutating func u32() throws(SnapshotProblem) -> Int { Int(try fixedWidth(UInt32.self)) }

    /// A string said before in these bytes, or said here for the first time.
    @inline(__always)
    mutating func pooled() throws(SnapshotProblem) -> String {
        let i = try u32()
        if i < pooledStrings.count { return pooledStrings[i] }
        guard i == pooledStrings.count else { throw .damaged(.content) }
        let s = try string()
        pooledStrings.append(s)
        return s
    }

    /// A list of names said before in these bytes (the same array), or said here for the first time.
    mutating func pooledList() throws(SnapshotProblem) -> [String] {
        let i = try u32()
        if i < pooledLists.count { return pooledLists[i] }
        guard i == pooledLists.count else { throw .damaged(.content) }
        let list: [String] = try get()
        pooledLists.append(list)
        return list
    }

    mutating func pooledRaw<T: RawRepresentable>(_: T.Type = T.self) throws(SnapshotProblem) -> T where T.RawValue == String {
        guard let v = T(rawValue: try pooled()) else { throw .damaged(.content) }
        return v
    }

    mutating func pooledOptional() throws(SnapshotProblem) -> String? { try flag() ? try pooled() : nil }
}
