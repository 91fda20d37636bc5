/// A suggested cluster: schools that share interventions and lie close together.
public struct Composition: Sendable, Equatable {
    public let members: [String]
    /// The existing cluster the group would replace: the one holding most of its schools that no other group claims
    /// with more; nil when every such cluster went to another group.
    public let cluster: String?
    /// Intervention kinds at least half of the schools run.
    public let sharedKinds: [String]
    /// The longest distance between two members, in km.
    public let spanKm: Int
    /// Members that would move into `cluster`.
    public let moves: [String]
}

extension NetworkState {
    /// Groups of about `size` accepted schools per region, built greedily around the school with the most
    /// interventions, preferring near neighbours that run the same interventions.
    public func compositions(_ programme: ProgrammeID, size: Int = 6) -> [Composition] {
        let accepted = participation.filter { $0.key.programme == programme && $0.value.status == .accepted }.map(\.key.school).sorted()
        var kinds: [String: Set<String>] = [:]
        for i in interventions.values where i.key.programme == programme && i.status != .stopped { kinds[i.key.school, default: []].insert(i.key.kind) }
        func pos(_ s: String) -> (lat: Double, lon: Double)? {
            schools[s].flatMap { Municipality.byCode[$0.municipality] }.map { ($0.latitude, $0.longitude) }
        }
        var groups: [[String]] = []
        let byRegion = Dictionary(grouping: accepted) { schools[$0].flatMap { Municipality.byCode[$0.municipality]?.regionCode } ?? 0 }
        for region in byRegion.keys.sorted() {
            var left = byRegion[region]!
            let parts = max(1, Int((Double(left.count) / Double(size)).rounded()))
            for g in 0..<parts {
                guard !left.isEmpty else { break }
                let target = g == parts - 1 ? left.count : min(left.count, size)
                let seed = left.max { (kinds[$0]?.count ?? 0, $1) < (kinds[$1]?.count ?? 0, $0) }!
                var group = [seed]
                left.removeAll { $0 == seed }
                while group.count < target, !left.isEmpty {
                    let shared = group.reduce(into: Set<String>()) { $0.formUnion(kinds[$1] ?? []) }
                    let best = left.min { a, b in
                        func cost(_ s: String) -> Double {
                            let d = group.compactMap { g in pos(g).flatMap { p in pos(s).map { Geo.km(p, $0) } } }.max() ?? 0
                            return d - Double((kinds[s] ?? []).intersection(shared).count) * 15
                        }
                        return (cost(a), a) < (cost(b), b)
                    }!
                    group.append(best)
                    left.removeAll { $0 == best }
                }
                groups.append(group)
            }
        }
        // Each existing cluster is the target of one group at most: the one holding most of its schools.
        var overlap: [(group: Int, cluster: String, count: Int)] = []
        for (i, group) in groups.enumerated() {
            let current = Dictionary(grouping: group.compactMap { clusterOf[Enrolment(programme, $0)] }, by: { $0 })
            overlap += current.map { (i, $0.key, $0.value.count) }
        }
        var target: [Int: String] = [:], taken: Set<String> = []
        for o in overlap.sorted(by: { ($1.count, $0.cluster, $0.group) < ($0.count, $1.cluster, $1.group) })
        where target[o.group] == nil && !taken.contains(o.cluster) {
            target[o.group] = o.cluster; taken.insert(o.cluster)
        }
        return groups.enumerated().map { i, group in
            let counts = group.reduce(into: [String: Int]()) { for k in kinds[$1] ?? [] { $0[k, default: 0] += 1 } }
            let shared = counts.filter { $0.value * 2 >= group.count }.keys.sorted()
            var span = 0.0
            for a in group { for b in group { if let p = pos(a), let q = pos(b) { span = max(span, Geo.km(p, q)) } } }
            let cluster = target[i]
            return Composition(members: group, cluster: cluster, sharedKinds: shared, spanKm: Int(span),
                               moves: group.filter { clusterOf[Enrolment(programme, $0)] != cluster })
        }
    }
}
