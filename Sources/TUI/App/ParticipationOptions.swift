import Domain
import Wording

/// The participation decisions a school can take from where it stands.
extension Model {
    func participationOptions(_ school: String) -> [ParticipationStatus] {
        guard let p = programme else { return [] }
        let current = state.participation[Enrolment(p, school)]?.status
        return ParticipationStatus.allCases.filter { $0 != current && ParticipationRules.allows(from: current, to: $0) }
    }
}
