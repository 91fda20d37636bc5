/// A backend in memory, for tests of the whole dashboard loop in one process: it plays a script of input, keeps
/// every grid the loop drew, and ends the loop when the script runs out.
public final class TestBackend: Backend {
    public enum Step {
        case input(InputEvent)
        /// No input this turn: the loop reads other writers' appends and tends its background work.
        case idle
        /// Something happening outside the dashboard (another process writing, say), then an idle turn.
        case outside(() -> Void)
        /// The screen changes size; the loop is told with a resize event.
        case resize(width: Int, height: Int)
    }

    public private(set) var size: (width: Int, height: Int)
    /// Every grid the loop drew, in order.
    public private(set) var frames: [Grid] = []
    /// How many cells each draw changed, from `Grid.diff`.
    public private(set) var changedCells: [Int] = []
    public private(set) var ended = false
    private var script: [Step]

    public init(width: Int = 80, height: Int = 24, script: [Step]) {
        size = (width, height)
        self.script = script.reversed()
    }

    /// Keys in a row, as a script.
    public static func keys(_ keys: [Key]) -> [Step] { keys.map { .input(.key($0)) } }
    public static func typing(_ text: String) -> [Step] { text.map { .input(.key(.char($0))) } }

    public var lastFrame: Grid? { frames.last }

    public func draw(_ grid: Grid) {
        changedCells.append(grid.diff(from: frames.last).count)
        frames.append(grid)
    }

    public func read(timeout ms: Int32) -> InputEvent? {
        guard let step = script.popLast() else { return .closed }
        switch step {
        case .input(let e): return e
        case .idle: return nil
        case .outside(let happen): happen(); return nil
        case .resize(let w, let h): size = (w, h); return .resize
        }
    }

    public func end() { ended = true }
    public var waitsForWrites: Bool { true }
}
