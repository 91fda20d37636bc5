import Wording

/// The `/` filter line of the list on view, applied as it is typed; the text lives in the screen's state.
public struct FilterLine: Dialog {
    var overlay: Overlay { .filter(self) }

    func take(_ key: Key, _ m: inout Model) {
        let screen = m.view.screen
        let text = screen.filterText(m) ?? ""
        switch key {
        case .escape:
            let keep = m.view == .schools ? m.selectedSchool : nil
            screen.setFilter(&m, ""); m.overlay = nil
            if let keep { m.applySchoolFilter(keeping: keep) }
        case .enter: m.overlay = nil
        case .backspace: screen.setFilter(&m, String(text.dropLast()))
        case .ctrl("u"): screen.setFilter(&m, "")
        case .up, .down: m.moveCursor(by: key == .up ? -1 : 1)
        case .char(let c): screen.setFilter(&m, text + String(c))
        case .ctrl("c"): m.overlay = nil
        default: break
        }
    }

    func draw(_ m: Model, into g: inout Grid) {
        let y = m.height - 1
        g.fill(Rect(x: 0, y: y, width: m.width, height: 1), style: Style(.statusBar))
        var x = g.put(" " + m.text(.filterPrompt), x: 0, y: y, style: Style(.statusKey, .bold))
        let screen = m.view.screen
        x += g.put((screen.filterText(m) ?? "") + "▏", x: x, y: y, style: Style(.statusBar, .bold))
        // While a large history's index is built there is no count yet: the line says it is searching.
        let found = m.view == .history && m.history.searching ? m.text(.historySearching) : m.text(.filtered, m.text.grouped(screen.count(m)), m.text.grouped(screen.unfilteredCount(m)))
        let count = " " + found + " · " + m.text(.filterHint) + " "
        let shown = count.truncated(to: max(0, m.width - x - 1))
        g.put(shown, x: m.width - shown.displayWidth, y: y, style: Style(.statusBar))
    }
}
