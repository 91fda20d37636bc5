import Domain
import Wording

/// `i` away from the matrix: one of the programme's interventions at a school, then its new status.
public struct PickInterventionDialog: MenuDialog {
    public var school: String
    public var cursor = Cursor()
    var overlay: Overlay { .pickIntervention(self) }
    var width: Int { 60 }

    func title(_ m: Model) -> String { m.text(.pickIntervention, m.state.schools[school]?.name ?? school) }
    func rows(_ m: Model) -> [String] { m.derived.matrix.kinds.map { m.interventionRow($0, school: school) } }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter, let p = m.programme, m.derived.matrix.kinds.indices.contains(cursor.selected) else { return }
        let ikey = InterventionKey(p, school, m.derived.matrix.kinds[cursor.selected].id)
        if m.statusOptions(ikey).isEmpty { m.notice = .noTransitions; return }
        m.overlay = .pickStatus(PickStatusDialog(key: ikey))
    }
}
