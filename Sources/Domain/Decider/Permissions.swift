/// Who may do what. Enforced in `decide`, so every front end obeys the same rules.
enum Permissions {
    static func check(_ command: Command, _ state: NetworkState, actor: String) throws(DomainError) {
        guard let person = state.people[actor] else { throw .unknownActor(actor) }
        if person.role == .coordinator { return }
        // A consultant records for the schools in their own caseload, and gives feedback and undoes their own.
        func own(_ programme: ProgrammeID, _ school: String) throws(DomainError) {
            guard state.schools[school] != nil else { throw .unknownSchool(school) }
            guard state.caseload[Enrolment(programme, school)] == actor else {
                throw .notPermitted(actor: actor, rule: .ownCaseload(school: school))
            }
        }
        switch command {
        case .recordContact(let c, _): try own(c.programme, c.school)
        case .completeFollowUp(let id, _), .moveFollowUp(let id, _, _):
            guard let f = state.followUps[id] else { throw .unknownFollowUp(id) }
            try own(f.programme, f.school)
        case .setInterventionStatus(let k, _, _, _): try own(k.programme, k.school)
        case .recordEvaluation(let v): try own(v.programme, v.school)
        case .giveFeedback, .undoLast: return
        default: throw .notPermitted(actor: actor, rule: .coordinatorOnly)
        }
    }
}
