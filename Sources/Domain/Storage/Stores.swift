/// Where a log's lines live: a file, or a database. A store hands out the log's bytes and takes new lines that
/// continue them; it never decides. Every store holds exactly the lines the file format writes, so the checksum
/// chain, the snapshots and byte-for-byte copies carry over.
public protocol EventStore: AnyObject {
    /// The file or address, for messages.
    var location: String { get }
    /// Why appends are refused (no permission), or nil.
    var readOnly: ReadOnlyReason? { get }
    /// The bytes from `offset` to the end: whole lines, and perhaps the start of one more.
    func read(from offset: Int) throws(LogError) -> [UInt8]
    /// Bytes `[offset, offset + count)`, fewer at the end.
    func read(from offset: Int, count: Int) throws(LogError) -> [UInt8]
    /// Throws `.replaced` unless the store is still the one opened and holds at least `offset` bytes.
    func checkIdentity(covering offset: Int) throws(LogError)
    /// Appends `lines` at exactly `offset`: the end of what the writer read and decided on. Throws `.conflict`
    /// when another writer appended whole lines there first (the writer reads them, decides again, and tries
    /// again); an incomplete line there is set aside first, with a notice. All of `lines` lands, or none.
    func append(_ lines: [UInt8], at offset: Int) throws(LogError)
    /// The store opened again at its location, after another program replaced it.
    func reopened() throws(LogError) -> EventStore
    /// What the store did that the user must hear about once.
    func takeNotices() -> [LogNotice]
    /// Whether the store itself refuses a line that does not continue the checksum chain (a server does; a
    /// file cannot), so the records behind a snapshot need no check before a write.
    var checksChainItself: Bool { get }
    /// Many writers at once: a writer that lost a race (`afterConflict`), or that starts while others have been
    /// racing, waits here for its turn, so that it reads, decides and appends before the next one and does not
    /// lose again and again. Best effort: a store without turns, or one that cannot wait now, returns at once and
    /// the writer tries as before.
    func takeTurn(afterConflict: Bool)
    /// Gives the turn back, if this writer holds it.
    func endTurn()
    /// When the store ends in zero bytes after `offset` (a file that grew before its data landed): where they
    /// start, and where the store ends. Found without reading them all into memory; nil when it does not.
    func zeroTail(after offset: Int) throws(LogError) -> (start: Int, end: Int)?
}

extension EventStore {
    public var checksChainItself: Bool { false }
    public func takeTurn(afterConflict: Bool) {}
    public func endTurn() {}
    public func zeroTail(after offset: Int) throws(LogError) -> (start: Int, end: Int)? { nil }
}

/// Where the folded state is cached, so a start need not read every record. A cache, never a second truth.
public protocol SnapshotStore: AnyObject, Sendable {
    var location: String { get }
    /// The snapshot, checked for its own integrity; nil when there is none.
    func load() -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>?
    /// Replaces the snapshot, whole or not at all.
    func save(_ state: NetworkState, info: SnapshotInfo) throws(LogError)
    /// Sets the snapshot aside: it is not read again.
    func discard()
}
