import Domain
import Wording

/// `f` in the calendar: every meeting, or one kind's, one consultant's or one cluster's.
public struct CalendarFilterDialog: MenuDialog {
    public var cursor = Cursor()
    var overlay: Overlay { .calendarFilter(self) }

    func title(_ m: Model) -> String { m.text(.calendarFilterTitle) }
    func rows(_ m: Model) -> [String] { m.calendarFilters().map { m.label($0) } }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter else { return }
        let filters = m.calendarFilters()
        guard filters.indices.contains(cursor.selected) else { return }
        m.calendar.scope = filters[cursor.selected]
        m.calendar.cursor = Cursor()
        m.syncCalendarList()
        m.overlay = nil
    }
}
