import Wording
/// Clicks select, the wheel scrolls, a click on a tab switches view.
func handleMouse(_ e: MouseEvent, _ m: inout Model) {
    guard m.mouse, !m.tooSmall else { return }
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
        switch m.view {
        case .schools where e.x < m.width - SchoolsView.detailWidth(m):
            select(&m.schools.cursor, row, count: m.derived.visibleSchools.count)
        case .clusters: select(&m.clusterCursor, row, count: m.derived.clusters.count)
        case .calendar where m.calendarMode == .list: select(&m.calendarCursor, row, count: m.calendarMeetings.count)
        case .caseload: select(&m.caseloadCursor, row, count: m.derived.caseload.count)
        case .history: select(&m.history.cursor, row, count: m.history.visible.count)
        case .interventions: select(&m.matrix.cursor, row - 1, count: m.matrixRows.count)
        default: break
        }
    }
}

private func select(_ c: inout Cursor, _ row: Int, count: Int) {
    let i = c.scroll + row
    if row >= 0, i < count { c.selected = i }
}

extension Model {
    /// The screen row of a list's first item: tab bar, frame, heading.
    static let listTop = 3
}
