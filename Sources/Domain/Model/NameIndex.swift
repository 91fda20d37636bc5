/// Schools and clusters by the key of their names (`NameRules.key`), kept beside them so a new name is checked
/// against those that look like it instead of against all of them. Derived: never packed, rebuilt after
/// unpacking. An entry may be stale (a school renamed since); lookups check the name the table holds now.
public struct NameIndex: Sendable, Equatable {
    var schools: [String: Set<String>] = [:]
    var clusters: [String: Set<String>] = [:]

    public init() {}

    /// Derived from the tables beside it, so two states with equal tables are equal whatever their indexes hold.
    public static func == (a: NameIndex, b: NameIndex) -> Bool { true }
}

extension NetworkState {
    mutating func indexSchool(_ s: School?) {
        guard let s else { return }
        nameIndex.schools[NameRules.key(s.name), default: []].insert(s.institution)
    }

    mutating func indexCluster(_ id: String, _ name: String?) {
        guard let name else { return }
        nameIndex.clusters[NameRules.key(name), default: []].insert(id)
    }

    mutating func rebuildNameIndex() {
        nameIndex = NameIndex()
        for s in schools.values { indexSchool(s) }
        for c in clusters.values { indexCluster(c.id, c.name) }
    }

    /// The schools whose names have this key now.
    func schools(keyed key: String) -> [School] {
        (nameIndex.schools[key] ?? []).sorted().compactMap { schools[$0] }.filter { NameRules.key($0.name) == key }
    }

    func clusters(keyed key: String) -> [Cluster] {
        (nameIndex.clusters[key] ?? []).sorted().compactMap { clusters[$0] }.filter { NameRules.key($0.name) == key }
    }
}
