import Domain
import Wording

/// A yes/no question before a change is written. `n` returns to `back` (the form or list it came from).
public struct Confirmation: Dialog {
    public var question: String
    public var commands: [Command]
    public var back: Overlay?
    /// How far a long question is scrolled.
    public var scroll = 0
    public init(question: String, command: Command, back: Overlay? = nil) { self.question = question; commands = [command]; self.back = back }
    public init(question: String, commands: [Command], back: Overlay? = nil) { self.question = question; self.commands = commands; self.back = back }
    public var command: Command { commands[0] }
    var overlay: Overlay { .confirm(self) }

    func take(_ key: Key, _ m: inout Model) {
        let layout = self.layout(m)
        if let to = DialogFrame.scroll(key, at: scroll, rows: layout.lines.count, fits: layout.fits) {
            var d = self; d.scroll = to; m.overlay = d.overlay
            return
        }
        switch key {
        case .char("j"), .char("y"), .char("J"), .char("Y"):
            m.overlay = nil
            m.writes.sentFrom = back
            m.writes.outbox += commands
        // No keeps what was typed or chosen: back to the form or list the question came from.
        case .char("n"), .char("N"), .escape: m.overlay = back
        case .ctrl("c"): m.overlay = nil
        default: break
        }
    }

    /// The question wrapped, and how many of its lines the screen has room for.
    func layout(_ m: Model) -> (width: Int, lines: [String], fits: Int) {
        let w = min(m.width - 4, max(40, min(100, question.displayWidth + 6)))
        let lines = question.wrapped(to: w - 4)
        return (w, lines, max(1, min(m.height - 2, lines.count + 5) - 5))
    }

    /// The question in full, wrapped to as many lines as it needs; scrolled with ↑/↓ when the screen is shorter.
    func draw(_ m: Model, into g: inout Grid) {
        let (w, lines, fits) = layout(m)
        let r = DialogFrame.centred(width: w, height: fits + 5, title: "?", &g)
        let from = min(scroll, max(0, lines.count - fits))
        let shown = lines.dropFirst(from).prefix(fits)
        for (i, line) in shown.enumerated() {
            g.put(line, x: r.x + 2, y: r.y + 2 + i, style: Style(.text, .bold), limit: r.width - 4)
        }
        g.put(m.text(.confirmHint), x: r.x + 2, y: r.y + 3 + shown.count, style: Style(.muted), limit: r.width - 4)
        DialogFrame.scrolled(from: from, fits: fits, of: lines.count, r, m, &g)
    }
}
