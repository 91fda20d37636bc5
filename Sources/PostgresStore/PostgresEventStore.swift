import Domain
import Foundation
import NIOCore
import PostgresNIO

/// A shared log on PostgreSQL, behind the same protocol as the file: it hands out the very bytes the file log
/// would hold (the header, then each record's line) and appends through `tavle.append`, which checks the
/// chain, the numbering, the writer and the rules again on the server. Reads are cheap when nothing changed:
/// the server's notification, or a look every `pollEvery` seconds, says when to ask.
public final class PostgresEventStore: EventStore {
    public let location: String
    public private(set) var readOnly: ReadOnlyReason?
    public var checksChainItself: Bool { true }
    let session: PGSession
    let access: LiveNetwork.Access
    private let listen: Bool
    public private(set) var logID = ""
    private var header: [UInt8] = []
    /// The end of the last line handed out, and its record's number.
    private var known = (end: 0, seq: 0)
    private var lastLook = Date.distantPast
    private var nextTry = Date.distantPast
    private var failures = 0
    /// Whether this connection holds the writers' turn (an advisory lock, given back on disconnect).
    private var holdsTurn = false
    private var lastConflict = Date.distantPast
    /// Records per query when reading much.
    static let page = 20_000
    /// The advisory lock's key: "tavle" in ASCII.
    static let turnKey = 0x74_61_76_6c_65
    private var notices: [LogNotice] = []
    /// How often to look for news without a notification, in seconds.
    public var pollEvery: TimeInterval = 2

    /// Connects and reads the header. `listen` subscribes to the append function's notifications.
    public init(_ where: PostgresLocation, access: LiveNetwork.Access = .write, listen: Bool = false) throws(LogError) {
        location = `where`.display
        session = PGSession(`where`)
        self.access = access
        self.listen = listen
        try session.connect(listen: listen)
        try readHead()
    }

    /// The database login: on a shared log, the only name one may write as.
    public var login: String { session.location.user }
    /// The host in use.
    public var host: String { session.host }

    private func readHead() throws(LogError) {
        let rows: [PostgresRow]
        do {
            rows = try session.query("SELECT log_id, header FROM tavle.head")
        } catch {
            if case .storeRefused(let r) = error, r.code == "42P01" || r.code == "3F000" { throw .notInitialised(location) }
            if case .storeRefused(let r) = error, r.code == "42501" { throw .storeRefused(StoreRefusal(code: "TV003", message: r.message)) }
            throw error
        }
        guard let row = rows.first, let (id, bytes) = try? row.decode((String, ByteBuffer).self) else { throw .notInitialised(location) }
        logID = id
        header = Array(buffer: bytes)
        if known.end == 0 { known = (header.count, 0) }
    }

    /// Connects again after a lost connection, no more often than the back-off allows (1, 2, 4 … 30 s).
    private func ensureConnected() throws(LogError) {
        if session.isConnected { return }
        guard Date() >= nextTry else { throw .unreachable(location: location, problems: [.noConnectionYet]) }
        do {
            // A new connection holds no turn: the server gave the lock back with the old one.
            holdsTurn = false
            try session.connect(listen: listen)
            failures = 0
        } catch {
            failures += 1
            nextTry = Date().addingTimeInterval(min(30, pow(2, Double(failures - 1))))
            throw error
        }
        lastLook = .distantPast
    }

    func query(_ q: PostgresQuery) throws(LogError) -> [PostgresRow] {
        try ensureConnected()
        return try session.query(q)
    }

    public func read(from offset: Int) throws(LogError) -> [UInt8] {
        if offset == known.end, offset > 0, session.isConnected, !session.takeNotified(), Date().timeIntervalSince(lastLook) < pollEvery {
            return []
        }
        lastLook = Date()
        var out: [UInt8] = offset < header.count ? Array(header[offset...]) : []
        // In pages along the byte_end index: a large result in one piece costs the client far more than its size.
        var from = max(offset, header.count)
        while true {
            let rows = try query("SELECT seq, line, byte_end FROM tavle.records WHERE byte_end > \(from) ORDER BY byte_end LIMIT \(Self.page)")
            for row in rows {
                guard let (seq, line, end) = try? row.decode((Int, ByteBuffer, Int).self) else { continue }
                if out.isEmpty, offset >= header.count, end - line.readableBytes != offset { throw .replaced(location) }
                out += Array(buffer: line)
                known = (end, seq)
                from = end
            }
            if rows.count < Self.page { break }
        }
        return out
    }

