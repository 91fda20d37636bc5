import Foundation
import Wording

/// Output files: never the log or one of its side files (however the path reaches it), written whole to a new
/// file readable by its owner only, synced, and renamed into place, so a reader sees the old file or the new one.
/// A path that names something other than a regular file (a terminal, a pipe, `/dev/null`, `/dev/full`) is
/// written into as it is, every byte checked, and never replaced.
enum Output {
    static func write(_ data: Data, to path: String?, log: String, _ words: Catalogue) throws {
        guard let path else { Console.out([UInt8](data)); return }
        if let clash = clash(path, log: log) { throw Failure(message: words(.cliOutIsLog, path, clash), code: Exit.refused) }
        var st = stat()
        let special = stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG && (st.st_mode & S_IFMT) != S_IFDIR
        let failed = special ? inPlace(data, to: path) : atomically(data, to: path)
        if failed != 0 { throw Failure(message: words(.errIO, path, words.operation("write"), words.systemError(failed)), code: Exit.refused) }
    }

    /// The log file or side file the output would land on, if any: the same file (device and inode, also through a
    /// link or another path), or a name the log owns (`<log>.snapshot…`, `<log>.torn-…`).
    static func clash(_ out: String, log: String) -> String? {
        let target = canonical(out), logPath = canonical(log)
        if target == logPath || target.hasPrefix(logPath + ".snapshot") || target.hasPrefix(logPath + ".torn-") { return log }
        var o = stat()
        guard stat(out, &o) == 0 else { return nil }
        for side in [log, log + ".snapshot", log + ".snapshot.new"] {
            var s = stat()
            if stat(side, &s) == 0, s.st_dev == o.st_dev, s.st_ino == o.st_ino { return side }
        }
        return nil
    }

    /// The path with its directory resolved (links and `..`), so two spellings of one place compare equal.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let dir = (absolute as NSString).deletingLastPathComponent, name = (absolute as NSString).lastPathComponent
        guard let real = realpath(dir, nil) else { return absolute }
        defer { free(real) }
        return String(cString: real) + "/" + name
    }

    /// Writes into a device or pipe as it is. Returns 0, or the errno of what failed.
    static func inPlace(_ data: Data, to path: String) -> Int32 {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        return data.withUnsafeBytes { buf -> Int32 in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 { if errno == EINTR { continue }; return errno }
                if n == 0 { return EIO }
                done += n
            }
            return 0
        }
    }

    /// Returns 0, or the errno of what failed (nothing is left behind then).
    static func atomically(_ data: Data, to path: String) -> Int32 {
        let dir = (canonical(path) as NSString).deletingLastPathComponent
        var template = Array((dir + "/.tavle-out-XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return errno }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var ok = false
        defer { if !ok { unlink(temporary) } }
        _ = fchmod(fd, 0o600)
        let written = data.withUnsafeBytes { buf -> Bool in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 { if errno == EINTR { continue }; return false }
                done += n
            }
            return true
        }
        let synced = written && fsync(fd) == 0
        let error = errno
        close(fd)
        guard synced else { return error == 0 ? EIO : error }
        guard rename(temporary, path) == 0 else { return errno }
        ok = true
        let dfd = open(dir, O_RDONLY | O_DIRECTORY)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
        return 0
    }
}
