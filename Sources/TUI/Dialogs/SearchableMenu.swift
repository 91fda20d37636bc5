import Domain
import Wording

/// A picker whose list can be long at national scale (a thousand consultants, fifteen hundred clusters): `/` types
/// a search that narrows the rows to those holding every word of it (case and æ/ø/å folded, as the screens' `/`);
/// Enter ends the typing and then chooses, Esc clears the search before it closes. The cursor moves over the rows
/// shown; the dialog's own `choose` sees the row's place in its whole list.
protocol SearchableMenu: MenuDialog {
    var search: MenuSearch { get set }
    /// What the search reads of each row: the row as shown unless the dialog says less (a name without the count
    /// beside it, so «2» finds «Nordjylland 2» and not every «(12 skoler)»).
    func searched(_ m: Model) -> [String]
}

/// The search typed into a picker: the text, whether keys still go to it, and the rows it lets through (indices
/// into the dialog's rows; nil when nothing is typed).
struct MenuSearch: Sendable, Equatable {
    var text = ""
    var typing = false
    var shown: [Int]?

    mutating func set(_ text: String, rows: [String]) {
        self.text = text
        guard !text.isEmpty else { shown = nil; return }
        shown = rows.indices.filter { let k = Folding.keys(rows[$0]); return Folding.matches(text, long: k.long, short: k.short) }
    }
}

extension SearchableMenu {
    func searched(_ m: Model) -> [String] { rows(m) }
    func count(_ m: Model) -> Int { search.shown?.count ?? rows(m).count }

    func draw(_ m: Model, into g: inout Grid) {
        let all = rows(m)
        // (A row the list no longer has, after a write while the dialog was open, is left out, not read.)
        var items = search.shown.map { $0.filter { $0 < all.count }.map { all[$0] } } ?? all
        let nothing = items.isEmpty
        if nothing { items = [m.text(.menuNoMatches, search.text)] }
        let r = DialogFrame.centred(width: width, height: min(max(all.count, 1) + 3, m.height - 4), title: title(m), &g)
        DialogFrame.menu(items, nothing ? Cursor() : cursor, in: r, m, &g)
        // The search on the bottom frame line, or where there is one to type, how to start it.
        let label: String
        if search.typing || !search.text.isEmpty {
            label = " /" + search.text + (search.typing ? "▏" : "") + " "
        } else if all.count > r.height - 3 {
            label = " " + m.text(.menuSearchHint) + " "
        } else { return }
        g.put(label, x: r.x + 2, y: r.maxY - 1, style: Style(.accent, search.typing ? .bold : []), limit: max(0, r.width / 2 - 2))
    }

    func take(_ key: Key, _ m: inout Model) {
        var d = self
        if search.typing {
            switch key {
            case .char(let c): d.search.set(search.text + String(c), rows: searched(m)); d.cursor = Cursor()
            case .backspace: d.search.set(String(search.text.dropLast()), rows: searched(m)); d.cursor = Cursor()
            case .enter: d.search.typing = false
            case .escape: d.search = MenuSearch(); d.cursor = Cursor()
            case .ctrl("c"): m.overlay = nil; return
            default:
                var c = cursor
                guard c.take(key, count: count(m), page: m.dialogPage) else { return }
                d.cursor = c
            }
            m.overlay = d.overlay
            return
        }
        switch key {
        case .char("/"): d.search.typing = true; m.overlay = d.overlay; return
        case .escape where !search.text.isEmpty: d.search = MenuSearch(); d.cursor = Cursor(); m.overlay = d.overlay; return
        default: break
        }
        var c = cursor
        if c.take(key, count: count(m), page: m.dialogPage) { d.cursor = c; m.overlay = d.overlay; return }
        switch key {
        case .ctrl("c"): m.overlay = nil
        case .escape: escape(&m)
        default:
            // The dialog chooses on its whole list: the row's place there, the search let go (a dialog that comes
            // back to this one, as a question does, shows the whole list on that row).
            if let shown = search.shown {
                guard shown.indices.contains(cursor.selected) else { return }
                d.cursor = Cursor(); d.cursor.selected = shown[cursor.selected]; d.search = MenuSearch()
            }
            d.choose(key, &m)
        }
    }
}
