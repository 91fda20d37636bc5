import Domain

/// Refusals before the typing: a form or a choice opens only when its command could succeed for this person,
/// this school and this moment; otherwise the status line says why at once.
extension Model {
    /// Whether `user` may set out to do this now. Says why not in the status line, and answers false.
    mutating func mayStart(_ intent: Intent) -> Bool {
        if isLookingBack { notice = .travellingRefused; return false }
        if session.readOnly { notice = .readOnlyRefused; return false }
        if let refusal = Permissions.refusal(intent, state, Context(actor: session.user, now: clock.now)) { notice = .refused(.domain(refusal)); return false }
        return true
    }

    /// Whether the status bar should offer this key: write keys are left out where they would be refused
    /// whatever is selected (looking back in time or on the way there, a read-only log, a coordinator's key for a
    /// consultant), and a school's keys where no school is selected (an empty caseload, a filter nothing passes).
    func offers(_ action: Action) -> Bool {
        guard action.writes else { return true }
        if isLookingBack || session.readOnly { return false }
        if Self.schoolActions.contains(action), page == nil, currentSchool == nil { return false }
        return !action.coordinates || Permissions.refusal(.coordinate, state, Context(actor: session.user, now: clock.now)) == nil
    }

    /// The keys that act on the selected school (or the page's).
    static let schoolActions: Set<Action> = [.recordContact, .followUpDone, .moveFollowUp, .interventionStatus, .participation, .evaluation]

    /// Recording for a school in the programme on view.
    mutating func mayRecord(for school: String) -> Bool {
        guard let programme else { return mayStart(.coordinate) }
        return mayStart(.recordFor(programme: programme, school: school))
    }

    /// Closing or moving a follow-up: its school's consultant, or a coordinator.
    mutating func mayFollowUp(_ id: String) -> Bool {
        guard let f = state.followUps[id] else { notice = .refused(.domain(.unknownFollowUp(id))); return false }
        return mayStart(.recordFor(programme: f.programme, school: f.school))
    }
}
