import OrderedCollections

/// Schools and clusters by the key of their names (`NameRules.key`), kept beside them so a new name is checked
/// against those that look like it instead of against all of them. Derived: never packed, rebuilt after
/// unpacking. An entry may be stale (a school renamed since); lookups check the name the table holds now.
///
/// Rebuilt after unpacking, it is built when first needed (a name checked, or a school or cluster written), not
/// while the dashboard waits to open: each key is a Unicode skeleton, and at national scale the keys of every
/// school were a tenth of unpacking the rest of a snapshot.
public struct NameIndex: Sendable, Equatable {
    fileprivate var keys: Deferred<(OrderedDictionary<String, School>, OrderedDictionary<String, Cluster>), Keys>

    struct Keys: Sendable {
        var schools: [String: Set<String>] = [:]
        var clusters: [String: Set<String>] = [:]
    }

    public init() { keys = Deferred(Keys()) }

    /// One to be built from these tables when first used.
    init(from schools: OrderedDictionary<String, School>, _ clusters: OrderedDictionary<String, Cluster>) {
        keys = Deferred(from: (schools, clusters), until: Keys()) { tables in
            var k = Keys()
            for s in tables.0.values { k.schools[NameRules.key(s.name), default: []].insert(s.institution) }
            for c in tables.1.values { k.clusters[NameRules.key(c.name), default: []].insert(c.id) }
            return k
        }
    }

    /// Derived from the tables beside it, so two states with equal tables are equal whatever their indexes hold.
    public static func == (a: NameIndex, b: NameIndex) -> Bool { true }
}

extension NetworkState {
    mutating func indexSchool(_ s: School?) {
        guard let s else { return }
        nameIndex.keys.owned.schools[NameRules.key(s.name), default: []].insert(s.institution)
    }

    mutating func indexCluster(_ id: String, _ name: String?) {
        guard let name else { return }
        nameIndex.keys.owned.clusters[NameRules.key(name), default: []].insert(id)
    }

    /// The index of the tables as they are, built when first used.
    mutating func rebuildNameIndex() {
        nameIndex = NameIndex(from: schools, clusters)
    }

    /// The schools whose names have this key now.
    func schools(keyed key: String) -> [School] {
        (nameIndex.keys.value.schools[key] ?? []).sorted().compactMap { schools[$0] }.filter { NameRules.key($0.name) == key }
    }

    func clusters(keyed key: String) -> [Cluster] {
        (nameIndex.keys.value.clusters[key] ?? []).sorted().compactMap { clusters[$0] }.filter { NameRules.key($0.name) == key }
    }
}
