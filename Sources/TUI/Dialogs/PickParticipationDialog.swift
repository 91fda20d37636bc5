import Domain
import Wording

/// `P`: a participation decision for a school, then its form.
public struct PickParticipationDialog: MenuDialog {
    public var school: String
    public var cursor = Cursor()
    var overlay: Overlay { .pickParticipation(self) }

    func title(_ m: Model) -> String { m.text(.pickParticipation, m.state.schools[school]?.name ?? school) }
    func rows(_ m: Model) -> [String] { m.participationOptions(school).map { m.text.name($0) } }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter else { return }
        let options = m.participationOptions(school)
        guard options.indices.contains(cursor.selected) else { m.overlay = nil; return }
        m.overlay = .form(m.participationForm(school, options[cursor.selected]))
    }
}
