/// What a person sets out to do, before the details are known: the dashboard asks before it opens a form, so a
/// refusal comes before the typing, by the same rule `decide` applies after it.
public enum Intent: Sendable, Equatable {
    /// Record for one school: a contact, an evaluation, an intervention's status, a follow-up.
    case recordFor(programme: ProgrammeID, school: String)
    /// Rate a meeting: one that has taken place, by someone who was there.
    case rate(meeting: String)
    /// Undo one's own last change: anyone registered.
    case takePart
    /// Everything else: plan meetings, form clusters, decide participation, assign consultants.
    case coordinate
}

/// Who may do what. Enforced in `decide`, so every front end obeys the same rules.
public enum Permissions {
    /// Why `actor` may not do this at all, whatever is typed; nil when they may. A log with no people yet lets
    /// its first writer in, as its coordinator.
    public static func refusal(_ intent: Intent, _ state: NetworkState, _ context: Context) -> DomainError? {
        let actor = context.actor
        if case .rate(let id) = intent {
            guard let m = state.meetings[id] else { return .unknownMeeting(id) }
            guard m.status != .cancelled else { return .meetingCancelled(m.id) }
            // A meeting is rated once it has taken place, not before it ends.
            guard m.hasEnded(by: Copenhagen.local(context.now)) else { return .meetingInFuture(m.id) }
            // Rated by someone who was there: a coordinator, its consultant, or the consultant of one of its schools.
            guard state.people[actor]?.role == .coordinator || m.consultants.contains(actor)
                    || state.participants(m).contains(where: { state.caseload[Enrolment(m.programme, $0)] == actor })
            else { return .notAtMeeting(actor: actor, meeting: m.id) }
        }
        if state.people.isEmpty { return Person.isValidHandle(actor) ? nil : .unknownActor(actor) }
        guard let person = state.people[actor] else { return .unknownActor(actor) }
        if person.role == .coordinator { return nil }
        switch intent {
        case .takePart, .rate: return nil
        case .coordinate: return .notPermitted(actor: actor, rule: .coordinatorOnly)
        case .recordFor(let programme, let school):
            // A consultant records for the schools in their own caseload.
            guard state.schools[school] != nil else { return .unknownSchool(school) }
            guard state.caseload[Enrolment(programme, school)] == actor else {
                return .notPermitted(actor: actor, rule: .ownCaseload(school: school))
            }
            return nil
        }
    }

    /// The intent a command carries out (`Command.intent`).
    static func intent(_ command: Command, _ state: NetworkState) throws(DomainError) -> Intent { try command.intent(state) }

    static func check(_ command: Command, _ state: NetworkState, _ context: Context) throws(DomainError) {
        if let refusal = refusal(try intent(command, state), state, context) { throw refusal }
    }
}
