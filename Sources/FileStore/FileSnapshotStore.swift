import Domain
import Glibc

/// `<log>.snapshot`: the folded state next to the log. Written to a new file, synced and renamed into place; read
/// without following a link or waiting on a FIFO, only if it is a regular file of this user's, and only as far
/// as its header line declares.
public final class FileSnapshotStore: SnapshotStore {
    public let location: String

    public init(path: String) { location = path }

    /// The snapshot of a log file.
    public convenience init(forLog log: String) { self.init(path: log + ".snapshot") }

    public func load() -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>? {
        let fd: Int32
        do throws(LogError) {
            guard let opened = try FileSafety.openSideFile(location) else { return nil }
            fd = opened
        } catch {
            return .failure(.notAFile)
        }
        defer { close(fd) }
        guard let size = Posix.identity(fd: fd)?.size else { return .failure(.notAFile) }
        guard let head = try? Posix.read(fd: fd, from: 0, count: min(size, SnapshotFormat.headerLimit), path: location),
              head.contains(10) else { return .failure(.damaged(.header)) }
        guard let declared = SnapshotFormat.declaredSize(head), declared == size else { return .failure(.damaged(.length)) }
        guard let all = try? Posix.read(fd: fd, from: 0, count: size, path: location), all.count == size else { return .failure(.damaged(.length)) }
        return SnapshotFormat.decode(all)
    }

    public func save(_ state: NetworkState, info: SnapshotInfo) throws(LogError) {
        let bytes = SnapshotFormat.encode(state, info: info)
        let temporary = location + ".new"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Posix.fail(temporary, "open") }
        do {
            defer { close(fd) }
            try Posix.writeAll(fd: fd, bytes, path: temporary)
            try Posix.dataSync(fd: fd, path: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, location) == 0 else {
            let e = Posix.fail(location, "rename")
            unlink(temporary)
            throw e
        }
        try Posix.syncDirectory(of: location)
    }

    public func discard() { unlink(location) }
}
