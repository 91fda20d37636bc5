import Domain
import Wording

/// Klynger: every cluster with members, consultant, last and next meeting; its schools beside it.
enum ClustersView {
    /// The members pane a column under two fifths below 120 columns: at 80 that column makes «Consultant» and
    /// «Camilla N. +3» whole on the left, where the pane's municipalities are narrowed already.
    static func membersWidth(_ width: Int) -> Int { width >= 120 ? max(30, width / 3) : max(30, width * 2 / 5 - 1) }

    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let list = m.derived.clusters.shown
        let rightWidth = membersWidth(r.width)
        let left = Rect(x: r.x, y: r.y, width: r.width - rightWidth, height: r.height)
        let data = m.derived.clusters
        let names = max(m.text(.colCluster).displayWidth, data.nameWidth == 0 ? 14 : data.nameWidth)
        // Each date and rating worded once per frame however many clusters share it (a national programme has over
        // a thousand clusters but a few dozen meeting days), and only the rows drawn look theirs up.
        var dates: [Day: String] = [:], rated: [RatingAverage: String] = [:], nextDays = Set<Day>(), lastDays = Set<Day>()
        for c in list {
            if let day = c.nextMeeting?.day { nextDays.insert(day) }
            if let day = c.lastMeeting?.day { lastDays.insert(day) }
            if let a = data.ratings[c.cluster.id], rated[a] == nil { rated[a] = m.text.shortRating(a) }
        }
        for day in nextDays.union(lastDays) { dates[day] = m.text.compactDate(day, today: m.today) }
        let date = { (meeting: Meeting?) in meeting.flatMap { dates[$0.day] } ?? "–" }
        let rating = { (id: String) in data.ratings[id].flatMap { rated[$0] } ?? "–" }
        // Dates and ratings as wide as the widest shown, so a programme without meetings gives the names the room.
        let widest = { (values: [String]) in max(1, values.map(\.displayWidth).max() ?? 1) }
        let next = widest(nextDays.map { dates[$0]! }), last = widest(lastDays.map { dates[$0]! })
        let ratingWidth = widest(Array(rated.values))
        let titled: [(SharedText, Int)] = [(.colMembers, 6), (.colNextMeeting, next), (.colLastMeeting, last), (.colHeld, 5),
                                           (.colUnrecorded, 7), (.colFeedback, ratingWidth)]
        let width = { (key: SharedText) in titled.first { $0.0 == key }.map { max($0.1, m.text(key).displayWidth) } ?? 0 }
        // The names first: the consultants get what the box (its two borders and the table's margin) and the
        // other columns (each with its one-column gap) leave.
        let others = names + titled.reduce(0) { $0 + max($1.1, m.text($1.0).displayWidth) + 1 } + 1
        var consultantWidth = max(9, min(data.consultantsWidth == 0 ? 9 : data.consultantsWidth, left.width - 3 - others - 1))
        func columns() -> [Table.Column] { [
            Table.Column(title: m.text(.colCluster), width: names, flexible: true),
            Table.Column(title: m.text(.colMembers), width: 6, alignRight: true),
            Table.Column(title: m.text(.colConsultant), width: consultantWidth),
            Table.Column(title: m.text(.colNextMeeting), width: width(.colNextMeeting)),
            Table.Column(title: m.text(.colLastMeeting), width: width(.colLastMeeting)),
            Table.Column(title: m.text(.colHeld), width: 5, alignRight: true),
            Table.Column(title: m.text(.colUnrecorded), width: 7, alignRight: true),
            Table.Column(title: m.text(.colFeedback), width: width(.colFeedback), alignRight: true),
        ] }
        // Where later columns give way (80 columns), the consultants, not blank after the clusters' names, get what
        // those leave: «Erik H. +2» whole, not «Erik… +2» beside three idle columns.
        var fitted = Table.fit(columns(), to: left.inset(1).width - 1)
        if fitted.count > 2, fitted[0].width > names, data.consultantsWidth > fitted[2].width {
            consultantWidth = min(data.consultantsWidth, fitted[2].width + fitted[0].width - names)
            fitted = Table.fit(columns(), to: left.inset(1).width - 1)
        }
        let cols = columns()
        // The consultants as many as the column holds whole, and how many more.
        let consultantsShown = fitted.count > 2 ? fitted[2].width : 0
        Table(title: m.text(.tabClusters) + m.text.titleCount(list.count), columns: cols, count: list.count, cursor: m.clusters.cursor,
              focused: !m.clusters.membersFocused, empty: m.text(.noClusters)).draw(in: left, &g) { row, col in
            let c = list[row]
            switch col {
            case 0: return (c.cluster.name, .plain)
            case 1: return (String(m.state.activeMembers(c.cluster).count), Style(.text, .bold))
            case 2: return (NameList.fitting(data.consultants[c.cluster.id] ?? [], width: consultantsShown), .plain)
            case 3: return (date(c.nextMeeting), Style(.accent))
            case 4: return (date(c.lastMeeting), Style(.muted))
            case 5: return (String(c.meetingsHeld), .plain)
            case 6: return (c.meetingsUnrecorded == 0 ? "–" : String(c.meetingsUnrecorded), Style(c.meetingsUnrecorded == 0 ? .muted : .warning, .bold))
            default:
                // The mean with how many ratings it rests on; fewer than five read muted, not as a judgement.
                guard let r = m.derived.clusters.ratings[c.cluster.id] else { return ("–", Style(.muted)) }
                return (rating(c.cluster.id), r.isFew ? Style(.muted) : Style(r.tenths >= 35 ? .ok : (r.tenths < 25 ? .warning : .text), .bold))
            }
        }
        let right = Rect(x: left.maxX, y: r.y, width: rightWidth, height: r.height)
        guard let cluster = m.selectedCluster, let p = m.programme else { g.box(right); return }
        let members = cluster.members
        let towns = members.map { m.state.schools[$0].flatMap { Municipality.byCode[$0.municipality]?.name.displayWidth } ?? 0 }.max() ?? 12
        // The members' consultants by the short names that tell them apart, as wide as the widest of them (to 16).
        let consultants = members.map { m.state.caseload[Enrolment(p, $0)].map { m.shortName($0).displayWidth } ?? 0 }.max() ?? 0
        // Where the pane holds only names and municipalities (80 columns), a school's name is kept whole before its
        // municipality: «Kirkegårdskolen» beside «Mariagerfjo…», not «Kirkegårdskol…».
        let fit = right.width - 3, memberConsultants = max(10, min(16, consultants))
        let memberNames = members.map { s in (m.state.schools[s]?.name ?? s).displayWidth }.max() ?? 16
        var townWidth = max(12, min(20, towns))
        if 12 + 1 + townWidth + 1 + memberConsultants + 1 > fit { townWidth = max(8, min(townWidth, fit - 2 - memberNames)) }
        // Narrowed below its heading, the column is headed as the detail pane labels it («Municip.»), not cut.
        let townTitle = townWidth < m.text(.colMunicipality).displayWidth ? m.text(.detailMunicipality) : m.text(.colMunicipality)
        Table(title: m.text(.clusterMembers, cluster.name), columns: [
            Table.Column(title: m.text(.colName), width: 16, flexible: true),
            Table.Column(title: townTitle, width: townWidth),
            Table.Column(title: m.text(.colConsultant), width: memberConsultants),
        ], count: members.count, cursor: m.clusters.members, focused: m.clusters.membersFocused).draw(in: right, &g) { row, col in
            let s = members[row]
            switch col {
            case 0:
                // A school that left stays in the list, said so and muted: it no longer counts.
                let name = m.state.schools[s]?.name ?? s
                guard let status = m.state.participation[Enrolment(p, s)]?.status, status != .accepted else { return (name, .plain) }
                return (name + " (" + m.text.name(status) + ")", Style(.muted))
            case 1: return (m.state.schools[s].flatMap { Municipality.byCode[$0.municipality]?.name } ?? "", Style(.muted))
            default: return (m.state.caseload[Enrolment(p, s)].map(m.shortName) ?? "–", .plain)
            }
        }
    }
}

