import Domain
import Wording

/// The schools list: every school of the programme with its folded search text, in sort order, filtered.
public struct SchoolsData: Sendable {
    /// Every school of the programme.
    public private(set) var rows: [SchoolRow] = []
    /// The widest municipality, cluster and school name among the rows, so columns are as wide as what they hold.
    public private(set) var widestMunicipality = 0, widestCluster = 0, widestName = 0
    var search = SearchIndex()
    /// Each row's name as it sorts (Danish order), made once: the list's sort and the results screen's use it.
    private(set) var nameKeys: [String] = []
    /// Indices into `rows`, filtered and sorted.
    public private(set) var visible: [Int] = []
    /// Each school's interventions' statuses, by kind.
    var statusesOf: [String: [String: InterventionStatus]] = [:]
    /// All rows in the current sort order, so filtering need not sort again.
    var order: [Int] = []
    var orderKey: (SchoolColumn, Bool)?

    init() {}

    /// The rows and their statuses alone: what the overview and the matrix read, before `finish` adds the rest (the
    /// first frame works them out side by side, Derived.swift).
    init(rows: [SchoolRow], statusesOf: [String: [String: InterventionStatus]]) {
        self.rows = rows
        self.statusesOf = statusesOf
    }

    static func statuses(_ state: NetworkState, _ p: ProgrammeID) -> [String: [String: InterventionStatus]] {
        var statusesOf: [String: [String: InterventionStatus]] = [:]
        for i in state.interventions.values where i.key.programme == p {
            statusesOf[i.key.school, default: [:]][i.key.kind] = i.status
        }
        return statusesOf
    }

    /// The names' sort keys, the columns' widths and the search text.
    mutating func finish(_ state: NetworkState) {
        nameKeys = rows.map { Collation.key($0.name) }
        widestMunicipality = rows.lazy.map(\.municipality.displayWidth).max() ?? 0
        widestCluster = rows.lazy.map { ($0.cluster ?? "").displayWidth }.max() ?? 0
        widestName = rows.lazy.map(\.name.displayWidth).max() ?? 0
        search = SearchIndex(rows.map { r in
            [r.name, r.institution, r.municipality, r.cluster ?? "", r.consultant ?? "",
             r.consultant.flatMap { state.people[$0]?.fullName } ?? ""].joined(separator: " ")
        })
    }

    func status(_ school: String, _ kind: String) -> InterventionStatus? { statusesOf[school]?[kind] }

    /// The institutions whose row matches a `/` text.
    func matching(_ text: String) -> Set<String> {
        let hits = search.matches(text)
        return Set(rows.indices.filter { hits[$0] }.map { rows[$0].institution })
    }

    /// Applies the `/` filter and the facets to the rows in sort order (sorted again only when the sort changes).
    mutating func filter(_ s: SchoolsState) {
        if orderKey.map({ $0 != (s.sort, s.descending) }) ?? true {
            order = Self.sorted(rows, names: nameKeys, by: s.sort, descending: s.descending)
            orderKey = (s.sort, s.descending)
        }
        let hits = s.filter.isEmpty ? nil : search.cachedMatches(s.filter)
        let faceted = !s.facets.isEmpty
        visible = order.filter { i in
            if let hits, !hits[i] { return false }
            return !faceted || passes(i, s.facets)
        }
    }

    /// Whether row `i` passes the facets. Rows are read in place, never copied: a copy of each of 10 000 rows
    /// retains every string in it.
    func passes(_ i: Int, _ f: Facets) -> Bool {
        if let region = f.region, rows[i].region != region { return false }
        if let p = f.participation, rows[i].participation != p { return false }
        if let c = f.cluster, rows[i].cluster != c { return false }
        if let c = f.consultant, rows[i].consultant != c { return false }
        let statuses = statusesOf[rows[i].institution]
        if let k = f.interventionKind {
            guard let st = statuses?[k] else { return false }
            if let wanted = f.interventionStatus, st != wanted { return false }
        } else if let st = f.interventionStatus, !(statuses?.values.contains(st) ?? false) { return false }
        return true
    }

    static func sorted(_ rows: [SchoolRow], names: [String], by column: SchoolColumn, descending: Bool) -> [Int] {
        let keys: [String] = zip(rows, names).map { r, name in
            switch column {
            case .institution: return r.institution
            case .name: return name
            case .municipality: return Collation.key(r.municipality)
            case .cluster: return r.cluster.map(Collation.key) ?? "\u{10FFFF}"
            case .consultant: return r.consultant ?? "\u{10FFFF}"
            case .participation: return String(ParticipationStatus.allCases.firstIndex(of: r.participation)!)
            }
        }
        return rows.indices.sorted { a, b in
            if keys[a] != keys[b] { return descending ? keys[a] > keys[b] : keys[a] < keys[b] }
            return names[a] < names[b]
        }
    }
}
