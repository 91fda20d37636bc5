import Wording
/// A line of styled segments, for views that are lists of text.
struct Line: Sendable {
    var segments: [(String, Style)]
    init(_ segments: [(String, Style)]) { self.segments = segments }
    init(_ text: String, _ style: Style = .plain) { segments = [(text, style)] }
    static let blank = Line("")

    func draw(x: Int, y: Int, limit: Int, _ g: inout Grid) {
        var col = x
        for (text, style) in segments {
            let room = x + limit - col
            guard room > 0 else { return }
            col += g.put(text, x: col, y: y, style: style, limit: room)
        }
    }
}

extension Grid {
    /// Draws lines from `offset` into a rectangle.
    mutating func draw(_ lines: [Line], in r: Rect, offset: Int = 0) {
        for (i, line) in lines.dropFirst(offset).prefix(r.height).enumerated() {
            line.draw(x: r.x, y: r.y + i, limit: r.width, &self)
        }
    }
}
