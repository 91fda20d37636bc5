/// A selection in a scrolling list: which row, and the first row shown.
public struct Cursor: Sendable, Equatable {
    public var selected = 0
    public var scroll = 0

    public init() {}

    /// Moves by `delta` within `count` rows, keeping the selection inside a window of `height` rows.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else { selected = 0; scroll = 0; return }
        selected = max(0, min(count - 1, selected + delta))
        keepVisible(count: count, height: height)
    }

    public mutating func keepVisible(count: Int, height: Int) {
        let h = max(1, height)
        selected = max(0, min(selected, max(0, count - 1)))
        if selected < scroll { scroll = selected }
        if selected >= scroll + h { scroll = selected - h + 1 }
        scroll = max(0, min(scroll, max(0, count - h)))
    }
}
