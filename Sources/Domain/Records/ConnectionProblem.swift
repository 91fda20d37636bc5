/// Why one host of a shared log could not be used, as a fact the catalogue words: never the network library's
/// own text, which names its types and errno numbers.
public enum ConnectionProblem: Equatable, Sendable {
    /// Tavle knows it has no connection and will try again shortly.
    case noConnectionYet
    /// Nothing listens at the address: the server is not running, or the port is wrong.
    case refused(host: String)
    /// No answer in time: a firewall, a wrong address, or a server that hangs.
    case timedOut(host: String)
    /// The host name does not resolve.
    case unknownHost(host: String)
    /// No route to the host or its network.
    case noRoute(host: String)
    /// The host is a standby that takes no writes.
    case readOnly(host: String)
    /// The server closed the connection or went away during a request.
    case closed(host: String)
    /// The server does not offer the encryption asked for, or the handshake failed.
    case tls(host: String)
    /// The server refused who we are (SQLSTATE class 28) in its own words.
    case authentication(host: String, message: String)
    /// The server said something else, in its own words.
    case server(host: String, message: String)
    /// Anything else, with a short technical detail kept for the log's administrator.
    case other(host: String, detail: String)
}
