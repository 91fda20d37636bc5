import Domain
import Glibc

/// The checks every log and side file passes before Tavle reads or writes it.
enum FileSafety {
    /// Checks the path itself, without following a link. Nil when there is no file.
    static func check(path: String) throws(LogError) -> stat? {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            if errno == ENOENT { return nil }
            throw Posix.fail(path, "lstat")
        }
        if (st.st_mode & S_IFMT) == S_IFLNK { throw .unsafeFile(path: path, reason: .symlink) }
        try check(st, path)
        return st
    }

    /// Checks an open descriptor: the file it is, whatever happened to the path in between.
    static func check(fd: Int32, path: String) throws(LogError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Posix.fail(path, "fstat") }
        try check(st, path)
    }

    static func check(_ st: stat, _ path: String) throws(LogError) {
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unsafeFile(path: path, reason: .notRegular) }
        guard st.st_uid == geteuid() else { throw .unsafeFile(path: path, reason: .otherOwner(uid: st.st_uid)) }
        guard st.st_mode & 0o022 == 0 else { throw .unsafeFile(path: path, reason: .writableByOthers(mode: st.st_mode & 0o777)) }
    }

    /// Opens a side file (a snapshot) for reading without following a link or blocking on a FIFO; nil when it is
    /// missing; an error when it is not a regular file of this user's.
    static func openSideFile(_ path: String) throws(LogError) -> Int32? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw .unsafeFile(path: path, reason: .symlink) }
            throw Posix.fail(path, "open")
        }
        do { try check(fd: fd, path: path) } catch { close(fd); throw error }
        return fd
    }
}
