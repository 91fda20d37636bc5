import Domain
import Wording

/// The intervention matrix: the programme's kinds, the schools it lists, and after its filters, its column counts.
public struct MatrixData: Sendable {
    public private(set) var kinds: [InterventionKind] = []
    /// Rows of the schools list that take part or have an intervention.
    public private(set) var rows: [Int] = []
    public private(set) var visible: [Int] = []
    public private(set) var counts: [Int] = []

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID, schools: SchoolsData) {
        kinds = state.interventionKinds.values.filter { $0.programme == p }
        rows = schools.rows.indices.filter { schools.rows[$0].participation == .accepted || schools.statusesOf[schools.rows[$0].institution] != nil }
    }

    mutating func filter(_ f: MatrixState, schools: SchoolsData) {
        let hits = f.filter.isEmpty ? nil : schools.search.matches(f.filter)
        let kinds = self.kinds
        visible = rows.filter { i in
            if let hits, !hits[i] { return false }
            let s = schools.rows[i].institution
            if let k = f.kind, let st = f.status { return schools.status(s, k) == st }
            if let k = f.kind { return schools.status(s, k) != nil }
            if let st = f.status { return kinds.contains { schools.status(s, $0.id) == st } }
            return true
        }
        counts = kinds.map { k in visible.reduce(0) { $0 + (schools.status(schools.rows[$1].institution, k.id) != nil ? 1 : 0) } }
    }
}
