/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// The name used in the key table, the help overlay and the config file: "q", "ctrl-c", "pgdn".
    public var name: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .home: return "home"
        case .end: return "end"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .function(let n): return "f\(n)"
        }
    }

    /// Short form for the status bar and help: arrows as symbols.
    public var label: String {
        switch self {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "⏎"
        default: return name
        }
    }

    /// Parses a key name as the config file writes it.
    public init?(name: String) {
        let n = name.lowercased()
        let named: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter, "return": .enter,
            "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backspace": .backspace,
            "delete": .delete, "space": .char(" "),
        ]
        if let k = named[n] { self = k; return }
        if n.hasPrefix("ctrl-"), n.count == 6, let c = n.last, c.isLetter { self = .ctrl(c); return }
        if n.hasPrefix("f"), let num = Int(n.dropFirst()), (1...12).contains(num) { self = .function(num); return }
        if name.count == 1, let c = name.first { self = .char(c); return }
        return nil
    }
}
