import Domain
import Foundation
import NIOCore
import PostgresNIO

/// What the database's owner does: create and upgrade the schema, let logins in, and move a log in and out.
public final class PostgresAdmin {
    let session: PGSession
    public var location: String { session.location.display }
    /// The schema version this program creates and writes through.
    public static var schemaVersion: Int { Schema.current }

    public init(_ where: PostgresLocation) throws(LogError) {
        session = PGSession(`where`)
        try session.connect(listen: false)
    }

    /// What `db init` did, for its output.
    public enum Step: Equatable, Sendable {
        case created(version: Int, logID: String)
        case upToDate(version: Int)
        case upgraded(from: Int, to: Int)
        case newer(version: Int)
    }

    /// Creates the schema, or brings it to the current version; idempotent. A new log gets a fresh header.
    public func initialise(now: Timestamp) throws(LogError) -> Step {
        let exists = try session.query("SELECT to_regclass('tavle.schema_version') IS NOT NULL")
        if (try? exists.first?.decode(Bool.self)) == true {
            let rows = try session.query("SELECT coalesce(max(version), 0) FROM tavle.schema_version")
            let version = (try? rows.first?.decode(Int.self)) ?? 0
            if version > Schema.current { return .newer(version: version) }
            if version == Schema.current { return .upToDate(version: version) }
            // An older schema is brought up to date, one version at a time, all in one transaction.
            try transaction(Schema.upgrades(from: version))
            return .upgraded(from: version, to: Schema.current)
        }
        let encoding = try session.query("SHOW server_encoding")
        if let e = try? encoding.first?.decode(String.self), e != "UTF8" {
            throw .storeRefused(StoreRefusal(code: "22021", message: e))
        }
        let header = LogFormat.newHeader(created: now)
        try transaction(["CREATE SCHEMA IF NOT EXISTS tavle"] + Schema.version1(logID: header.id, header: header.bytes, headerCRC: header.crc)
                        + Schema.upgrades(from: 1))
        return .created(version: Schema.current, logID: header.id)
    }

    /// Lets existing logins in: each becomes a member (read, and append through the function).
    public func grant(_ logins: [String]) throws(LogError) {
        for name in logins {
            guard name.range(of: #"^[a-z_][a-z0-9_$]{0,62}$"#, options: .regularExpression) != nil else {
                throw .storeRefused(StoreRefusal(code: "42602", message: "\"\(name)\" is not a plain login name"))
            }
            _ = try session.query(PostgresQuery(unsafeSQL: "GRANT \(Schema.memberRole) TO \(name)"))
        }
    }

    /// Runs statements in one transaction: all of them, or none.
    func transaction(_ statements: [String]) throws(LogError) {
        _ = try session.query("BEGIN")
        do {
            for s in statements.flatMap(Schema.statements) { _ = try session.query(PostgresQuery(unsafeSQL: s)) }
            _ = try session.query("COMMIT")
        } catch {
            _ = try? session.query("ROLLBACK")
            throw error
        }
    }

    /// Runs one statement as the owner, with `bytes` bound as $1 if given (the bench's references, tests' set-up).
    public func execute(_ sql: String, bytes: [UInt8]? = nil) throws(LogError) {
        var q = PostgresQuery(unsafeSQL: sql)
        if let bytes { q.binds.append(ByteBuffer(bytes: bytes)) }
        _ = try session.query(q)
    }

    /// How many records the log holds.
    public func recordCount() throws(LogError) -> Int {
        let rows = try session.query("SELECT last_seq FROM tavle.head")
        guard let n = try? rows.first?.decode(Int.self) else { throw .notInitialised(location) }
        return n
    }

    /// Moves a log in: its header, then its records, checked beforehand by the caller, in batches. Refused when
    /// the log already holds records.
    public func copyIn(logID: String, header: [UInt8], headerCRC: UInt32, records: [(line: [UInt8], crc: UInt32)],
                       progress: (Int) -> Void = { _ in }) throws(LogError) {
        _ = try session.query("SELECT tavle.copy_header(\(logID), \(ByteBuffer(bytes: header)), \(Int(headerCRC)))")
        var done = 0
        while done < records.count {
            let part = records[done..<min(records.count, done + 2000)]
            let lines = part.map { ByteBuffer(bytes: $0.line) }, crcs = part.map { Int($0.crc) }
            _ = try session.query("SELECT tavle.copy_lines(\(done), \(lines), \(crcs))")
            done += part.count
            progress(done)
        }
        // Fresh statistics, so the append function's lookups use their indexes from the first append on.
        _ = try session.query("ANALYZE tavle.records")
    }

    /// The whole log as the file would hold it: header, then every line in order.
    public func image() throws(LogError) -> [UInt8] {
        let head = try session.query("SELECT header FROM tavle.head")
        guard let header = try? head.first?.decode(ByteBuffer.self) else { throw .notInitialised(location) }
        var out = Array(buffer: header)
        for row in try session.query("SELECT line FROM tavle.records ORDER BY seq") {
            if let line = try? row.decode(ByteBuffer.self) { out += Array(buffer: line) }
        }
        return out
    }
}
