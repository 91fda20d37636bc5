import Domain
import Wording

/// `n` in the clusters view: a new cluster's id (the next free one of the programme's pattern, «EL-K20» after
/// «EL-K19», offered) and name.
enum CreateClusterSpec: FormSpec {
    static func make(id: String = "") -> Form { Form(.createCluster, [Field(.clusterID, id), Field(.clusterName)]) }

    /// The programme's clusters' most used prefix before a number, with the number after its highest, as wide as
    /// theirs; empty where no cluster's id ends in a number.
    static func nextID(in state: NetworkState, programme: ProgrammeID) -> String {
        var highest: [String: (n: Int, width: Int, count: Int)] = [:]
        for c in state.clusters.values where c.programme == programme {
            let digits = String(c.id.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
            guard !digits.isEmpty, digits.count <= 9, let n = Int(digits) else { continue }
            let prefix = String(c.id.dropLast(digits.count))
            let was = highest[prefix] ?? (0, 0, 0)
            highest[prefix] = (max(was.n, n), max(was.width, digits.count), was.count + 1)
        }
        guard let (prefix, h) = highest.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) else { return "" }
        var next = h.n + 1
        while state.clusters[prefix + pad(next, h.width)] != nil { next += 1 }
        return prefix + pad(next, h.width)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
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
    static func question(_ f: Form, _ m: Model) -> String { m.text(.confirmRename, m.state.clusters[id(f)]?.name ?? id(f), f[.clusterName]) }
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
