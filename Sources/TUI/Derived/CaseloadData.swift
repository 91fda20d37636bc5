import Domain
import Wording

/// The caseload: one consultant's schools, ranked, and those its `/` filter shows.
public struct CaseloadData: Sendable {
    public private(set) var all: [CaseloadItem] = []
    public private(set) var shown: [CaseloadItem] = []
    /// Whether, this caseload being empty, someone else has schools in the programme's caseloads (so its empty
    /// list says how to see theirs): worked out here, not per frame, as at national scale that is 10 000 entries.
    public private(set) var othersHaveSchools = false

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID, user: String, today: Day, contactWeeks: Int) {
        all = state.caseloadItems(p, consultant: user, today: today, contactWeeks: contactWeeks)
        shown = all
        if all.isEmpty { othersHaveSchools = state.caseload.contains { $0.key.programme == p && $0.value != user } }
    }

    mutating func filter(_ text: String, schools: SchoolsData) {
        guard !text.isEmpty else { shown = all; return }
        let hit = schools.matching(text)
        shown = all.filter { hit.contains($0.school) }
    }
}