    public func read(from offset: Int, count: Int) throws(LogError) -> [UInt8] {
        let upTo = offset + count
        var out: [UInt8] = offset < header.count ? Array(header[offset..<min(header.count, upTo)]) : []
        guard upTo > header.count else { return out }
        // Along the byte_end index from `offset`, a page of lines at a time, until `upTo` is covered: the query
        // stops at its limit instead of reading to the end of the log.
        var from = max(offset, header.count)
        let page = min(10_000, max(64, count / 128))
        while from < upTo {
            let before = from
            let rows = try query("SELECT line, byte_end FROM tavle.records WHERE byte_end > \(from) ORDER BY byte_end LIMIT \(page)")
            for row in rows {
                guard let (line, end) = try? row.decode((ByteBuffer, Int).self) else { continue }
                let bytes = Array(buffer: line), start = end - bytes.count
                if start < upTo { out += bytes[max(0, offset - start)..<min(bytes.count, upTo - start)] }
                from = end
            }
            if rows.count < page || from == before { break }
        }
        return out
    }

    /// The log is the one opened (same id) and reaches `offset`. Cheap between looks: the server is asked
    /// only when `read` would ask it.
    public func checkIdentity(covering offset: Int) throws(LogError) {
        guard !session.isConnected || Date().timeIntervalSince(lastLook) >= pollEvery else { return }
        let rows = try query("SELECT log_id, byte_end FROM tavle.head")
        guard let (id, end) = try? rows.first?.decode((String, Int).self), id == logID, end >= offset else { throw .replaced(location) }
    }

    public func append(_ lines: [UInt8], at offset: Int) throws(LogError) {
        guard access == .write else { throw .readOnly(.openedForReading) }
        let records = lines.split(separator: 10, omittingEmptySubsequences: true).map { ByteBuffer(bytes: Array($0) + [10]) }
        let expected = try recordNumber(endingAt: offset)
        let batch = UUID()
        // An answer lost with the connection: the same batch is sent again once connected, and lands at most once.
        for attempt in 0..<2 {
            do {
                // Every append waits while a writer holds the turn (an import that lost a race), so the turn holds:
                // the shared lock, for this statement only, is free unless someone holds the turn.
                let rows = try query("""
                    SELECT tavle.append(\(expected), \(batch), \(records))
                    FROM (SELECT pg_advisory_xact_lock_shared(\(Self.turnKey)) OFFSET 0) AS turn
                    """)
                let last = (try? rows.first?.decode(Int.self)) ?? expected + records.count
                known = (offset + lines.count, last)
                lastLook = Date()
                return
            } catch {
                // Another writer got there first: the next read asks the server, notification or not.
                if case .storeRefused(let r) = error, r.code == "TV001" { lastLook = .distantPast; throw .conflict }
                guard case .unreachable = error, attempt == 0 else { throw error }
                nextTry = .distantPast
            }
        }
    }

    /// Waits, up to ten seconds, for the writers' turn; writers that take it are served in the order they asked.
    /// A writer alone never waits: the turn is taken after a conflict, and for a while after one.
    public func takeTurn(afterConflict: Bool) {
        if afterConflict { lastConflict = Date() }
        guard !holdsTurn, session.isConnected, Date().timeIntervalSince(lastConflict) < 5 else { return }
        do {
            // One round trip: the wait's limit for this session, then the wait.
            _ = try query("SELECT set_config('lock_timeout', '10s', false), pg_advisory_lock(\(Self.turnKey))")
            holdsTurn = true
        } catch {
            // No turn now (the wait timed out, or the connection went): the writer tries as before.
        }
    }

    public func endTurn() {
        guard holdsTurn else { return }
        holdsTurn = false
        _ = try? query("SELECT pg_advisory_unlock(\(Self.turnKey))")
    }

    /// The number of the record whose line ends at `offset` (0 at the header's end).
    private func recordNumber(endingAt offset: Int) throws(LogError) -> Int {
        if offset == header.count { return 0 }
        if offset == known.end { return known.seq }
        let rows = try query("SELECT seq FROM tavle.records WHERE byte_end = \(offset)")
        guard let seq = try? rows.first?.decode(Int.self) else { lastLook = .distantPast; throw .conflict }
        return seq
    }

    public func reopened() throws(LogError) -> EventStore {
        try PostgresEventStore(session.location, access: access, listen: listen)
    }

    public func takeNotices() -> [LogNotice] {
        defer { notices = [] }
        return notices
    }
}
