import Wording

/// A list entry of several lines: a head (the line that is selected) wrapped in full, and a body below it, indented.
/// Lists of blocks scroll by whole entries and keep the selected one in view.
struct Block {
    let head: String
    let body: [String]
    let style: Style

    func lines(_ width: Int) -> [String] { head.wrapped(to: width - 2) }

    static func draw(_ blocks: [Block], _ cursor: Cursor, in r: Rect, frame: Rect, _ m: Model, _ g: inout Grid) {
        guard !blocks.isEmpty, r.height > 0 else { return }
        let heights = blocks.map { $0.lines(r.width).count + $0.body.count }
        let selected = min(max(0, cursor.selected), blocks.count - 1)
        // From the cursor's first entry, moved down just enough that the selected one fits.
        var top = min(cursor.scroll, selected)
        while top < selected, heights[top...selected].reduce(0, +) > r.height { top += 1 }
        var y = r.y, last = top
        for i in top..<blocks.count {
            guard y + min(heights[i], 1) <= r.maxY, y < r.maxY else { break }
            let b = blocks[i]
            for line in b.lines(r.width) where y < r.maxY {
                g.put(" " + line.padded(to: r.width - 2) + " ", x: r.x, y: y, style: i == selected ? Style(.selection) : Style(.text, .bold))
                y += 1
            }
            for line in b.body where y < r.maxY {
                g.put("   " + line, x: r.x, y: y, style: b.style, limit: r.width)
                y += 1
            }
            last = i
        }
        guard top > 0 || last < blocks.count - 1 else { return }
        let label = " " + m.text(.listPosition, m.text.grouped(top + 1), m.text.grouped(last + 1), m.text.grouped(blocks.count)) + " "
        g.put(label, x: frame.maxX - 2 - label.displayWidth, y: frame.maxY - 1, style: Style(.accent))
    }
}
