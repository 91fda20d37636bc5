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

    /// Rows kept below the table for the selected school's reasons in full: none on a short screen.
    static func whyHeight(_ m: Model) -> Int { m.height >= 20 ? 7 : 0 }

    static func draw(_ m: Model, in whole: Rect, into g: inout Grid) {
        // The table as tall as its rows need; the reasons pane right below it, taking what is left.
        let items = m.derived.caseload.shown
        let why = whyHeight(m)
        let r = Rect(x: whole.x, y: whole.y, width: whole.width, height: why == 0 ? whole.height : min(max(4, items.count + 3), whole.height - why))
        if why > 0 { reasons(m, in: Rect(x: whole.x, y: r.maxY, width: whole.width, height: whole.maxY - r.maxY), into: &g) }
        let who = m.state.fullName(m.caseloadPerson)
        // Names and municipalities as wide as the longest shown when the screen is wide; the reasons take the rest.
        let wide = r.width >= 120
        let names = items.map { m.state.schools[$0.school]?.name.displayWidth ?? 0 }.max() ?? 20
        let towns = items.map { m.state.schools[$0.school].flatMap { Municipality.byCode[$0.municipality]?.name.displayWidth } ?? 0 }.max() ?? 12
        // Narrow: the name no wider than the longest shown, and what that leaves goes to the municipality.
        let nameWidth = wide ? max(20, min(36, names)) : max(m.text(.colSchool).displayWidth, min(20, names))
        let townWidth = wide ? max(12, min(20, towns)) : max(12, min(towns, 12 + 20 - nameWidth))
        let cols = [
            Table.Column(title: m.text(.colSchool), width: nameWidth),
            Table.Column(title: m.text(.colMunicipality), width: townWidth),
            // The order's reason in a number: the weight the list is sorted by (README: "How the caseload is ordered").
            Table.Column(title: m.text(.colWeight), width: 6, alignRight: true),
            Table.Column(title: m.text(.colWhy), width: 30, flexible: true),
        ]
        // Someone else's caseload is titled with their name, not as the user's own; an empty one says how to see another.
        let title = m.text(m.caseload.person == nil ? .caseloadTitle : .caseloadOfTitle, who)
        let pick = m.session.keyMap.binding(.historyByActor)?.keys.first?.label
        let empty = m.derived.caseload.othersHaveSchools && pick != nil ? m.text(.caseloadEmptyOthers, who, pick!) : m.text(.caseloadEmpty, who)
        Table(title: title + m.text.titleCount(items.count), columns: cols, count: items.count,
              cursor: m.caseload.cursor, empty: empty).draw(in: r, &g) { row, col in
            let item = items[row]
            let school = m.state.schools[item.school]
            switch col {
            case 0: return (school?.name ?? item.school, Style(.text, item.reasons.isEmpty ? [] : .bold))
            case 1: return (school.flatMap { Municipality.byCode[$0.municipality]?.name } ?? "", Style(.muted))
            case 2: return (item.weight == 0 ? "" : String(item.weight), Style(item.weight >= 20 ? .error : .muted, item.weight >= 20 ? .bold : []))
            default:
                // In brief (several overdue follow-ups as their count and the oldest); the pane below says each.
                let text = m.text.reasonsInBrief(item.reasons, m.state, programme: m.programme).joined(separator: " · ")
                return (text, item.reasons.first.map { reason($0, m).1 } ?? Style(.muted))
            }
        }
    }
}

extension CaseloadView {
    /// The selected school's reasons, each in full on its own lines, in the style that says how urgent it is.
    static func reasons(_ m: Model, in r: Rect, into g: inout Grid) {
        let items = m.derived.caseload.shown
        let item = items.indices.contains(m.caseload.cursor.selected) ? items[m.caseload.cursor.selected] : nil
        let name = item.map { m.state.schools[$0.school]?.name ?? $0.school } ?? ""
        g.box(r, title: m.text(.colWhy) + (name.isEmpty ? "" : ": " + name), style: Style(.border))
        let inner = r.inset(1)
        guard let item, inner.height > 0 else { return }
        var lines: [(String, Style)] = item.reasons.isEmpty ? [(m.text(.caseloadNothingDue), Style(.muted))] : []
        for reason in item.reasons {
            let (text, style) = self.reason(reason, m)
            for (i, line) in text.wrapped(to: inner.width - 4).enumerated() { lines.append(((i == 0 ? "• " : "  ") + line, style)) }
        }
        for (i, (line, style)) in lines.prefix(inner.height).enumerated() {
            let last = i == inner.height - 1 && lines.count > inner.height
            g.put(last ? line + " …" : line, x: inner.x + 1, y: inner.y + i, style: style, limit: inner.width - 2)
        }
    }
}

extension CaseloadView: ScreenType {
    static let title: UIText = .tabCaseload
    static let keyHelp: UIText = .keyCaseload
    static let hints: [Action] = [.open, .filter, .recordContact, .followUpDone, .historyByActor]
    static func clearFilters(_ m: inout Model) { m.caseload.filter = "" }
    static func filterText(_ m: Model) -> String? { m.caseload.filter }
    static func unfilteredCount(_ m: Model) -> Int { m.derived.caseload.all.count }
    static func setFilter(_ m: inout Model, _ text: String) {
        m.caseload.filter = text
        m.caseload.cursor = Cursor()
        m.rebuildFilters()
    }
    static func count(_ m: Model) -> Int { m.derived.caseload.shown.count }
    static func move(_ m: inout Model, by delta: Int) { m.caseload.cursor.move(by: delta, count: count(m), height: m.listHeight - whyHeight(m)) }
    static func keepVisible(_ m: inout Model) { m.caseload.cursor.keepVisible(count: count(m), height: m.listHeight - whyHeight(m)) }
    static func open(_ m: inout Model) { if let s = school(m) { m.page = SchoolPageState(s) } }
    static func school(_ m: Model) -> String? {
        m.derived.caseload.shown.indices.contains(m.caseload.cursor.selected) ? m.derived.caseload.shown[m.caseload.cursor.selected].school : nil
    }
    /// A click on a row of the list; one on the reasons' pane below it selects nothing.
    static func click(_ m: inout Model, row: Int, x: Int) {
        guard row < m.listHeight - whyHeight(m) else { return }
        m.caseload.cursor.click(row: row, count: count(m))
    }
    /// `a`: whose caseload to show.
    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        guard a == .historyByActor else { return false }
        m.overlay = .pickCaseload(PickCaseloadDialog(m))
        return true
    }
}
