import Wording
/// Clicks select, the wheel scrolls, a click on a tab switches view.
func handleMouse(_ e: MouseEvent, _ m: inout Model) {
    guard m.session.mouse, !m.tooSmall else { return }
    switch e.kind {
    case .wheelUp: m.moveCursor(by: -3)
    case .wheelDown: m.moveCursor(by: 3)
    case .click:
        if m.overlay != nil { return }
        if e.y == 0 {
            if let hit = TabBar.ranges(m).first(where: { $0.range.contains(e.x) }) { m.show(hit.view) }
            return
        }
        guard m.page == nil else { return }
        let row = e.y - Model.listTop
        guard row >= 0 else { return }
        m.view.screen.click(&m, row: row, x: e.x)
    }
}

extension Model {
    /// The screen row of a list's first item: tab bar, frame, heading.
    static let listTop = 3
}
