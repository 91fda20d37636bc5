/// Why a school in a caseload needs attention.
public enum AttentionReason: Sendable, Equatable {
    case stalled(kind: String, since: Day)
    case meetingSoon(Meeting)
    case declinedOrWithdrawn(ParticipationStatus)
    case noInterventions
}

/// A school in someone's caseload, with every reason it needs attention, most urgent first.
public struct CaseloadItem: Sendable, Equatable {
    public let school: String
    public let reasons: [AttentionReason]
    /// Higher needs attention sooner.
    public let weight: Int
}

extension NetworkState {
    /// The consultant's schools, ranked by what needs attention.
    public func caseloadItems(_ programme: ProgrammeID, consultant: String, today: Day, horizonDays: Int = 14) -> [CaseloadItem] {
        let mine = caseload.filter { $0.key.programme == programme && $0.value == consultant }.map(\.key.school)
        var meetingsOf: [String: Meeting] = [:]
        for m in upcomingMeetings(programme, from: today) where m.day.ordinal - today.ordinal <= horizonDays {
            let schoolsIn = Set(m.schools + m.clusters.flatMap { clusters[$0]?.members ?? [] })
            for s in schoolsIn where meetingsOf[s] == nil { meetingsOf[s] = m }
        }
        let stalledBySchool = Dictionary(grouping: stalledInterventions(programme, today: today), by: \.key.school)
        return mine.map { school -> CaseloadItem in
            var reasons: [AttentionReason] = []
            var weight = 0
            for i in stalledBySchool[school] ?? [] {
                reasons.append(.stalled(kind: i.key.kind, since: i.updated))
                weight += 10 + (today.ordinal - i.updated.ordinal) / 7
            }
            let status = participation[Enrolment(programme, school)]?.status
            if let status, status == .declined || status == .withdrawn {
                reasons.append(.declinedOrWithdrawn(status)); weight += 5
            } else if interventions(of: school, in: programme).isEmpty {
                reasons.append(.noInterventions); weight += 8
            }
            if let m = meetingsOf[school] { reasons.append(.meetingSoon(m)); weight += 3 }
            return CaseloadItem(school: school, reasons: reasons, weight: weight)
        }.sorted { ($1.weight, $0.school) < ($0.weight, $1.school) }
    }
}
