import Domain
import Wording

/// Skoler: a sortable, filterable table of the programme's schools and a detail pane.
enum SchoolsView {
    static func detailWidth(_ m: Model) -> Int { max(34, m.width * 2 / 5) }

    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let dw = detailWidth(m)
        let table = Rect(x: r.x, y: r.y, width: r.width - dw, height: r.height)
        drawTable(m, table, &g)
        SchoolDetail.draw(m, Rect(x: table.maxX, y: r.y, width: dw, height: r.height), &g)
    }

    static func drawTable(_ m: Model, _ r: Rect, _ g: inout Grid) {
        let d = m.derived.schools
        let arrow = m.schools.descending ? "↓" : "↑"
        var title = m.text(.tabSchools) + " " + m.text(.filtered, m.text.grouped(d.visible.count), m.text.grouped(d.rows.count))
        var filters = ""
        if !m.schools.filter.isEmpty { filters += " · /" + m.schools.filter }
        if !m.schools.facets.isEmpty { filters += " · f" }
        // The sort is said where the frame has room for it whole; else the sorted column's arrow says it alone.
        let sorted = " · " + m.text(.sortedBy, m.text(m.schools.sort.title).lowercased() + arrow)
        if (title + sorted + filters).displayWidth + 4 <= r.width { title += sorted }
        title += filters
        let order: [SchoolColumn] = [.institution, .name, .participation, .municipality, .cluster, .consultant]
        // Municipality and cluster as wide as their longest value when the screen has room; the name takes the rest.
        var spare = r.width - 3 - (6 + max(24, min(32, d.widestName)) + 10 + 13 + 14 + 12 + 6)
        let municipality = 13 + max(0, min(spare, min(24, d.widestMunicipality) - 13)); spare -= municipality - 13
        let cluster = 14 + max(0, min(spare, min(32, d.widestCluster) - 14)); spare -= cluster - 14
        // The consultant by the short name that tells them apart (`Derived.shortNames`), whole when there is room.
        let consultant = 12 + max(0, min(spare, min(24, m.derived.widestShortName) - 12))
        let widths: [SchoolColumn: Int] = [.institution: 6, .name: 16, .municipality: municipality, .cluster: cluster, .consultant: consultant, .participation: 10]
        let cols = order.map { c in
            Table.Column(title: m.text(c.title) + (c == m.schools.sort ? arrow : ""), width: widths[c]!, flexible: c == .name)
        }
        let fitted = Table.fit(cols, to: r.width - 3)
        let table = Table(title: title, columns: fitted, count: d.visible.count, cursor: m.schools.cursor,
                          focused: true, empty: d.rows.isEmpty ? m.text(.noSchools) : m.noMatchesText)
        table.draw(in: r, &g) { row, col in
            let s = d.rows[d.visible[row]]
            switch order[col] {
            case .institution: return (s.institution, Style(.muted))
            case .name: return (s.name, .plain)
            case .participation: return (m.text.name(s.participation), Style(Role.of(s.participation)))
            case .municipality: return (s.municipality, .plain)
            case .cluster: return (s.cluster ?? "–", .plain)
            case .consultant: return (s.consultant.map(m.shortName) ?? "–", .plain)
            }
        }
    }
}

extension SchoolsView: ScreenType {
    static let title: UIText = .tabSchools
    static let keyHelp: UIText = .keySchools
    static let hints: [Action] = [.open, .filter, .sort, .facets, .moveSchool, .recordContact]
    static func clearFilters(_ m: inout Model) { m.schools.filter = ""; m.schools.facets = Facets() }
    static func filterText(_ m: Model) -> String? { m.schools.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.schools.rows.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.schools.filter = text
        m.schools.cursor = Cursor()
        m.applySchoolFilter()
    }
    static func count(_ m: Model) -> Int { m.derived.schools.visible.count }
    static func move(_ m: inout Model, by delta: Int) { m.schools.cursor.move(by: delta, count: count(m), height: m.listHeight) }
    static func keepVisible(_ m: inout Model) { m.schools.cursor.keepVisible(count: count(m), height: m.listHeight) }
    static func open(_ m: inout Model) { m.page = m.selectedSchool.map { SchoolPageState($0) } }
    static func school(_ m: Model) -> String? { m.selectedSchool }
    static func click(_ m: inout Model, row: Int, x: Int) {
        if x < m.width - detailWidth(m) { m.schools.cursor.click(row: row, count: count(m)) }
    }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        switch a {
        case .sort: m.schools.sort = SchoolColumn.allCases[(m.schools.sort.rawValue + 1) % SchoolColumn.allCases.count]
        case .reverseSort: m.schools.descending.toggle()
        default: return false
        }
        m.applySchoolFilter(keeping: m.selectedSchool)
        return true
    }
}
