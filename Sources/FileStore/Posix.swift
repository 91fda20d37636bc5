import Domain
import Glibc

/// Thin, throwing wrappers over the system calls the log needs.
enum Posix {
    static func fail(_ path: String, _ op: String) -> LogError { .io(path: path, operation: op, code: errno) }

    static func readAll(fd: Int32, from offset: Int, path: String) throws(LogError) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail(path, "fstat") }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        return try read(fd: fd, from: offset, count: size - offset, path: path)
    }

    /// Reads `count` bytes at `offset`, or fewer at the end of the file.
    static func read(fd: Int32, from offset: Int, count: Int, path: String) throws(LogError) -> [UInt8] {
        // Read straight into the array's storage: no zeroing first, which costs as much as the read.
        var error: Int32 = 0
        let out = [UInt8](unsafeUninitializedCapacity: max(0, count)) { buffer, got in
            while got < buffer.count {
                let n = pread(fd, buffer.baseAddress! + got, buffer.count - got, off_t(offset + got))
                if n < 0 { if errno == EINTR { continue }; error = errno; break }
                if n == 0 { break }
                got += n
            }
        }
        if error != 0 { errno = error; throw fail(path, "pread") }
        return out
    }

    /// Writes all bytes, however many calls it takes: a short write (a signal, a write over 2 GiB) is continued;
    /// only an error, or a write that takes nothing, stops it.
    static func writeAll(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw fail(path, "write") }
            if n == 0 { errno = ENOSPC; throw fail(path, "write") }
            done += n
        }
    }

    /// The zeros a file ends in after `offset`: where they start, and the file's size. Holes are skipped with
    /// `SEEK_DATA`/`SEEK_HOLE` and written zeros read backwards in pieces, so a tail of gigabytes of zeros costs
    /// neither its size in memory nor a read of all of it when it is a hole. Nil when the file does not end in a zero.
    /// Linux's `SEEK_DATA` and `SEEK_HOLE`, which Glibc's module does not export.
    static let seekData: Int32 = 3, seekHole: Int32 = 4

    static func zeroTail(fd: Int32, after offset: Int, path: String) throws(LogError) -> (start: Int, size: Int)? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail(path, "fstat") }
        let size = Int(st.st_size)
        guard size > offset else { return nil }
        // The usual case, a log that ends in a newline (or any other byte), costs one byte's read.
        if try read(fd: fd, from: size - 1, count: 1, path: path).first != 0 { return nil }
        // The data extents from `offset`; a file system without SEEK_DATA reports one extent, the whole file.
        var extents: [(Int, Int)] = []
        var at = offset
        while at < size {
            let data = lseek(fd, off_t(at), seekData)
            if data < 0 {
                if errno == ENXIO { break }
                extents = [(offset, size)]; break
            }
            let hole = lseek(fd, data, seekHole)
            let end = hole < 0 ? size : min(size, Int(hole))
            extents.append((Int(data), end))
            at = end
        }
        // The last non-zero byte, from the end backwards.
        var piece = 4 << 10
        for (start, end) in extents.reversed() {
            var hi = end
            while hi > start {
                // Pieces that grow to a megabyte: a short run of zeros is read in one small piece.
                let lo = max(start, hi - piece)
                piece = min(piece * 2, 1 << 20)
                let bytes = try read(fd: fd, from: lo, count: hi - lo, path: path)
                if let last = bytes.lastIndex(where: { $0 != 0 }) {
                    let zerosFrom = lo + last + 1
                    return zerosFrom < size ? (zerosFrom, size) : nil
                }
                hi = lo
            }
        }
        return (offset, size)
    }

    static func dataSync(fd: Int32, path: String) throws(LogError) {
        guard fdatasync(fd) == 0 else { throw fail(path, "fdatasync") }
    }

    static func syncDirectory(of path: String) throws(LogError) {
        let dir = directory(of: path)
        let dfd = open(dir, O_RDONLY | O_DIRECTORY)
        guard dfd >= 0 else { throw fail(dir, "open") }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw fail(dir, "fsync") }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    /// Creates missing parent directories, readable by the owner only.
    static func makeDirectories(_ dir: String) throws(LogError) {
        var current = dir.hasPrefix("/") ? "" : "."
        for part in dir.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST { throw fail(current, "mkdir") }
        }
    }

    static func lock(fd: Int32, path: String) throws(LogError) {
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw fail(path, "flock") }
        }
    }

    static func unlock(fd: Int32) { _ = flock(fd, LOCK_UN) }

    static func identity(fd: Int32) -> (dev: UInt64, ino: UInt64, size: Int)? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino), Int(st.st_size))
    }

    static func identity(path: String) -> (dev: UInt64, ino: UInt64, size: Int)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino), Int(st.st_size))
    }
}
