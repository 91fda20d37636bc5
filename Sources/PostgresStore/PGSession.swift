import Domain
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to a shared log's server, used from ordinary (blocking) code: the command line and the
/// dashboard loop wait for each answer. It connects to the first host that accepts writes, as libpq's
/// `target_session_attrs=read-write` does, and listens for the append function's notifications.
final class PGSession: @unchecked Sendable {
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let location: PostgresLocation
    private(set) var connection: PostgresConnection?
    /// The host in use, for messages.
    private(set) var host = ""
    private let logger = Logger(label: "tavle.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private let lock = NSLock()
    private var notified = false
    private var listening: PostgresListenContext?

    init(_ location: PostgresLocation) { self.location = location }

    deinit { close() }

    /// Connects to the first host that takes writes. Throws `.unreachable` naming every host tried and why.
    func connect(listen: Bool) throws(LogError) {
        close()
        var problems: [ConnectionProblem] = []
        for (h, port) in location.hosts {
            do {
                let c = try PostgresConnection.connect(on: Self.group.next(), configuration: try configuration(h, port), id: 1, logger: logger).wait()
                let readOnly = try c.query("SELECT current_setting('transaction_read_only')", logger: logger).wait()
                    .rows.first.map { try $0.decode(String.self) }
                if readOnly == "on" { problems.append(.readOnly(host: "\(h):\(port)")); try? c.close().wait(); continue }
                _ = try c.query("SELECT set_config('lock_timeout', \(String(location.lockTimeout)), false), set_config('statement_timeout', \(String(location.statementTimeout)), false)", logger: logger).wait()
                connection = c
                host = "\(h):\(port)"
                if listen { try startListening(c) }
                return
            } catch {
                problems.append(Self.problem(error, host: "\(h):\(port)"))
            }
        }
        throw .unreachable(location: location.display, problems: problems)
    }

    private func configuration(_ host: String, _ port: Int) throws -> PostgresConnection.Configuration {
        var tls = PostgresConnection.Configuration.TLS.disable
        if location.sslMode != .disable {
            var t = TLSConfiguration.makeClientConfiguration()
            if location.sslMode == .verifyFull {
                t.certificateVerification = .fullVerification
                if let root = location.sslRootCert { t.trustRoots = .file(root) }
            } else {
                t.certificateVerification = .none
            }
            let context = try NIOSSLContext(configuration: t)
            tls = location.sslMode == .prefer ? .prefer(context) : .require(context)
        }
        var c = PostgresConnection.Configuration(host: host, port: port, username: location.user, password: location.password,
                                                 database: location.database, tls: tls)
        c.options.connectTimeout = .seconds(5)
        return c
    }

    private func startListening(_ c: PostgresConnection) throws {
        listening = c.addListener(channel: "tavle") { [weak self] _, _ in self?.markNotified() }
        _ = try c.query("LISTEN tavle", logger: logger).wait()
    }

    private func markNotified() { lock.lock(); notified = true; lock.unlock() }

    /// Whether a notification came since the last call.
    func takeNotified() -> Bool {
        lock.lock(); defer { lock.unlock() }
        let was = notified
        notified = false
        return was
    }

    /// Runs a query and collects its rows. A lost connection is closed, to be opened again by the caller.
    func query(_ q: PostgresQuery) throws(LogError) -> [PostgresRow] {
        guard let connection, !connection.isClosed else { throw .unreachable(location: location.display, problems: [.noConnectionYet]) }
        do {
            return Array(try connection.query(q, logger: logger).wait().rows)
        } catch {
            throw failure(error)
        }
    }

    /// A server's refusal keeps its SQLSTATE; anything else means the connection is gone.
    func failure(_ error: any Error) -> LogError {
        // Class 08 (connection exception) and 57 (the server shutting down, the backend terminated) mean the
        // connection is gone, whatever the server said on the way out; but 57014 is a statement that ran past
        // statement_timeout, on a connection that lives on.
        if let e = error as? PSQLError, let info = e.serverInfo, let code = info[.sqlState], !code.hasPrefix("08"),
           !code.hasPrefix("57") || code == "57014" {
            return .storeRefused(StoreRefusal(code: code, message: info[.message] ?? ""))
        }
        close()
        let at = host.isEmpty ? location.display : host
        return .unreachable(location: at, problems: [Self.problem(error, host: at)])
    }

    func close() {
        listening?.stop()
        listening = nil
        if let connection, !connection.isClosed { try? connection.close().wait() }
        connection = nil
    }

    var isConnected: Bool { connection.map { !$0.isClosed } ?? false }
}
