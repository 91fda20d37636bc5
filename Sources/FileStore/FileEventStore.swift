import Domain
import Foundation
import Glibc

/// The log as one file: JSON Lines, opened without following a link, only if it is a regular file of this user's
/// that nobody else may write. Appends take an exclusive `flock`, go in with one `write` to a descriptor opened
/// with `O_APPEND`, and count as done after `fdatasync`.
public final class FileEventStore: EventStore {
    public let location: String
    public private(set) var readOnly: ReadOnlyReason?
    private var notices: [LogNotice] = []
    /// Where appends go: the real disk, or a test's faulty one.
    let fileSystem: LogFileSystem
    private let access: LiveNetwork.Access
    private var fd: Int32 = -1
    private var identity: (dev: UInt64, ino: UInt64)?
    /// Whether this writer holds the log's lock from its read to its append (see `takeTurn`).
    private var holdsTurn = false

    /// Opens the file. With `create`, a missing file becomes a new, empty log (owner-only). A link, a file that
    /// is not regular, another user's, or one writable by others is refused.
    public init(path: String, access: LiveNetwork.Access = .write, create: Bool = false,
                fileSystem: LogFileSystem = SystemFileSystem()) throws(LogError) {
        location = path
        self.access = access
        self.fileSystem = fileSystem
        if try FileSafety.check(path: path) == nil {
            guard create else { throw .io(path: path, operation: "open", code: ENOENT) }
            try Posix.makeDirectories(Posix.directory(of: path))
            try FileEventStore.write(path: path, bytes: LogFormat.newHeader(created: .now()).bytes)
            notices.append(.created(path))
        }
        var fd = Glibc.open(path, (access == .write ? O_RDWR | O_APPEND : O_RDONLY) | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 && access == .write && (errno == EACCES || errno == EROFS) {
            fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            readOnly = .noWritePermission
        }
        guard fd >= 0 else { throw errno == ELOOP ? .unsafeFile(path: path, reason: .symlink) : Posix.fail(path, "open") }
        self.fd = fd
        try FileSafety.check(fd: fd, path: path)
        if let id = Posix.identity(fd: fd) { identity = (id.dev, id.ino) }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Writes a new file with these bytes, owner-only and synced. Refuses to overwrite an existing file.
    public static func create(path: String, bytes: [UInt8]) throws(LogError) {
        try write(path: path, bytes: bytes)
    }

    static func write(path: String, bytes: [UInt8]) throws(LogError) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0 && errno == EEXIST { throw .fileExists(path) }
        guard fd >= 0 else { throw Posix.fail(path, "open") }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        do {
            try Posix.writeAll(fd: fd, bytes, path: path)
            try Posix.dataSync(fd: fd, path: path)
            try Posix.syncDirectory(of: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    public func read(from offset: Int) throws(LogError) -> [UInt8] { try Posix.readAll(fd: fd, from: offset, path: location) }

    public func read(from offset: Int, count: Int) throws(LogError) -> [UInt8] {
        try Posix.read(fd: fd, from: offset, count: count, path: location)
    }

    public func checkIdentity(covering offset: Int) throws(LogError) {
        guard let now = Posix.identity(path: location), let mine = Posix.identity(fd: fd),
              let identity, now.dev == identity.dev, now.ino == identity.ino, mine.size >= offset
        else { throw .replaced(location) }
    }

    /// A writer that lost a race takes the log's lock before it reads again and keeps it until its append is done,
    /// so a long write (an import that takes seconds to decide) cannot lose again and again to quick ones: they
    /// wait for it, the way they wait for each other's appends. A writer that has not lost takes no turn.
    public func takeTurn(afterConflict: Bool) {
        guard afterConflict, !holdsTurn, access == .write, readOnly == nil else { return }
        holdsTurn = (try? Posix.lock(fd: fd, path: location)) != nil
    }

    public func endTurn() {
        guard holdsTurn else { return }
        holdsTurn = false
        Posix.unlock(fd: fd)
    }

    public func zeroTail(after offset: Int) throws(LogError) -> (start: Int, end: Int)? {
        try Posix.zeroTail(fd: fd, after: offset, path: location).map { ($0.start, $0.size) }
    }

    public func append(_ lines: [UInt8], at offset: Int) throws(LogError) {
        if let readOnly { throw .readOnly(readOnly) }
        guard access == .write else { throw .readOnly(.openedForReading) }
        try Posix.lock(fd: fd, path: location)
        defer { if !holdsTurn { Posix.unlock(fd: fd) } }
        try checkIdentity(covering: offset)
        try setTailAside(at: offset)
        do {
            try fileSystem.write(fd: fd, lines, path: location)
        } catch {
            // Nothing half-written stays behind; if it cannot be cut off, the next reader finds an incomplete line,
            // which was never confirmed.
            _ = try? fileSystem.truncate(fd: fd, to: offset, path: location)
            _ = fsync(fd)
            throw error
        }
        do {
            try fileSystem.sync(fd: fd, path: location)
        } catch {
            // The lines are whole in the file, but the disk did not confirm them. They are taken back and the write
            // fails, or, when they cannot be taken back, they count as written and the user hears why: never both,
            // so a retry cannot write them twice.
            if (try? fileSystem.truncate(fd: fd, to: offset, path: location)) != nil, Posix.identity(fd: fd)?.size == offset {
                _ = fsync(fd)
                throw error
            }
            notices.append(.writeNotConfirmed(path: location, problem: error))
        }
    }

    /// Under the lock: what follows the last complete line is a crashed writer's fragment, or zeros where the file
    /// grew before its data landed. It is moved to one side file and cut off; whole lines there are another
    /// writer's (a conflict); anything else is damage. Zeros are not copied: the side file is made as long, as a
    /// hole, so gigabytes of them cost neither memory nor time.
    private func setTailAside(at offset: Int) throws(LogError) {
        guard let size = Posix.identity(fd: fd)?.size, size > offset else { return }
        let zeros: Bool, fragment: [UInt8]
        if let z = try Posix.zeroTail(fd: fd, after: offset, path: location), z.start == offset {
            zeros = true
            fragment = []
        } else {
            fragment = try Posix.read(fd: fd, from: offset, count: min(size - offset, LogFormat.recordLimit + 1), path: location)
            if fragment.contains(10) { throw .conflict }
            if size - offset > LogFormat.recordLimit { throw .damaged(line: 0, offset: offset, problem: .garbage(bytes: size - offset)) }
            switch Tail.kind(fragment[...]) {
            case .garbage: throw .damaged(line: 0, offset: offset, problem: .garbage(bytes: fragment.count))
            case .zeros: zeros = true
            case .partialRecord: zeros = false
            }
        }
        let side = location + ".torn-" + Timestamp.now().iso.replacingOccurrences(of: ":", with: "")
        let sfd = Glibc.open(side, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard sfd >= 0 else { throw Posix.fail(side, "open") }
        defer { close(sfd) }
        do throws(LogError) {
            if zeros {
                guard ftruncate(sfd, off_t(size - offset)) == 0 else { throw Posix.fail(side, "ftruncate") }
            } else {
                try Posix.writeAll(fd: sfd, fragment, path: side)
            }
            try Posix.dataSync(fd: sfd, path: side)
            try fileSystem.truncate(fd: fd, to: offset, path: location)
            try Posix.dataSync(fd: fd, path: location)
        } catch {
            // No side file is left for a tail that is still in the log: the next try makes the one it keeps.
            unlink(side)
            throw error
        }
        notices.append(.tornTailRecovered(bytes: size - offset, line: lines(before: offset) + 1, savedTo: side, zeros: zeros))
    }

    /// How many lines end before a byte offset (for the notice's line number).
    private func lines(before offset: Int) -> Int {
        ((try? Posix.read(fd: fd, from: 0, count: offset, path: location)) ?? []).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    public func reopened() throws(LogError) -> EventStore {
        try FileEventStore(path: location, access: access, create: false, fileSystem: fileSystem)
    }

    public func takeNotices() -> [LogNotice] {
        defer { notices = [] }
        return notices
    }
}
