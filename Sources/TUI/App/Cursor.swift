import Wording
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

extension Cursor {
    /// The keys every list takes: ↑/k and ↓/j by one, PgUp/ctrl-b and PgDn/ctrl-f by a page, g/Home and G/End
    /// to the ends. Returns whether the key was one of them.
    public mutating func take(_ key: Key, count: Int, page: Int) -> Bool {
        let delta: Int
        switch key {
        case .up, .char("k"): delta = -1
        case .down, .char("j"): delta = 1
        case .pageUp, .ctrl("b"): delta = -max(1, page)
        case .pageDown, .ctrl("f"): delta = max(1, page)
        case .home, .char("g"): delta = -Int.max / 2
        case .end, .char("G"): delta = Int.max / 2
        default: return false
        }
        move(by: delta, count: count, height: page)
        return true
    }

    /// "34–56 of 76": the rows a window of `height` shows, once the list is longer than it.
    public func position(count: Int, height: Int) -> (first: Int, last: Int)? {
        guard count > height, height > 0 else { return nil }
        var c = self
        c.keepVisible(count: count, height: height)
        return (c.scroll + 1, min(count, c.scroll + height))
    }
}
