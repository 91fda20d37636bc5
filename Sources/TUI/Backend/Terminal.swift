import CNcursesw
import Glibc

/// The thin ncurses backend: it copies a `Grid` to the screen and reads keys. Nothing else.
public final class Terminal: Backend {
    private var pairs: [Int: Int16] = [:]
    private var colors = 8
    private let theme: Theme
    private var previous: Grid?

    /// Starts curses in raw mode with a 25 ms ESC delay. Falls back to C.UTF-8 if the locale is not UTF-8.
    public init(theme: Theme, mouse: Bool) throws {
        self.theme = theme
        setlocale(LC_ALL, "")
        if tavle_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        TerminalGuard.saveModes()
        guard initscr() != nil else { throw TerminalError.cannotStart }
        TerminalGuard.install()
        raw()
        noecho()
        nonl()
        keypad(tavle_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if mouse { tavle_enable_mouse(1) }
        if theme.usesColor, has_colors() {
            start_color()
            use_default_colors()
            colors = Int(tavle_colors())
        }
    }

    /// Restores the terminal. Safe to call twice.
    public func end() {
        TerminalGuard.restore()
    }

    public var size: (width: Int, height: Int) { (Int(tavle_cols()), Int(tavle_rows())) }

    /// Copies changed cells to the screen; after a resize, all of them.
    public func draw(_ grid: Grid) {
        if previous.map({ $0.width != grid.width || $0.height != grid.height }) ?? true { erase() }
        for change in grid.diff(from: previous) where !change.cell.text.isEmpty { put(change.cell, x: change.x, y: change.y) }
        previous = grid
        refresh()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let paint = theme.paint(cell.style.role)
        let attrs = paint.attributes.union(cell.style.attributes)
        var a = tavle_a_normal()
        if attrs.contains(.bold) { a |= tavle_a_bold() }
        if attrs.contains(.dim) { a |= tavle_a_dim() }
        if attrs.contains(.underline) { a |= tavle_a_underline() }
        if attrs.contains(.reverse) { a |= tavle_a_reverse() }
        if attrs.contains(.italic) { a |= tavle_a_italic() }
        let pair = theme.usesColor ? pairNumber(paint) : 0
        var wide = Array(cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) })
        wide.append(0)
        _ = tavle_put(Int32(y), Int32(x), wide, a, pair)
    }

    private func pairNumber(_ p: Paint) -> Int16 {
        let fg = ColorMapper.index(p.foreground, colors: colors)
        let bg = ColorMapper.index(p.background, colors: colors)
        if fg == -1 && bg == -1 { return 0 }
        let key = (fg + 1) * 1000 + (bg + 1)
        if let n = pairs[key] { return n }
        let n = Int16(pairs.count + 1)
        guard Int32(n) < tavle_color_pairs() else { return 0 }
        init_pair(n, Int16(fg), Int16(bg))
        pairs[key] = n
        return n
    }

    /// Waits up to `timeout` ms for input.
    public func read(timeout ms: Int32) -> InputEvent? {
        timeout(ms)
        var ch: wint_t = 0
        let r = tavle_get_wch(&ch)
        if r == tavle_err() { return Self.hungUp() ? .closed : nil }
        if r == tavle_key_code_yes() {
            if Int32(ch) == tavle_key_resize() { return .resize }
            if Int32(ch) == tavle_key_mouse() {
                var x: Int32 = 0, y: Int32 = 0
                switch tavle_get_mouse(&x, &y) {
                case 1: return .mouse(MouseEvent(.click, x: Int(x), y: Int(y)))
                case 2: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
                case 3: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
                default: return nil
                }
            }
            return KeyDecoder.function(Int32(ch)).map(InputEvent.key)
        }
        return KeyDecoder.character(UInt32(ch)).map(InputEvent.key)
    }
}

extension Terminal {
    /// The terminal is gone (its window closed, the connection dropped) and no input will ever come.
    static func hungUp() -> Bool {
        var p = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) == 1 && p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}

public enum TerminalError: Error, Equatable {
    case notATerminal, cannotStart
}
