import Foundation
import Wording

/// Standard output and error, written so that they tell the truth: every byte is written (a short write is
/// continued), a failed write to standard output ends the command with exit status 1 and says why on standard error,
/// and a failed write to standard error is ignored. Nothing here can trap, whatever the descriptors are.
enum Console {
    /// Whether the command started with standard output or error closed (`>&-`): /dev/null then holds their numbers,
    /// so that no file the command opens (the log!) can take them, and a write to them is a failure.
    nonisolated(unsafe) static var closed: Set<Int32> = []

    /// Run first: 0, 1 and 2 are always open from here on.
    static func guardDescriptors() {
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let n = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if n >= 0, n != fd { dup2(n, fd); close(n) }
            closed.insert(fd)
        }
    }

    /// Writes all of `bytes` to `fd`; 0, or the errno of the write that failed.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        if closed.contains(fd) { return EBADF }
        return bytes.withUnsafeBytes { buf -> Int32 in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return errno
                }
                if n == 0 { return EIO }
                done += n
            }
            return 0
        }
    }

    /// Standard output: on failure the command ends here, with exit status 1.
    static func out(_ bytes: [UInt8]) {
        let failed = writeAll(1, bytes)
        guard failed != 0 else { return }
        err(HelpLanguage.catalogue(.errStandardOutput, reason(failed)) + "\n")
        exit(Exit.refused)
    }

    static func out(_ text: String) { out(Array(text.utf8)) }

    /// Standard error: best effort.
    static func err(_ text: String) { _ = writeAll(2, Array(text.utf8)) }

    /// Why a write failed, in the interface language where Tavle knows the cause.
    static func reason(_ code: Int32) -> String {
        HelpLanguage.catalogue.systemError(code)
    }
}
