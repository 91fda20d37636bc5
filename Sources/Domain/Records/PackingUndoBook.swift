/// The undo book in a snapshot: in bytes of its own (its own repeated values said once), after their length, so
/// that opening copies them aside without unpacking them (`Deferred`, MadeOnce.swift), and a snapshot written
/// before anyone used them says the same bytes again.
extension UndoBook: Packable {
    func pack(_ p: inout Packer) { p.put(stacks); p.put(touched) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(stacks: try u.get(), touched: try u.get())
    }
}

extension Packer {
    mutating func put(_ book: Deferred<[UInt8], UndoBook>) {
        let own: [UInt8]
        if let unmade = book.unmadeSource {
            own = unmade
        } else {
            var p = Packer()
            p.put(book.value)
            own = p.bytes
        }
        int(own.count)
        bytes += own
    }
}

extension Unpacker {
    /// The undo book's bytes, copied aside to be unpacked when first used. Unpacked then, after the snapshot's MAC
    /// has held, they are the bytes this program packed; were they ever not to unpack, the book is empty (nothing to
    /// undo, the state otherwise whole), and the audit against the log's own fold puts the log's state in its place.
    mutating func deferredUndoBook() throws(SnapshotProblem) -> Deferred<[UInt8], UndoBook> {
        let n = try count()
        let own = Array(buffer[at..<(at + n)])
        at += n
        return Deferred(from: own, until: UndoBook()) { bytes in
            bytes.withUnsafeBytes { raw -> UndoBook in
                var u = Unpacker(buffer: raw)
                guard let book = try? UndoBook(unpacking: &u), u.at == raw.count else { return UndoBook() }
                return book
            }
        }
    }
}
