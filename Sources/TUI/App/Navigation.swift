import Domain

/// Moving about: which view is shown, what is selected there, and what opens. Each screen answers for its own
/// list through `ViewID.screen`.
extension Model {
    mutating func show(_ v: ViewID) {
        view = v
        page = nil
        // The calendar's list opens on the coming week.
        if v == .calendar, calendar.cursor == Cursor() { syncCalendarList() }
    }

    /// Opens what is selected: the schools view from the overview, a school's page from a list.
    mutating func open() {
        view.screen.open(&self)
        page?.scroll = 0
    }

    var matrixRows: [Int] { derived.matrix.visible }

    /// The number of rows in the current view's list.
    var currentCount: Int { view.screen.count(self) }

    mutating func moveCursor(by delta: Int) {
        if let p = page { page?.scroll = max(0, p.scroll + max(-1000, min(1000, delta))); return }
        view.screen.move(&self, by: delta)
    }

    mutating func keepCursorsVisible() {
        for v in ViewID.allCases { v.screen.keepVisible(&self) }
    }

    /// The school the current view has selected, for actions such as recording a contact.
    var currentSchool: String? { view.screen.school(self) }

    var selectedCluster: Cluster? {
        derived.clusters.shown.indices.contains(clusters.cursor.selected) ? derived.clusters.shown[clusters.cursor.selected].cluster : nil
    }

    var selectedMember: String? {
        guard let c = selectedCluster, c.members.indices.contains(clusters.members.selected) else { return nil }
        return c.members[clusters.members.selected]
    }

    /// The school `m` moves: the selected member in the cluster view, else the selected school.
    var schoolForMove: String? {
        if let page { return page.school }
        if view == .clusters { return clusters.membersFocused ? selectedMember : nil }
        return view == .schools ? selectedSchool : nil
    }
}
