import CNcursesw
import Glibc

/// Restores the terminal on every way out: quit, Ctrl-C, SIGTERM, SIGHUP and crashes.
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
                _exit(128 + sig)
            }
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { sig in
                TerminalGuard.restore()
                signal(sig, SIG_DFL)
                raise(sig)
            }
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
