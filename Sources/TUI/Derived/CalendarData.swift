import Domain
import Wording

/// The calendar: the programme's meetings in order, and each one's folded search text for its `/`.
public struct CalendarData: Sendable {
    public private(set) var meetings: [Meeting] = []
    /// Title, place, clusters, schools and consultants, in every language's words.
    var search = SearchIndex()

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID) {
        meetings = state.meetings.values.filter { $0.programme == p }.sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }
        let catalogues = Language.allCases.map(Catalogue.init)
        search = SearchIndex(meetings.map { m in
            ([m.title, m.location] + catalogues.flatMap { [$0.title(m), $0.location(m)] } + m.clusters.map { state.clusters[$0]?.name ?? $0 }
             + m.schools.map { state.schools[$0]?.name ?? $0 } + m.consultants + m.consultants.map { state.people[$0]?.fullName ?? "" })
                .joined(separator: " ")
        })
    }
}
