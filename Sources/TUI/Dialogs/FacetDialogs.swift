import Domain
import Wording

/// `f` on the schools: each facet with its value; Enter lists a facet's values, `x` clears them all.
public struct FacetsDialog: MenuDialog {
    public var cursor = Cursor()
    var overlay: Overlay { .facets(self) }

    func title(_ m: Model) -> String { m.text(.facetsTitle) }

    func rows(_ m: Model) -> [String] {
        // Labels as wide as the widest in this language ("Intervention status"), so none is cut.
        let labelWidth = FacetKind.allCases.map { m.text($0.label).displayWidth }.max().map { $0 + 2 } ?? 16
        return FacetKind.allCases.map { k in m.text(k.label).padded(to: labelWidth) + (m.facetValue(k) ?? m.text(.facetAll)) }
    }

    func draw(_ m: Model, into g: inout Grid) {
        let items = rows(m)
        let r = DialogFrame.centred(width: width, height: items.count + 3, title: title(m), &g)
        DialogFrame.menu(items, cursor, in: r, m, &g)
        g.put(m.text(.keyClearFilters) + ": x", x: r.x + 2, y: r.maxY - 2, style: Style(.muted), limit: r.width - 4)
    }

    func choose(_ key: Key, _ m: inout Model) {
        if key == .char("f") { m.overlay = nil }
        if key == .char("x") { m.schools.facets = Facets(); m.applySchoolFilter(keeping: m.selectedSchool) }
        if key == .enter { m.overlay = .facetValues(FacetValuesDialog(kind: FacetKind.allCases[cursor.selected])) }
    }
}

/// One facet's values, "all" first; Enter sets it and Esc goes back to the facets.
public struct FacetValuesDialog: SearchableMenu {
    public var kind: FacetKind
    public var cursor = Cursor()
    var search = MenuSearch()
    var overlay: Overlay { .facetValues(self) }
    var width: Int { 44 }

    func title(_ m: Model) -> String { m.text(kind.label) }
    func rows(_ m: Model) -> [String] { [m.text(.facetAll)] + m.facetValues(kind).map(\.label) }

    func choose(_ key: Key, _ m: inout Model) {
        guard key == .enter else { return }
        let values = m.facetValues(kind)
        let i = cursor.selected
        m.setFacet(kind, i == 0 || !values.indices.contains(i - 1) ? nil : values[i - 1].value)
        escape(&m)
    }

    func escape(_ m: inout Model) {
        var back = Cursor(); back.selected = kind.rawValue
        m.overlay = .facets(FacetsDialog(cursor: back))
    }
}

extension FacetKind {
    var label: UIText {
        switch self {
        case .region: return .facetRegion
        case .participation: return .facetParticipation
        case .cluster: return .facetCluster
        case .consultant: return .facetConsultant
        case .interventionStatus: return .facetStatus
        case .interventionKind: return .facetKind
        }
    }
}

extension Model {
    /// The values a facet can take, as (label, value) pairs.
    func facetValues(_ kind: FacetKind) -> [(label: String, value: String)] {
        switch kind {
        case .region: return Region.all.map { ($0.name, $0.name) }
        case .participation: return ParticipationStatus.allCases.map { (text.name($0), $0.rawValue) }
        case .cluster: return derived.clusters.all.map { ($0.cluster.name, $0.cluster.name) }
        case .consultant:
            // By full name in the language's order, the handle added only where two share a name.
            let people = state.people.values.filter { $0.role == .consultant }
            let shared = Dictionary(grouping: people, by: \.fullName).filter { $0.value.count > 1 }
            return people.map { (Collation.key($0.fullName), $0) }.sorted { ($0.0, $0.1.name) < ($1.0, $1.1.name) }.map { _, p in
                (shared[p.fullName] == nil ? p.fullName : "\(p.fullName) (\(p.name))", p.name)
            }
        case .interventionStatus: return InterventionStatus.allCases.map { (text.name($0), $0.rawValue) }
        case .interventionKind: return derived.matrix.kinds.map { ($0.name, $0.id) }
        }
    }

    func facetValue(_ kind: FacetKind) -> String? {
        let f = schools.facets
        switch kind {
        case .region: return f.region
        case .participation: return f.participation.map { text.name($0) }
        case .cluster: return f.cluster
        case .consultant: return f.consultant.map(state.fullName)
        case .interventionStatus: return f.interventionStatus.map { text.name($0) }
        case .interventionKind: return f.interventionKind.map { k in derived.matrix.kinds.first { $0.id == k }?.name ?? k }
        }
    }

    mutating func setFacet(_ kind: FacetKind, _ value: String?) {
        switch kind {
        case .region: schools.facets.region = value
        case .participation: schools.facets.participation = value.flatMap(ParticipationStatus.init(rawValue:))
        case .cluster: schools.facets.cluster = value
        case .consultant: schools.facets.consultant = value
        case .interventionStatus: schools.facets.interventionStatus = value.flatMap(InterventionStatus.init(rawValue:))
        case .interventionKind: schools.facets.interventionKind = value
        }
        schools.cursor = Cursor()
        scorecard.cursor = Cursor()
        applySchoolFilter()
    }
}
