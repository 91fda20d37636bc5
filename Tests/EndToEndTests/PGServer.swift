import Foundation
import Glibc
import Testing

/// A throwaway PostgreSQL server for the tests: `initdb` and `pg_ctl` in a temporary directory, on a random
/// port on 127.0.0.1, password logins only, stopped when the test process ends. Run as the `postgres` user
/// when the tests run as root (the server refuses root).
final class PGServer: @unchecked Sendable {
    static let admin = "tavle_admin", adminPassword = "admin-secret"

    /// Where `initdb` and `pg_ctl` are: on PATH, or under /usr/lib/postgresql/*/bin.
    static let binDirectory: String? = {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for v in versions.sorted(by: >) where FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\(v)/bin/initdb") {
            return "/usr/lib/postgresql/\(v)/bin"
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        where FileManager.default.isExecutableFile(atPath: dir + "/initdb") && FileManager.default.isExecutableFile(atPath: dir + "/pg_ctl") {
            return dir
        }
        return nil
    }()

    static var available: Bool { binDirectory != nil }

    /// One server for the tests that do not stop it; started on first use.
    static let shared: PGServer? = try? PGServer()

    let dir: String
    let port: Int
    private(set) var running = false
    nonisolated(unsafe) static var all: [PGServer] = []
    private static let allLock = NSLock()

    /// With `tls`, the server has a self-signed certificate for 127.0.0.1 (`cert.pem`) and takes TLS connections only.
    let tls: Bool

    init(port fixed: Int? = nil, standbyOf primary: PGServer? = nil, tls: Bool = false) throws {
        self.tls = tls
        guard let bin = Self.binDirectory else { throw Failure.noServer }
        dir = NSTemporaryDirectory() + "tavle-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        port = fixed ?? Self.freePort()
        if Self.asRoot { _ = try Self.run("/bin/chown", ["postgres:postgres", dir]) }
        if let primary {
            let r = try Self.runAsServer(bin + "/pg_basebackup", ["-h", "127.0.0.1", "-p", "\(primary.port)", "-U", Self.admin, "-D", dir + "/data",
                                                                 "-R", "-X", "stream", "-c", "fast"], env: ["PGPASSWORD": Self.adminPassword])
            guard r.status == 0 else { throw Failure.command("pg_basebackup", r.err) }
        } else {
            try (Self.adminPassword + "\n").write(toFile: dir + "/pw", atomically: true, encoding: .utf8)
            if Self.asRoot { _ = try Self.run("/bin/chown", ["postgres:postgres", dir + "/pw"]) }
            let r = try Self.runAsServer(bin + "/initdb", ["-D", dir + "/data", "-U", Self.admin, "--pwfile=" + dir + "/pw", "-A", "scram-sha-256",
                                                          "-E", "UTF8", "--no-locale", "--no-sync"])
            guard r.status == 0 else { throw Failure.command("initdb", r.out + r.err) }
        }
        if tls { try makeCertificate() }
        Self.allLock.lock(); Self.all.append(self); Self.allLock.unlock()
        if Self.all.count == 1 { atexit { PGServer.stopAll() } }
        try start()
    }

    enum Failure: Error { case noServer, command(String, String) }

    static var asRoot: Bool { geteuid() == 0 }

    func start() throws {
        let bin = Self.binDirectory!
        var options = "-p \(port) -k \(dir) -c listen_addresses=127.0.0.1 -c fsync=off -c wal_level=replica -c max_wal_senders=4 -c hot_standby=on"
        if tls { options += " -c ssl=on -c ssl_cert_file=\(dir)/cert.pem -c ssl_key_file=\(dir)/key.pem" }
        let r = try Self.runAsServer(bin + "/pg_ctl", ["-D", dir + "/data", "-l", dir + "/server.log", "-o", options, "-w", "-t", "30", "start"])
        guard r.status == 0 else { throw Failure.command("pg_ctl start", r.out + r.err + ((try? String(contentsOfFile: dir + "/server.log", encoding: .utf8)) ?? "")) }
        running = true
    }