extension ClustersView: ScreenType {
    static let title: UIText = .tabClusters
    static let keyHelp: UIText = .keyClusters
    static let hints: [Action] = [.switchPane, .filter, .newCluster, .renameCluster, .moveSchool, .suggest, .suggestClusters]
    static func clearFilters(_ m: inout Model) { m.clusters.filter = "" }
    static func filterText(_ m: Model) -> String? { m.clusters.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.clusters.all.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.clusters.filter = text
        m.clusters.cursor = Cursor(); m.clusters.members = Cursor(); m.clusters.membersFocused = false
        m.rebuildFilters()
    }
    static func count(_ m: Model) -> Int { m.clusters.membersFocused ? (m.selectedCluster?.members.count ?? 0) : m.derived.clusters.shown.count }

    static func move(_ m: inout Model, by delta: Int) {
        if m.clusters.membersFocused { m.clusters.members.move(by: delta, count: count(m), height: m.listHeight) } else {
            m.clusters.cursor.move(by: delta, count: count(m), height: m.listHeight)
            m.clusters.members = Cursor()
        }
    }

    static func keepVisible(_ m: inout Model) { m.clusters.cursor.keepVisible(count: m.derived.clusters.shown.count, height: m.listHeight) }
    static func open(_ m: inout Model) { if m.clusters.membersFocused, let s = m.selectedMember { m.page = SchoolPageState(s) } else { m.clusters.membersFocused = true } }
    static func school(_ m: Model) -> String? { m.clusters.membersFocused ? m.selectedMember : nil }
    /// A click on the members pane selects that school there; on the list, that cluster (its members from the top).
    static func click(_ m: inout Model, row: Int, x: Int) {
        if x >= m.width - membersWidth(m.width) {
            guard let cluster = m.selectedCluster, row >= 0, m.clusters.members.scroll + row < cluster.members.count else { return }
            m.clusters.members.click(row: row, count: cluster.members.count)
            m.clusters.membersFocused = true
        } else {
            let before = m.clusters.cursor.selected
            m.clusters.cursor.click(row: row, count: m.derived.clusters.shown.count)
            if m.clusters.cursor.selected != before { m.clusters.members = Cursor() }
            m.clusters.membersFocused = false
        }
    }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        guard a == .switchPane else { return false }
        m.clusters.membersFocused.toggle()
        return true
    }
}
