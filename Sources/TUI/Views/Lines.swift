import Wording
/// A line of styled segments, for views that are lists of text.
struct Line: Sendable {
    var segments: [(String, Style)]
    /// What the line heads, where it is a heading: 1 a section, 2 a part of one (a page's title says where its top
    /// is by them, and a pane too short for a section leaves its heading out).
    var headingLevel: Int? = nil
    init(_ segments: [(String, Style)], heading level: Int? = nil) { self.segments = segments; headingLevel = level }
    init(_ text: String, _ style: Style = .plain, heading level: Int? = nil) { segments = [(text, style)]; headingLevel = level }
    /// The heading's words, without the indent it is drawn with.
    var headingText: String { (segments.first?.0 ?? "").trimmingCharacters(in: .whitespaces) }
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
