import Domain
import Wording

/// Portefølje: the user's schools, most in need of attention first, each saying why.
enum CaseloadView {
    static func reason(_ r: AttentionReason, _ m: Model) -> (String, Style) {
        switch r {
        case .overdueFollowUp(let f): return (m.text(.whyOverdue, f.what, m.text.shortDate(f.due)), Style(.error, .bold))
        case .noContact(let since):
            return (since.map { m.text(.whyNoContact, m.text.shortDate($0)) } ?? m.text(.whyNeverContacted), Style(.warning))
        case .stalled(let kind, let since):
            let name = m.programme.flatMap { m.state.interventionKind($0, kind)?.name } ?? kind
            return (m.text(.whyStalled, name, m.text.shortDate(since)), Style(.warning))
        case .meetingUnprepared(let meeting): return (m.text(.whyUnprepared, m.text.name(meeting.kind), m.text.compactDate(meeting.day)), Style(.accent, .bold))
        case .meetingSoon(let meeting): return (m.text(.whyMeeting, m.text.name(meeting.kind), m.text.compactDate(meeting.day)), Style(.muted))
        case .openFollowUpsAfterLeaving(let s, let n): return (m.text(.whyDeclined, m.text.name(s), n), Style(Role.of(s), .bold))
        }
    }

    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        let items = m.derived.caseload
        let who = m.state.people[m.user]?.fullName ?? m.user
        let cols = [
            Table.Column(title: m.text(.colSchool), width: 20),
            Table.Column(title: m.text(.colMunicipality), width: 12),
            Table.Column(title: m.text(.colWhy), width: 30, flexible: true),
        ]
        Table(title: m.text(.caseloadTitle, who) + " (\(items.count))", columns: cols, count: items.count,
              cursor: m.caseloadCursor, empty: m.text(.caseloadEmpty, m.user)).draw(in: r, &g) { row, col in
            let item = items[row]
            let school = m.state.schools[item.school]
            switch col {
            case 0: return (school?.name ?? item.school, Style(.text, item.reasons.isEmpty ? [] : .bold))
            case 1: return (school.flatMap { Municipality.byCode[$0.municipality]?.name } ?? "", Style(.muted))
            default:
                let parts = item.reasons.map { reason($0, m) }
                return (parts.map(\.0).joined(separator: " · "), parts.first?.1 ?? Style(.muted))
            }
        }
    }
}
