/// What the dashboard loop needs from a screen: its size, a way to show a grid, and input. The ncurses
/// `Terminal` is one; `TestBackend` is another, for in-process tests of the whole loop.
public protocol Backend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows the grid; only cells that changed since the last one need to be sent.
    func draw(_ grid: Grid)
    /// Waits up to `timeout` ms for input; nil when nothing came.
    func read(timeout ms: Int32) -> InputEvent?
    /// Gives the screen back (restores the terminal). Safe to call twice.
    func end()
    /// Whether input is a script that does not wait for the program (a test's): then each write is waited for
    /// before the next step, so a script's frames are the same on every run. A person's terminal keeps answering
    /// keys while a write waits.
    var waitsForWrites: Bool { get }
}

extension Backend {
    public var waitsForWrites: Bool { false }
}

/// Input the loop reacts to.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize
    /// The input is gone for good (the terminal closed, a test's script ran out): the loop ends.
    case closed
}
