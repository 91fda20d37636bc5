import Domain
import Wording

/// `d` or `F` with several open follow-ups: the one to mark done or to move.
public struct PickFollowUpDialog: MenuDialog {
    public var school: String
    public var move: Bool
    public var cursor = Cursor()
    var overlay: Overlay { .pickFollowUp(self) }
    var width: Int { 70 }

    func title(_ m: Model) -> String { m.text(move ? .pickFollowUpMove : .pickFollowUpDone, m.state.schools[school]?.name ?? school) }
    func rows(_ m: Model) -> [String] { m.openFollowUps(school).map(m.followUpRow) }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter else { return }
        let open = m.openFollowUps(school)
        guard open.indices.contains(cursor.selected) else { m.overlay = nil; return }
        m.actOnFollowUp(open[cursor.selected].id, move: move, back: overlay)
    }
}
