import Domain
import Wording

/// The caseload: one consultant's schools, ranked, and those its `/` filter shows.
public struct CaseloadData: Sendable {
    public private(set) var all: [CaseloadItem] = []
    public private(set) var shown: [CaseloadItem] = []

    init() {}

    init(_ state: NetworkState, _ p: ProgrammeID, user: String, today: Day, contactWeeks: Int) {
        all = state.caseloadItems(p, consultant: user, today: today, contactWeeks: contactWeeks)
        shown = all
    }

    mutating func filter(_ text: String, schools: SchoolsData) {
        guard !text.isEmpty else { shown = all; return }
        let hit = schools.matching(text)
        shown = all.filter { hit.contains($0.school) }
    }
}
