import Domain
import Wording

/// A dialog over the view: it owns its state, draws itself, and takes the keys while it is open. The overlay
/// case that holds it is its one registration; `Overlay.dialog` is the one mapping back.
protocol Dialog: Sendable, Equatable {
    /// The overlay that holds this dialog, with its state as it is now.
    var overlay: Overlay { get }
    func draw(_ m: Model, into g: inout Grid)
    /// A key while the dialog is open: it changes the dialog (`m.overlay = d.overlay`), the model, or closes.
    func take(_ key: Key, _ m: inout Model)
}

/// A dialog that is a list: a cursor moved by the usual keys (arrows, j/k, PgUp/PgDn, g/G), Esc or ctrl-c to
/// close, and what Enter (or a key of its own) does on the selected row.
protocol ListDialog: Dialog {
    var cursor: Cursor { get set }
    /// Rows in the list.
    func count(_ m: Model) -> Int
    /// Enter, or any key the list did not take, on the row `cursor.selected`.
    func choose(_ key: Key, _ m: inout Model)
    /// Esc: closes, unless the list goes back to the one it came from.
    func escape(_ m: inout Model)
}

extension ListDialog {
    func escape(_ m: inout Model) { m.overlay = nil }

    func take(_ key: Key, _ m: inout Model) {
        var c = cursor
        if c.take(key, count: count(m), page: m.dialogPage) {
            var moved = self
            moved.cursor = c
            m.overlay = moved.overlay
            return
        }
        switch key {
        case .ctrl("c"): m.overlay = nil
        case .escape: escape(&m)
        default: choose(key, &m)
        }
    }
}

/// A list dialog of one line a row, in a centred box with a title: most pickers.
protocol MenuDialog: ListDialog {
    func title(_ m: Model) -> String
    func rows(_ m: Model) -> [String]
    /// The box's width; it is as tall as its rows and the screen allow.
    var width: Int { get }
}

extension MenuDialog {
    var width: Int { 50 }
    func count(_ m: Model) -> Int { rows(m).count }

    func draw(_ m: Model, into g: inout Grid) {
        let items = rows(m)
        let r = DialogFrame.centred(width: width, height: min(items.count + 3, m.height - 4), title: title(m), &g)
        DialogFrame.menu(items, cursor, in: r, m, &g)
    }
}

extension Model {
    /// Rows a dialog's page holds: a dialog fills the screen less a margin, its frame and its lines of text.
    var dialogPage: Int { max(3, height - 10) }
}

/// Keys while an overlay is open go to its dialog.
func handleOverlayKey(_ key: Key, _ m: inout Model) {
    m.overlay?.dialog.take(key, &m)
}
