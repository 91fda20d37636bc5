import Domain
import Wording

/// `a` on Portefølje: whose caseload to show. Everyone with schools in the programme's caseloads, by full name, each
/// with how many, and the user first when they have none (a coordinator goes back to their own by it).
public struct PickCaseloadDialog: SearchableMenu {
    public var cursor = Cursor()
    var search = MenuSearch()
    /// Worked out when the dialog opens, not per key: at national scale a thousand people sorted by name.
    let choices: [CaseloadChoice]
    let labels: [String]
    var overlay: Overlay { .pickCaseload(self) }

    init(_ m: Model) {
        choices = m.caseloadChoices
        labels = choices.map { m.state.fullName($0.person) + " (" + m.text(.schoolsCount, m.text.grouped($0.schools)) + ")" }
        cursor.selected = choices.firstIndex { $0.person == m.caseloadPerson } ?? 0
    }

    func title(_ m: Model) -> String { m.text(.caseloadPick) }
    func rows(_ m: Model) -> [String] { labels }
    func searched(_ m: Model) -> [String] { choices.map { m.state.fullName($0.person) } }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter else { return }
        if choices.indices.contains(cursor.selected) { m.showCaseload(of: choices[cursor.selected].person) }
        m.overlay = nil
    }
}

/// A person whose caseload can be shown, with how many schools it has.
struct CaseloadChoice: Sendable, Equatable {
    let person: String
    let schools: Int
}

extension Model {
    /// Whose caseload Portefølje shows.
    var caseloadPerson: String { caseload.person ?? session.user }

    /// The people whose caseloads can be shown, by full name: the user first when they have no schools.
    var caseloadChoices: [CaseloadChoice] {
        guard let p = programme else { return [] }
        let sizes = state.caseloadSizes(p)
        let keys = Dictionary(uniqueKeysWithValues: sizes.keys.map { ($0, Collation.key(state.fullName($0))) })
        let others = sizes.map { CaseloadChoice(person: $0.key, schools: $0.value) }
            .sorted { (keys[$0.person]!, $0.person) < (keys[$1.person]!, $1.person) }
        return sizes[session.user] == nil ? [CaseloadChoice(person: session.user, schools: 0)] + others : others
    }

    /// Shows that person's caseload (nil or the user: their own), its filter kept and its cursor at the top.
    mutating func showCaseload(of person: String?) {
        caseload.person = person == session.user ? nil : person
        caseload.cursor = Cursor()
        if let p = programme {
            derived.caseload = CaseloadData(state, p, user: caseloadPerson, today: today, contactWeeks: session.contactWeeks)
        }
        rebuildFilters()
    }
}