    /// A self-signed certificate for 127.0.0.1, and a pg_hba.conf that takes TLS connections only.
    private func makeCertificate() throws {
        let r = try Self.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                                                  "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", dir + "/key.pem", "-out", dir + "/cert.pem"])
        guard r.status == 0 else { throw Failure.command("openssl", r.err) }
        let hba = "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhostssl replication all 127.0.0.1/32 scram-sha-256\n"
        try hba.write(toFile: dir + "/data/pg_hba.conf", atomically: true, encoding: .utf8)
        if Self.asRoot { _ = try Self.run("/bin/chown", ["-R", "postgres:postgres", dir]) }
        _ = try Self.run("/bin/chmod", ["600", dir + "/key.pem"])
    }

    func stop(fast: Bool = true) {
        guard running else { return }
        _ = try? Self.runAsServer(Self.binDirectory! + "/pg_ctl", ["-D", dir + "/data", "-m", fast ? "fast" : "immediate", "-w", "stop"])
        running = false
    }

    func promote() throws {
        let r = try Self.runAsServer(Self.binDirectory! + "/pg_ctl", ["-D", dir + "/data", "-w", "promote"])
        guard r.status == 0 else { throw Failure.command("pg_ctl promote", r.err) }
    }

    static func stopAll() {
        for s in all { s.stop() }
        for s in all { try? FileManager.default.removeItem(atPath: s.dir) }
    }

    /// A new, empty database on this server, for one test.
    func freshDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.prefix(8).lowercased()
        try sql("CREATE DATABASE \(name)", database: "postgres")
        return name
    }

    /// A login with a password (made once per server), as a database administrator would make it.
    func login(_ name: String, password: String? = nil) throws {
        _ = try? sql("CREATE ROLE \(name) LOGIN PASSWORD '\(password ?? name + "-pw")'", database: "postgres")
    }

    func url(_ database: String, user: String = PGServer.admin, password: String? = nil) -> String {
        "postgres://\(user):\(password ?? (user == Self.admin ? Self.adminPassword : user + "-pw"))@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Runs SQL through psql as `user`; throws with psql's message when it fails.
    @discardableResult
    func sql(_ statement: String, database: String, user: String = PGServer.admin, password: String? = nil) throws -> String {
        let r = try psql(statement, database: database, user: user, password: password)
        guard r.status == 0 else { throw Failure.command("psql", r.err) }
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func psql(_ statement: String, database: String, user: String = PGServer.admin, password: String? = nil) throws -> Harness.Result {
        try Self.run("/usr/bin/psql", ["-h", "127.0.0.1", "-p", "\(port)", "-U", user, "-d", database, "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose", "-tA", "-c", statement],
                     env: ["PGPASSWORD": password ?? (user == Self.admin ? Self.adminPassword : user + "-pw"), "PGCONNECT_TIMEOUT": "5"])
    }

    static func runAsServer(_ path: String, _ args: [String], env: [String: String] = [:]) throws -> Harness.Result {
        asRoot ? try run("/usr/sbin/runuser", ["-u", "postgres", "--", "env"] + env.map { "\($0.key)=\($0.value)" } + [path] + args)
            : try run(path, args, env: env)
    }

    static func run(_ path: String, _ args: [String], env: [String: String] = [:]) throws -> Harness.Result {
        try Harness.run(path, args, env: env)
    }

    /// A port nobody listens on now.
    static func freePort() -> Int {
        for _ in 0..<50 {
            let p = Int.random(in: 20000...60000)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_port = in_port_t(UInt16(p).bigEndian)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            if ok == 0 { return p }
        }
        return 54321
    }
}

/// PostgreSQL tests run where the server's programs are; on CI their absence is a failure, elsewhere a skip.
enum PGAvailability {
    static var ci: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
    static var runs: Bool { PGServer.available }
}
