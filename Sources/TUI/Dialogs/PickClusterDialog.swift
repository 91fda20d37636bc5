import Domain
import Wording

/// `m`: a cluster to move a school to; Enter asks before moving it.
public struct PickClusterDialog: SearchableMenu {
    public var school: String
    public var cursor = Cursor()
    var search = MenuSearch()
    var overlay: Overlay { .pickCluster(self) }

    func title(_ m: Model) -> String { m.text(.pickCluster, m.state.schools[school]?.name ?? school) }
    func rows(_ m: Model) -> [String] { m.moveTargets(for: school).map { "\($0.name) (\(m.text(.schoolsCount, $0.members.count)))" } }
    func searched(_ m: Model) -> [String] { m.moveTargets(for: school).map(\.name) }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter else { return }
        let targets = m.moveTargets(for: school)
        guard targets.indices.contains(cursor.selected) else { m.overlay = nil; return }
        let target = targets[cursor.selected]
        let name = m.state.schools[school]?.name ?? school
        m.overlay = .confirm(Confirmation(question: m.text(.confirmMove, name, target.name),
                                          command: .placeSchool(cluster: target.id, school: school), back: overlay))
    }
}

extension Model {
    /// Clusters of the school's programme other than its own.
    func moveTargets(for school: String) -> [Cluster] {
        guard let p = programme else { return [] }
        let current = state.clusterOf[Enrolment(p, school)]
        return derived.clusters.all.map(\.cluster).filter { $0.id != current }
    }
}
