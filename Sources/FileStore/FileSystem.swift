import Domain

/// The two calls an append depends on, behind a seam, so tests can make the disk fill up or fsync fail.
public protocol LogFileSystem: Sendable {
    /// Writes all bytes with one `write`; a short write is an error.
    func write(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError)
    /// `fdatasync`: only after it returns does an append count as done.
    func sync(fd: Int32, path: String) throws(LogError)
}

/// The real disk.
public struct SystemFileSystem: LogFileSystem {
    public init() {}
    public func write(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError) { try Posix.writeOnce(fd: fd, bytes, path: path) }
    public func sync(fd: Int32, path: String) throws(LogError) { try Posix.dataSync(fd: fd, path: path) }
}
