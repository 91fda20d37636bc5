import CNcursesw
import Glibc

/// Restores the terminal on every way out: quit, Ctrl-C, SIGTERM, SIGHUP and crashes; and on a signal's way out
/// removes what the normal way out would have (`removeOnSignal`).
enum TerminalGuard {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var haveSaved = false
    nonisolated(unsafe) static var active = false

    static func saveModes() {
        haveSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    static func install() {
        active = true
        for sig in [SIGTERM, SIGINT, SIGHUP, SIGQUIT] {
            signal(sig) { sig in
                TerminalGuard.restore()
                TerminalGuard.removeLeftovers()
                _exit(128 + sig)
            }
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { sig in
                TerminalGuard.restore()
                TerminalGuard.removeLeftovers()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    /// What a signal's way out removes too (the demo's temporary copy of its network, which the normal way out
    /// removes itself): made C strings beforehand, as a signal handler may only unlink and rmdir. Files first,
    /// their directory last.
    nonisolated(unsafe) static var leftovers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    nonisolated(unsafe) static var leftoverCount = 0

    static func removeOnSignal(_ paths: [String]) {
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(1, paths.count))
        for (i, path) in paths.enumerated() { list[i] = strdup(path) }
        leftoverCount = 0
        leftovers = list
        leftoverCount = paths.count
    }

    /// From a signal handler: unlink and rmdir only.
    static func removeLeftovers() {
        guard let list = leftovers else { return }
        for i in 0..<leftoverCount {
            guard let path = list[i] else { continue }
            if unlink(path) != 0 { rmdir(path) }
        }
    }

    /// Leaves curses and puts back the modes the shell had.
    static func restore() {
        guard active else { return }
        active = false
        endwin()
        if haveSaved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}
