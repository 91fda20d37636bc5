import ArgumentParser
import Domain
import FileStore
import Foundation
import PostgresStore
import Wording

// A shared log on PostgreSQL: the same LiveNetwork, on a PostgresEventStore, with its snapshot in the user's
// cache, keyed by the log's id and checked against the store like any other.

/// The address, or a usage error that says what is wrong with it.
func sharedLog(_ url: String, _ words: Catalogue, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresLocation {
    do {
        return try PostgresLocation(url, environment: environment)
    } catch {
        let why: String
        switch error {
        case .notAURL(let s): why = words(.urlNotAURL, s)
        case .noHost: why = words(.urlNoHost)
        case .noDatabase: why = words(.urlNoDatabase)
        case .badPort(let p): why = words(.urlBadPort, p)
        case .badSSLMode(let m): why = words(.urlBadSSLMode, m)
        case .unknownParameter(let p): why = words(.urlUnknownParameter, p)
        case .noUser: why = words(.urlNoUser)
        case .badTimeout(let t): why = words(.urlBadTimeout, t)
        }
        throw ValidationError("--log: " + why)
    }
}

/// `$XDG_CACHE_HOME/tavle`, else `~/.cache/tavle`, made owner-only; nil when neither is set.
func cacheDirectory(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    let base: String
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { base = xdg } else if let home = environment["HOME"], !home.isEmpty {
        base = home + "/.cache"
    } else {
        return nil
    }
    let dir = base + "/tavle"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return dir
}

/// Opens a shared log. `listen` subscribes to the server's notifications (the dashboard).
func openShared(_ url: String, words: Catalogue, access: LiveNetwork.Access, snapshot: Bool, keepHistory: Bool,
                listen: Bool = false) throws -> LiveNetwork {
    let location = try sharedLog(url, words)
    let store = try PostgresEventStore(location, access: access, listen: listen)
    let snapshots = cacheDirectory().map { FileSnapshotStore(path: "\($0)/\(cacheName(location, logID: store.logID)).snapshot") }
    return try LiveNetwork(store: store, snapshots: snapshots, access: access, useSnapshot: snapshot, keepHistory: keepHistory)
}

/// The local snapshot's name: the servers, the database and the log's id together, so two databases filled from one
/// file (same log id) never share a cache. Only letters, digits, `.`, `_` and `-` are kept; anything else is `%XX`.
func cacheName(_ location: PostgresLocation, logID: String) -> String {
    let raw = location.hosts.map { "\($0.host)_\($0.port)" }.joined(separator: ",") + "-" + location.database + "-" + logID
    var out = ""
    for b in raw.utf8 {
        if (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 46 || b == 95 || b == 45 {
            out.append(Character(Unicode.Scalar(b)))
        } else {
            out += String(format: "%%%02X", b)
        }
    }
    return out
}

/// A log's location for messages: a shared log's address without its password.
func shown(_ path: String) -> String {
    guard PostgresLocation.isURL(path) else { return path }
    return (try? PostgresLocation(path, environment: [:]))?.display ?? (try? PostgresLocation(path))?.display ?? "postgres://…"
}
