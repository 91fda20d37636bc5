/// Refusals, conflicts, log errors and notices, and events as sentences.
/// Each language's catalogue gives every key (a test checks).
public enum MessageText: String, CaseIterable, Sendable, TextKey {
    case noticeTornTail, noticeCreated, noticeNewerSchema, noticeNoWrite, errIO, errStandardOutput, errnoNoSpace, errnoClosed, errnoPipe, errnoNotFound, errnoNoAccess, errnoQuota, errnoReadOnly, errnoIO, errnoExists, errnoIsDirectory, errnoNotDirectory, errnoNameTooLong, errnoLink, errnoOther, storeNotUTF8, errFileExists, errNotALog
    case errUnsupportedFormat, errDamaged, errReadOnly, errReplaced, errTooLarge, probChecksumMissing
    case probChecksumMismatch, probMalformed, probMissingField, probBadValue, probUnknownType, probNotCanonical, probTooLong, probNotAHeader
    case probSequence, domEmptyField, domInvalidID, domInvalidInstitution, domInvalidHandle, domUnknownProgramme
    case domUnknownSchool, domUnknownMunicipality, domUnknownPerson, domUnknownCluster, domUnknownTrack
    case domUnknownKind, domDuplicateProgramme, domDuplicateSchool, domDuplicatePerson, domDuplicateCluster
    case domDuplicateKind, domEndBeforeStart, domNotAConsultant, domNotParticipating, domNotAccepted
    case domParticipationUnchanged, domParticipationTransition, domAlreadyAssigned, domAlreadyInCluster
    case domClusterNameUnchanged, domInterventionTransition, domReasonRequired, domDateInFuture
    case domDateBeforeLastUpdate, domMeetingNoParticipants, domClusterNotInProgramme, domTimeOutOfRange, domNone
    case evProgramme, evSchool, evParticipation, evPerson, evAssigned, evClusterFormed, evClusterRenamed, evPlaced
    case evKind, evIntervention, evMeeting, domUnknownActor, domCoordinatorOnly, domOwnCaseload, domUnknownFollowUp
    case domFollowUpDone, domDueBeforeContact, domValueOutOfRange, domRatingOutOfRange, domUnknownMeeting
    case domEvaluationRequired, domNothingToUndo, domUndoBuiltOn, evContact, evFollowUp, evFollowUpDone
    case evFollowUpMoved, evEvaluation, evFeedback, evUndone, evSchoolUpdated, evPersonUpdated, domHardConflicts
    case domSoftConflicts, domMeetingCancelled, domMeetingInFuture, cfConsultantBusy, cfSchoolBusy, cfInThePast
    case cfHoliday, cfSchoolHoliday, cfWeekend, cfOutsideHours, cfTooSoon, hVinter, hPaaske, hSommer, hEfteraar, hJul
    case evMeetingMoved, evMeetingCancelled, evMeetingHeld, errReplacedReopened, noticeSnapshotIgnored
    case snapDamagedHeader, snapDamagedLength, snapDamagedChecksum, snapDamagedContent, snapOtherVersion, snapOtherLog
    case snapStale, noticeSnapshotFailed, errUnsafeFile, unsafeSymlink, unsafeNotRegular, unsafeOwner, unsafeWritable
    case probGarbage, probOverwritten, probHeaderIncomplete, noticeOpenedForReading, noticeZeroTail
    case noticeWriteNotConfirmed, noticeZeroTailPending, noticeTornTailPending, snapNotAFile, snapDisagrees, snapUnauthenticated, domControlCharacter, domInvisibleCharacter, domConfusableName
    case domLastCoordinator, domDoneBeforeAgreed, domNotAtMeeting, domSchoolNotAtMeeting, domMeetingAlreadyHeld
    case errConflict, errBusy, errUnreachable, opOpen, opRead, opWrite, opSync, opLock, opStat, opTruncate, opRename, opMkdir, errNoConnectionYet, netRefused, netTimedOut, netUnknownHost, netNoRoute, netReadOnly, netClosed, netTLS,
         netAuthentication, netServer, netOther, errNotInitialised, errStore, storeWritesAs, storeNotAPerson
    case storeNotAllowed, storeNotOwnSchool, storeClockOff, storeTimeBack, storeNotContinuation, storeNeverChanged, storeBadValue, storeNotAtMeeting, storeTimedOut
    case storeNoRight, domUndoChanged, domNotUndoable, undoBlocked, undoSkipped, undoBlocker, undoListHeading, undoListBlocked, undoListNone, hGrundlov, hAscensionFriday, undidWrite, eventsOne, eventsMany, evEventNumber, evEventNumbers, evUndoneUnknown, cfTooSoonNear, evClusterRenamedUnknown
    case sumProgrammes, sumSchools, sumSchoolsUpdated, sumParticipation, sumPeople, sumPeopleUpdated, sumAssigned
    case sumClusters, sumClustersRenamed, sumPlaced, sumKinds, sumInterventions, sumClusterMeetings, sumMeetings
    case sumMeetingsMoved, sumMeetingsCancelled, sumMeetingsHeld, sumContacts, sumFollowUps, sumFollowUpsDone
    case sumFollowUpsMoved, sumEvaluations, sumFeedback, sumUndone, cfTooSoonSameDay
    case evIndicatorDefined, evIndicatorChanged, evMeasurement, evMeasurementCorrected, sumIndicators, sumIndicatorsChanged, sumMeasurements, sumMeasurementsCorrected, domUnknownIndicator, domDuplicateIndicator, domIndicatorNames, domEmptyRange, domDecimalsOutOfRange, domWrongPeriod, domPeriodInFuture, domMeasurementOutOfRange, domMeasurementExists, domNoMeasurement, domMeasurementUnchanged, domValuesWouldNotFit, domTargetOutOfRange
    case domIndicatorUnchanged
}
