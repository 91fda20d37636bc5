import Domain
import Glibc

/// The calls an append depends on, behind a seam, so tests can make the disk fill up, fsync fail, or a truncate
/// fail after them.
public protocol LogFileSystem: Sendable {
    /// Writes all bytes, continuing a short write; only an error (a full disk) stops it.
    func write(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError)
    /// `fdatasync`: only after it returns does an append count as done.
    func sync(fd: Int32, path: String) throws(LogError)
    /// `ftruncate`: takes a failed append back off the end.
    func truncate(fd: Int32, to size: Int, path: String) throws(LogError)
}

extension LogFileSystem {
    public func truncate(fd: Int32, to size: Int, path: String) throws(LogError) {
        guard ftruncate(fd, off_t(size)) == 0 else { throw Posix.fail(path, "ftruncate") }
    }
}

/// The real disk.
public struct SystemFileSystem: LogFileSystem {
    public init() {}
    public func write(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError) { try Posix.writeAll(fd: fd, bytes, path: path) }
    public func sync(fd: Int32, path: String) throws(LogError) { try Posix.dataSync(fd: fd, path: path) }
}
