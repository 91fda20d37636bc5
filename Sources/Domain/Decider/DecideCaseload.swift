// Contacts, follow-ups, evaluation values, meeting feedback and undo: one function a command, called from
// `decideAllowed`.

/// A contact and the follow-ups agreed at it; ids are chosen here.
func decideContact(_ contact: Contact, agreed: [FollowUp], _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    var c = contact
    _ = try requireProgramme(c.programme, state)
    guard state.schools[c.school] != nil else { throw .unknownSchool(c.school) }
    guard state.participation[Enrolment(c.programme, c.school)] != nil else {
        throw .notParticipating(programme: c.programme, school: c.school)
    }
    guard c.date <= context.today else { throw .dateInFuture(c.date) }
    try requireText(c.summary, "summary")
    c.id = state.nextID(.contact)
    c.by = context.actor
    c.summary = c.summary.trimmingCharacters(in: .whitespacesAndNewlines)
    c.participants = c.participants.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var events: [Event] = [.contactRecorded(c)]
    var n = state.lastNumber(.followUp)
    for var f in agreed {
        try requireText(f.what, "what")
        try requireText(f.who, "who")
        guard f.due >= c.date else { throw .dueBeforeContact(due: f.due, contact: c.date) }
        n += 1
        f.id = IDPrefix.followUp.rawValue + pad(n, 4)
        f.contact = c.id
        f.programme = c.programme
        f.school = c.school
        f.done = nil; f.moves = 0; f.reason = nil
        f.what = f.what.trimmingCharacters(in: .whitespaces)
        f.who = f.who.trimmingCharacters(in: .whitespaces)
        events.append(.followUpAgreed(f))
    }
    return events
}

/// A follow-up marked done, on a day not before it was agreed.
func decideFollowUpDone(id: String, date: Day?, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    guard let f = state.followUps[id] else { throw .unknownFollowUp(id) }
    guard f.done == nil else { throw .followUpAlreadyDone(id) }
    let day = date ?? context.today
    guard day <= context.today else { throw .dateInFuture(day) }
    if let agreed = f.contact.flatMap({ state.contacts[$0]?.date }), day < agreed { throw .doneBeforeAgreed(done: day, agreed: agreed) }
    return [.followUpDone(id: id, date: day)]
}

/// A follow-up given a new due day, with the reason.
func decideFollowUpMoved(id: String, due: Day, reason: String, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    guard let f = state.followUps[id] else { throw .unknownFollowUp(id) }
    guard f.done == nil else { throw .followUpAlreadyDone(id) }
    guard let why = trimmed(reason) else { throw .emptyField("reason") }
    if let c = f.contact.flatMap({ state.contacts[$0] }), due < c.date { throw .dueBeforeContact(due: due, contact: c.date) }
    return [.followUpMoved(id: id, due: due, reason: why)]
}

/// An indicator value for a school in the programme.
func decideEvaluation(_ value: Evaluation, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    var v = value
    _ = try requireProgramme(v.programme, state)
    guard state.schools[v.school] != nil else { throw .unknownSchool(v.school) }
    guard state.participation[Enrolment(v.programme, v.school)] != nil else {
        throw .notParticipating(programme: v.programme, school: v.school)
    }
    guard (0...10_000).contains(v.hundredths) else { throw .valueOutOfRange(hundredths: v.hundredths) }
    guard v.date <= context.today else { throw .dateInFuture(v.date) }
    v.id = state.nextID(.evaluation)
    return [.evaluationRecorded(v)]
}

/// A rating of a meeting that took place, by someone who was there.
func decideFeedback(_ feedback: MeetingFeedback, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    var f = feedback
    // Who may rate, and when, was checked with the permissions (Permissions.refusal, .rate).
    guard let m = state.meetings[f.meeting] else { throw .unknownMeeting(f.meeting) }
    let schools = state.participants(m)
    if let s = f.school, !(m.attendance.map { $0.contains(s) } ?? schools.contains(s)) {
        throw .schoolNotAtMeeting(school: s, meeting: m.id)
    }
    guard (1...5).contains(f.rating) else { throw .ratingOutOfRange(f.rating) }
    if let s = f.school, state.schools[s] == nil { throw .unknownSchool(s) }
    f.id = state.nextID(.feedback)
    f.by = context.actor
    f.comment = trimmed(f.comment)
    return [.feedbackGiven(f)]
}

/// Undoes the actor's last write that nothing builds on.
func decideUndoLast(expecting: Int?, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    // The newest of the actor's writes that nothing later builds on: all its events (a contact and its
    // follow-ups, a plan, an import), newest first, as one step. Newer ones that others built on are skipped.
    guard let choice = state.undoChoice(for: context.actor) else { throw .nothingToUndo }
    guard let last = choice.seqs.last else {
        let newest = choice.skipped[0]
        throw .undoBuiltOn(seq: newest.seqs.last ?? 0, by: newest.by)
    }
    if let expecting, expecting != last { throw .undoChanged }
    return try undoEvents(choice.seqs, state, context)
}

/// Undoes a chosen write of the actor's, when nothing builds on it.
func decideUndoWrite(seq: Int, _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    // A chosen write of the actor's, named by any of its records, when nothing later builds on it.
    guard let write = state.writes(of: context.actor).first(where: { $0.contains(seq) }) else { throw .notUndoable(seq) }
    if let by = state.blocker(of: write, by: context.actor) { throw .undoBuiltOn(seq: write.last ?? seq, by: by) }
    return try undoEvents(write, state, context)
}

/// The `undone` events of a write, newest first; a log never loses its last coordinator, by undo or otherwise.
private func undoEvents(_ write: [Int], _ state: NetworkState, _ context: Context) throws(DomainError) -> [Event] {
    var scratch = state
    for seq in write.reversed() { scratch.undo(seq, by: context.actor) }
    if !state.coordinators.isEmpty, scratch.coordinators.isEmpty { throw .lastCoordinator(state.coordinators[0]) }
    return write.reversed().map { .undone(seq: $0) }
}
