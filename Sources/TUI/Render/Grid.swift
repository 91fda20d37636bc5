import Wording
/// Text attributes a cell can carry besides colour.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1)
    public static let dim = Attributes(rawValue: 2)
    public static let underline = Attributes(rawValue: 4)
    public static let reverse = Attributes(rawValue: 8)
    public static let italic = Attributes(rawValue: 16)
}

/// How a cell looks: a theme role for colour, plus attributes.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: Attributes
    public init(_ role: Role = .text, _ attributes: Attributes = []) { self.role = role; self.attributes = attributes }
    public static let plain = Style()
}

/// One terminal cell. A wide character's second column holds an empty `text`.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public static let blank = Cell(text: " ", style: .plain)
}

public struct Rect: Hashable, Sendable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) { self.x = x; self.y = y; self.width = width; self.height = height }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public func inset(_ d: Int) -> Rect { Rect(x: x + d, y: y + d, width: max(0, width - 2 * d), height: max(0, height - 2 * d)) }
}

/// An in-memory screen that views draw into; the backend copies it to the terminal.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { if x >= 0, y >= 0, x < width, y < height { cells[y * width + x] = newValue } }
    }

    /// Writes text from (x, y), cut with an ellipsis to `limit` columns. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let room = min(limit ?? (width - x), width - x)
        guard room > 0 else { return 0 }
        var col = x
        for c in text.truncated(to: room) {
            let w = c.displayWidth
            guard w > 0 else { continue }
            if col >= 0 {
                self[col, y] = Cell(text: String(c), style: style)
                if w == 2 { self[col + 1, y] = Cell(text: "", style: style) }
            }
            col += w
        }
        return col - x
    }

    public mutating func fill(_ r: Rect, style: Style = .plain, with text: String = " ") {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.maxX) { self[x, y] = Cell(text: text, style: style) }
        }
    }

    /// Sets the style of a row segment, keeping its characters.
    public mutating func restyle(_ r: Rect, style: Style) {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.maxX) { cells[y * width + x].style = style }
        }
    }

    /// A frame with an optional title in its top edge.
    public mutating func box(_ r: Rect, title: String? = nil, style: Style = Style(.border), titleStyle: Style = Style(.header, .bold)) {
        guard r.width >= 2, r.height >= 2 else { return }
        for x in (r.x + 1)..<(r.maxX - 1) {
            self[x, r.y] = Cell(text: "─", style: style)
            self[x, r.maxY - 1] = Cell(text: "─", style: style)
        }
        for y in (r.y + 1)..<(r.maxY - 1) {
            self[r.x, y] = Cell(text: "│", style: style)
            self[r.maxX - 1, y] = Cell(text: "│", style: style)
        }
        self[r.x, r.y] = Cell(text: "┌", style: style)
        self[r.maxX - 1, r.y] = Cell(text: "┐", style: style)
        self[r.x, r.maxY - 1] = Cell(text: "└", style: style)
        self[r.maxX - 1, r.maxY - 1] = Cell(text: "┘", style: style)
        if let title, r.width > 4 {
            put(" \(title) ", x: r.x + 1, y: r.y, style: titleStyle, limit: r.width - 2)
        }
    }

    /// The cells that differ from `previous`, row by row: all of them when there is none or its size differs.
    public func diff(from previous: Grid?) -> [(x: Int, y: Int, cell: Cell)] {
        let full = previous.map { $0.width != width || $0.height != height } ?? true
        var out: [(x: Int, y: Int, cell: Cell)] = []
        for i in cells.indices where full || previous!.cells[i] != cells[i] { out.append((i % width, i / width, cells[i])) }
        return out
    }

    /// The characters only, one line per row, for tests and captures.
    public var text: String {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width { line += cells[row * width + x].text }
            return line
        }.joined(separator: "\n")
    }

    /// The same, with trailing spaces dropped from each line.
    public var trimmedText: String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }
}
