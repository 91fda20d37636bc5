/// Why `decide` refused a command. Each case names the rule; the interface's catalogue words it.
public enum DomainError: Error, Sendable, Equatable {
    case emptyField(String)
    case invalidID(String)
    case invalidInstitution(String)
    case invalidHandle(String)
    case unknownProgramme(String)
    case unknownSchool(String)
    case unknownMunicipality(Int)
    case unknownPerson(String)
    case unknownCluster(String)
    case unknownTrack(programme: String, track: String)
    case unknownInterventionKind(programme: String, kind: String)
    case duplicateProgramme(String)
    case duplicateSchool(String)
    case duplicatePerson(String)
    case duplicateCluster(String)
    case duplicateInterventionKind(String)
    case endBeforeStart
    case notAConsultant(String)
    case notParticipating(programme: String, school: String)
    case notAccepted(programme: String, school: String)
    case participationUnchanged(ParticipationStatus)
    case participationTransition(from: ParticipationStatus?, to: ParticipationStatus)
    case alreadyAssigned(school: String, consultant: String)
    case alreadyInCluster(school: String, cluster: String)
    case clusterNameUnchanged
    case interventionTransition(from: InterventionStatus?, to: InterventionStatus)
    case reasonRequired(InterventionStatus)
    case dateInFuture(Day)
    case dateBeforeLastUpdate(Day)
    case meetingHasNoParticipants
    case clusterNotInProgramme(cluster: String, programme: String)
    case timeOutOfRange(Int)
    /// Unknown people may read the log but not write to it.
    case unknownActor(String)
    case notPermitted(actor: String, rule: PermissionRule)
    case unknownFollowUp(String)
    case followUpAlreadyDone(String)
    case dueBeforeContact(due: Day, contact: Day)
    case valueOutOfRange(hundredths: Int)
    case ratingOutOfRange(Int)
    case unknownMeeting(String)
    case evaluationRequired(school: String)
    case unknownIndicator(programme: String, indicator: String)
    case duplicateIndicator(String)
    /// An indicator needs a name in at least one language, and one name per language.
    case indicatorNames
    /// The lowest value must lie below the highest.
    case emptyRange(minimum: Fixed, maximum: Fixed)
    case decimalsOutOfRange(Int)
    /// A period of another kind than the indicator's (a calendar year for a school-year indicator).
    case wrongPeriod(period: String, kind: PeriodKind)
    case periodInFuture(String)
    /// A value outside the indicator's range, or with more decimals than it has.
    case measurementOutOfRange(value: Fixed, minimum: Fixed, maximum: Fixed, decimals: Int)
    /// The period has a value already: it is corrected, with a reason.
    case measurementExists(school: String, period: String, value: Fixed)
    case noMeasurement(school: String, period: String)
    case measurementUnchanged(Fixed)
    case indicatorUnchanged(String)
    /// A changed definition would leave recorded values outside its range, or of another kind of period.
    case valuesWouldNotFit(count: Int)
    case targetOutOfRange(Fixed)
    case nothingToUndo
    case undoBuiltOn(seq: Int, by: Int)
    /// Hard conflicts: the meeting cannot be booked like this.
    case hardConflicts([Conflict])
    /// Soft conflicts: the meeting can be booked if the user confirms (`force`).
    case softConflicts([Conflict])
    case meetingCancelled(String)
    case meetingInFuture(String)
    case meetingAlreadyHeld(String)
    /// The write `undoLast` would undo is no longer the one the person was shown.
    case undoChanged
    /// No write of the actor's that undo can reach holds this record.
    case notUndoable(Int)
    /// A control character (its code point) in text a person gave.
    case controlCharacter(field: String, scalar: UInt32)
    /// An invisible character (zero-width, a direction mark, a tag character…) in a name.
    case invisibleCharacter(field: String, scalar: UInt32)
    /// A new name that looks like another school's or cluster's (`other`, numbered `id`) without being it.
    case confusableName(name: String, other: String, id: String)
    /// The change would leave the log with no coordinator.
    case lastCoordinator(String)
    /// A follow-up cannot be done before the contact it was agreed at.
    case doneBeforeAgreed(done: Day, agreed: Day)
    /// Only those at a meeting (its consultants, its schools' consultants) and coordinators rate it.
    case notAtMeeting(actor: String, meeting: String)
    case schoolNotAtMeeting(school: String, meeting: String)
}

/// The rule behind a permission refusal.
public enum PermissionRule: Sendable, Equatable {
    /// Only coordinators assign consultants, form clusters, decide participation and so on.
    case coordinatorOnly
    /// A consultant records only for the schools in their own caseload.
    case ownCaseload(school: String)
}
