import Domain
import Wording

/// The calendar: the programme's meetings in order, and each one's folded search text for its `/`.
public struct CalendarData: Sendable {
    public private(set) var meetings: [Meeting] = []
    /// Title, place, clusters, schools and consultants, in every language's words.
    var search = SearchIndex()

    /// What the list view's columns are as wide as, gathered once per state rather than per frame: the days and the
    /// start and end times meetings take, the most schools a held one had, the widest participants said by name (a
    /// cluster's, or schools' joined) and the most clusters one meeting is for (said as their count).
    private(set) var days: Set<Day> = []
    private(set) var hours: Set<Int> = []
    private(set) var mostAttending = 0, widestNamed = 0, mostClusters = 0

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID) {
        meetings = state.meetings.values.filter { $0.programme == p }.sorted { ($0.day, $0.start, $0.id) < ($1.day, $1.start, $1.id) }
        for m in meetings {
            days.insert(m.day)
            hours.insert(m.start * 1440 + m.end)
            mostAttending = max(mostAttending, m.attendance?.count ?? 0)
            if m.clusters.count > 1 { mostClusters = max(mostClusters, m.clusters.count); continue }
            let named = m.clusters.first.map { state.clusters[$0]?.name ?? "" } ?? m.schools.compactMap { state.schools[$0]?.name }.joined(separator: ", ")
            widestNamed = max(widestNamed, named.displayWidth)
        }
        let catalogues = Language.allCases.map(Catalogue.init)
        search = SearchIndex(meetings.map { m in
            ([m.title, m.location] + catalogues.flatMap { [$0.title(m), $0.location(m)] } + m.clusters.map { state.clusters[$0]?.name ?? $0 }
             + m.schools.map { state.schools[$0]?.name ?? $0 } + m.consultants + m.consultants.map { state.people[$0]?.fullName ?? "" })
                .joined(separator: " ")
        })
    }
}
