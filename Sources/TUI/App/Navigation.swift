import Domain

/// Moving about: which view is shown, what is selected there, and what opens. Each screen answers for its own
/// list through `ViewID.screen`.
extension Model {
    mutating func show(_ v: ViewID) {
        view = v
        page = nil
        pageScroll = 0
        // The calendar's list opens on the coming week.
        if v == .calendar, calendarCursor == Cursor() { syncCalendarList() }
    }

    /// Opens what is selected: the schools view from the overview, a school's page from a list.
    mutating func open() {
        view.screen.open(&self)
        pageScroll = 0
    }

    var matrixRows: [Int] { derived.matrixVisible }

    /// The number of rows in the current view's list.
    var currentCount: Int { view.screen.count(self) }

    mutating func moveCursor(by delta: Int) {
        if page != nil { pageScroll = max(0, pageScroll + max(-1000, min(1000, delta))); return }
        view.screen.move(&self, by: delta)
    }

    mutating func keepCursorsVisible() {
        for v in ViewID.allCases { v.screen.keepVisible(&self) }
    }

    /// The school the current view has selected, for actions such as recording a contact.
    var currentSchool: String? { view.screen.school(self) }

    var selectedCluster: Cluster? {
        derived.shownClusters.indices.contains(clusterCursor.selected) ? derived.shownClusters[clusterCursor.selected].cluster : nil
    }

    var selectedMember: String? {
        guard let c = selectedCluster, c.members.indices.contains(memberCursor.selected) else { return nil }
        return c.members[memberCursor.selected]
    }

    /// The school `m` moves: the selected member in the cluster view, else the selected school.
    var schoolForMove: String? {
        if view == .clusters { return clusterPaneFocused ? selectedMember : nil }
        if let page { return page }
        return view == .schools ? selectedSchool : nil
    }
}
