import Domain
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

extension PGSession {
    /// What went wrong with one host, as a typed fact, from the errors PostgresNIO and SwiftNIO give: their
    /// server's own message where it has one, the errno of a failed connect, a timeout, a DNS failure.
    static func problem(_ error: any Error, host: String) -> ConnectionProblem {
        if let e = error as? PSQLError {
            if let info = e.serverInfo {
                let message = info[.message] ?? ""
                return (info[.sqlState] ?? "").hasPrefix("28") ? .authentication(host: host, message: message) : .server(host: host, message: message)
            }
            switch e.code {
            case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection: return .closed(host: host)
            case .sslUnsupported, .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest: return .tls(host: host)
            case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
                return .authentication(host: host, message: "\(e.code)")
            default: break
            }
            if let u = e.underlying { return problem(u, host: host) }
            return .other(host: host, detail: "\(e.code)")
        }
        if let e = error as? NIOConnectionError {
            if e.dnsAError != nil || e.dnsAAAAError != nil, e.connectionErrors.isEmpty { return .unknownHost(host: host) }
            if let first = e.connectionErrors.first { return problem(first.error, host: host) }
            return .unknownHost(host: host)
        }
        if let e = error as? ChannelError {
            switch e {
            case .connectTimeout: return .timedOut(host: host)
            case .ioOnClosedChannel, .alreadyClosed, .eof, .outputClosed, .inputClosed: return .closed(host: host)
            default: return .other(host: host, detail: "\(e)")
            }
        }
        if let e = error as? IOError { return problem(errno: e.errnoCode, host: host) }
        if error is NIOSSLError { return .tls(host: host) }
        if let e = error as? SocketAddressError, case .unknown = e { return .unknownHost(host: host) }
        return .other(host: host, detail: String(describing: error).prefix(120).description)
    }

    static func problem(errno code: CInt, host: String) -> ConnectionProblem {
        switch code {
        case ECONNREFUSED: return .refused(host: host)
        case ETIMEDOUT: return .timedOut(host: host)
        case EHOSTUNREACH, ENETUNREACH, EHOSTDOWN, ENETDOWN: return .noRoute(host: host)
        case ECONNRESET, EPIPE, ECONNABORTED: return .closed(host: host)
        default: return .other(host: host, detail: "errno \(code)")
        }
    }
}
