import Foundation
import Domain
import Wording

/// The results screen's figures: each indicator's cell for every school of the schools list, the groups (the
/// programme, its clusters and regions, the comparison schools) with their n, and the rows shown after the facets,
/// the `/` filter and the sort. Domain computes every figure (`scoreCell`, `scoreGroups`), as for `tavle scorecard`.
public struct ScorecardData: Sendable {
    public private(set) var indicators: [IndicatorDefinition] = []
    /// `cells[indicator][row]`, for each row of `SchoolsData.rows`.
    public private(set) var cells: [[ScoreCell]] = []
    /// Per indicator: the programme's group, each cluster's by id, each region's by name, the comparison schools'.
    public private(set) var programme: [GroupScore] = []
    public private(set) var byCluster: [[String: GroupScore]] = []
    public private(set) var byRegion: [[String: GroupScore]] = []
    public private(set) var comparison: [GroupScore] = []
    /// Rows of the schools list shown, in sort order; and the schools taking part before any filter.
    public private(set) var visible: [Int] = []
    public private(set) var takingPart = 0
    /// The shown rows' own group, per indicator, when a filter narrows them.
    public private(set) var shown: [GroupScore] = []
    /// The schools' names as they sort, once; and what the rows were last filtered by, so the schools list's own `/`
    /// (which refilters through the same call) costs the results screen nothing on each key.
    private var nameKeys: [String] = []
    private var filteredBy: (filter: String, indicator: Int, sort: ScoreColumn, descending: Bool, facets: Facets)?

    init() {}

    /// The indicators only, their figures still to be worked out.
    init(pending indicators: [IndicatorDefinition]) { self.indicators = indicators }

    init(_ state: NetworkState, _ p: ProgrammeID, indicators: [IndicatorDefinition], schools: SchoolsData) {
        self.indicators = indicators
        let accepted = schools.rows.map { $0.participation == .accepted }
        takingPart = accepted.filter { $0 }.count
        nameKeys = schools.nameKeys
        // Each indicator on its own core: at national scale its cells are most of a first frame.
        let each = Slots<Figures>(indicators.count)
        DispatchQueue.concurrentPerform(iterations: indicators.count) { [indicators] i in
            let d = indicators[i]
            let lookup = state.seriesLookup(d)
            let cells = state.scoreCells(d, schools: schools.rows.map(\.institution), lookup: lookup)
            var figures = Figures(cells: cells, total: .empty(d.id), other: .empty(d.id))
            for g in state.scoreGroups(d, cells: zip(cells, accepted).filter(\.1).map(\.0), lookup: lookup) {
                switch g.kind {
                case .programme: figures.total = g.score
                case .cluster: figures.clusters[g.id] = g.score
                case .region: figures.regions[Int(g.id).flatMap { Region.byCode[$0]?.name } ?? g.id] = g.score
                case .comparison: figures.other = g.score
                }
            }
            each.put(i, figures)
        }
        for f in each.all {
            cells.append(f.cells); programme.append(f.total); byCluster.append(f.clusters); byRegion.append(f.regions); comparison.append(f.other)
        }
    }

    /// One indicator's cells and group figures.
    private struct Figures {
        var cells: [ScoreCell]
        var total: GroupScore
        var clusters: [String: GroupScore] = [:], regions: [String: GroupScore] = [:]
        var other: GroupScore
    }

    /// The rows shown: those taking part (or of the participation the facets ask for), through the facets and the
    /// `/` filter, sorted by the column asked for (names break ties).
    mutating func filter(_ s: ScorecardState, facets: Facets, schools: SchoolsData, state: NetworkState) {
        if let last = filteredBy, last.filter == s.filter, last.indicator == s.indicator, last.sort == s.sort,
           last.descending == s.descending, last.facets == facets { return }
        filteredBy = (s.filter, s.indicator, s.sort, s.descending, facets)
        guard indicators.indices.contains(s.indicator) else { visible = []; shown = []; return }
        let hits = s.filter.isEmpty ? nil : schools.search.matches(s.filter)
        var rows = schools.rows.indices.filter { i in
            if facets.participation == nil, schools.rows[i].participation != .accepted { return false }
            if let hits, !hits[i] { return false }
            return schools.passes(i, facets)
        }
        let c = cells[s.indicator]
        func key(_ i: Int) -> Double? {
            switch s.sort {
            case .name: return nil
            case .latest: return c[i].latest?.value.double
            case .baseline: return c[i].baseline
            case .improvement: return c[i].gain
            case .target: return c[i].targetMet.map { $0 ? 1 : 0 }
            case .pupils: return c[i].latest?.pupils.map(Double.init)
            }
        }
        let names = nameKeys
        let keys = rows.map { key($0) }
        let place = Dictionary(uniqueKeysWithValues: zip(rows, keys))
        rows.sort { a, b in
            let ka = place[a]!, kb = place[b]!
            // Rows without a value go last whichever way the sort runs.
            if let ka, let kb, ka != kb { return s.descending ? ka > kb : ka < kb }
            if (ka == nil) != (kb == nil) { return ka != nil }
            return s.sort == .name && s.descending ? names[a] > names[b] : names[a] < names[b]
        }
        visible = rows
        shown = indicators.indices.map { k in state.groupScore(indicators[k], cells: rows.map { cells[k][$0] }) }
    }
}
