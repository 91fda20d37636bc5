import Domain
import Wording

/// Portefølje: the user's schools, most in need of attention first, each saying why.
enum CaseloadView {
    /// A reason as the catalogue words it, in the style that says how urgent it is.
    static func reason(_ r: AttentionReason, _ m: Model) -> (String, Style) {
        let style: Style
        switch r {
        case .overdueFollowUp: style = Style(.error, .bold)
        case .noContact, .stalled: style = Style(.warning)
        case .meetingUnprepared: style = Style(.accent, .bold)
        case .meetingSoon: style = Style(.muted)
        case .openFollowUpsAfterLeaving(let s, _): style = Style(Role.of(s), .bold)
        }
        return (m.text.reason(r, m.state, programme: m.programme), style)
    }

    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let items = m.derived.shownCaseload
        let who = m.state.people[m.user]?.fullName ?? m.user
        let cols = [
            Table.Column(title: m.text(.colSchool), width: 20),
            Table.Column(title: m.text(.colMunicipality), width: 12),
            // The order's reason in a number: the weight the list is sorted by (README: "How the caseload is ordered").
            Table.Column(title: m.text(.colWeight), width: 6, alignRight: true),
            Table.Column(title: m.text(.colWhy), width: 30, flexible: true),
        ]
        Table(title: m.text(.caseloadTitle, who) + " (\(items.count))", columns: cols, count: items.count,
              cursor: m.caseloadCursor, empty: m.text(.caseloadEmpty, m.user)).draw(in: r, &g) { row, col in
            let item = items[row]
            let school = m.state.schools[item.school]
            switch col {
            case 0: return (school?.name ?? item.school, Style(.text, item.reasons.isEmpty ? [] : .bold))
            case 1: return (school.flatMap { Municipality.byCode[$0.municipality]?.name } ?? "", Style(.muted))
            case 2: return (item.weight == 0 ? "" : String(item.weight), Style(item.weight >= 20 ? .error : .muted, item.weight >= 20 ? .bold : []))
            default:
                let parts = item.reasons.map { reason($0, m) }
                return (parts.map(\.0).joined(separator: " · "), parts.first?.1 ?? Style(.muted))
            }
        }
    }
}

extension CaseloadView: ScreenType {
    static func filterText(_ m: Model) -> String? { m.caseloadFilter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.caseload.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.caseloadFilter = text
        m.caseloadCursor = Cursor()
        m.rebuildFilters()
    }
    static func count(_ m: Model) -> Int { m.derived.shownCaseload.count }
    static func move(_ m: inout Model, by delta: Int) { m.caseloadCursor.move(by: delta, count: count(m), height: m.listHeight) }
    static func keepVisible(_ m: inout Model) { m.caseloadCursor.keepVisible(count: count(m), height: m.listHeight) }
    static func open(_ m: inout Model) { if let s = school(m) { m.page = s } }
    static func school(_ m: Model) -> String? {
        m.derived.shownCaseload.indices.contains(m.caseloadCursor.selected) ? m.derived.shownCaseload[m.caseloadCursor.selected].school : nil
    }
    static func click(_ m: inout Model, row: Int, x: Int) { m.caseloadCursor.click(row: row, count: count(m)) }
}
