import Foundation

/// Where a shared log lives: `postgres://USER[:PASSWORD]@HOST[:PORT][,HOST[:PORT]…]/DB[?sslmode=…&sslrootcert=…]`.
/// The password may also come from `PGPASSWORD`, the user from `PGUSER`, then `USER`.
public struct PostgresLocation: Sendable, Equatable {
    public enum SSLMode: String, Sendable { case disable, prefer, require, verifyFull = "verify-full" }

    public var hosts: [(host: String, port: Int)]
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    public var sslRootCert: String?
    /// How long a statement waits for a lock another transaction holds, and how long one may run at all, in
    /// milliseconds (`?lock_timeout=30000&statement_timeout=60000`): nothing Tavle asks waits forever.
    public var lockTimeout = 30_000
    public var statementTimeout = 60_000

    public static func == (a: Self, b: Self) -> Bool {
        a.hosts.map { "\($0.host):\($0.port)" } == b.hosts.map { "\($0.host):\($0.port)" } && a.user == b.user
            && a.password == b.password && a.database == b.database && a.sslMode == b.sslMode && a.sslRootCert == b.sslRootCert
    }

    /// Whether a `--log` value names a PostgreSQL log rather than a file.
    public static func isURL(_ s: String) -> Bool { s.hasPrefix("postgres://") || s.hasPrefix("postgresql://") }

    /// What is wrong with a URL, said plainly.
    public enum Problem: Error, Equatable, Sendable {
        case notAURL(String), noHost, noDatabase, badPort(String), badSSLMode(String), unknownParameter(String), noUser, badTimeout(String)
    }

    public init(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Problem) {
        guard let rest = ["postgres://", "postgresql://"].first(where: url.hasPrefix).map({ String(url.dropFirst($0.count)) }) else {
            throw .notAURL(url)
        }
        var main = rest, query = ""
        if let q = rest.firstIndex(of: "?") { main = String(rest[..<q]); query = String(rest[rest.index(after: q)...]) }
        var authority = main, path = ""
        if let slash = main.firstIndex(of: "/") { authority = String(main[..<slash]); path = String(main[main.index(after: slash)...]) }
        var credentials: String?
        if let at = authority.lastIndex(of: "@") { credentials = String(authority[..<at]); authority = String(authority[authority.index(after: at)...]) }
        var user = environment["PGUSER"] ?? environment["USER"] ?? ""
        password = environment["PGPASSWORD"]
        if let credentials {
            let parts = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            user = Self.decode(String(parts[0]))
            if parts.count == 2 { password = Self.decode(String(parts[1])) }
        }
        guard !user.isEmpty else { throw .noUser }
        self.user = user
        hosts = []
        for h in authority.split(separator: ",") where !h.isEmpty {
            var host = String(h), port = 5432
            if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
                let p = String(host[host.index(after: colon)...])
                guard let n = Int(p), (1...65535).contains(n) else { throw .badPort(p) }
                port = n
                host = String(host[..<colon])
            }
            hosts.append((host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port))
        }
        guard !hosts.isEmpty else { throw .noHost }
        database = Self.decode(path)
        guard !database.isEmpty else { throw .noDatabase }
        sslMode = .prefer
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let kv = pair.split(separator: "=", maxSplits: 1).map { Self.decode(String($0)) }
            let value = kv.count == 2 ? kv[1] : ""
            switch kv[0] {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else { throw .badSSLMode(value) }
                sslMode = mode
            case "sslrootcert": sslRootCert = value
            case "lock_timeout", "statement_timeout":
                guard let ms = Int(value), (1...3_600_000).contains(ms) else { throw .badTimeout(kv[0] + "=" + value) }
                if kv[0] == "lock_timeout" { lockTimeout = ms } else { statementTimeout = ms }
            case "target_session_attrs", "application_name", "connect_timeout": break
            default: throw .unknownParameter(kv[0])
            }
        }
    }

    /// The location for messages: no password, every host.
    public var display: String {
        "postgres://\(user)@" + hosts.map { "\($0.host):\($0.port)" }.joined(separator: ",") + "/\(database)"
    }

    static func decode(_ s: String) -> String { s.removingPercentEncoding ?? s }
}
