import Domain
import Wording

/// `n` in the clusters view: a new cluster's id and name.
enum CreateClusterSpec: FormSpec {
    static func make() -> Form { Form(.createCluster, [Field(.clusterID), Field(.clusterName)]) }
    static func title(_ f: Form, _ m: Model) -> String { m.text(.formCreateCluster) }
    static func command(_ f: Form, _ m: Model) -> Command? {
        m.programme.map { .formCluster(id: f[.clusterID], programme: $0, name: f[.clusterName]) }
    }
    static func question(_ f: Form, _ m: Model) -> String { m.text(.confirmCreate, f[.clusterID], f[.clusterName]) }
}

/// `r` in the clusters view: the selected cluster's new name.
enum RenameClusterSpec: FormSpec {
    static func make(_ c: Cluster) -> Form { Form(.renameCluster(id: c.id), [Field(.clusterName, c.name)]) }
    static func id(_ f: Form) -> String { if case .renameCluster(let id) = f.purpose { return id }; return "" }
    static func title(_ f: Form, _ m: Model) -> String { m.text(.formRenameCluster, m.state.clusters[id(f)]?.name ?? id(f)) }
    static func command(_ f: Form, _ m: Model) -> Command? { .renameCluster(id: id(f), name: f[.clusterName]) }
    static func question(_ f: Form, _ m: Model) -> String { m.text(.confirmRename, id(f), f[.clusterName]) }
}

/// Stopping an intervention takes a reason.
enum StopInterventionSpec: FormSpec {
    static func make(_ key: InterventionKey) -> Form { Form(.stopIntervention(key), [Field(.reason)]) }
    static func key(_ f: Form) -> InterventionKey? { if case .stopIntervention(let k) = f.purpose { return k }; return nil }
    static func title(_ f: Form, _ m: Model) -> String { key(f).map { m.text(.formStopIntervention, m.interventionLabel($0)) } ?? "" }
    static func command(_ f: Form, _ m: Model) -> Command? {
        key(f).map { .setInterventionStatus($0, status: .stopped, reason: f[.reason]) }
    }
    static func question(_ f: Form, _ m: Model) -> String {
        key(f).map { m.text(.confirmStatus, m.interventionLabel($0), m.text.name(InterventionStatus.stopped)) } ?? ""
    }
}
