/// Every user-visible string's key. Each language's catalogue must give every key.
public enum Str: String, CaseIterable, Sendable {
    // Views and panels
    case appName, tabOverview, tabSchools
    case panelParticipation, panelRegions, panelClusters, panelInterventions, panelMeetings
    case noMeetings, noClusters, noInterventions, stalledCount, clusterCount, schoolsCount, accepted
    // Statuses and kinds
    case offered, acceptedStatus, declined, withdrawn
    case planned, started, anchored, completed, evaluated, paused, stopped
    case meetingCluster, meetingNetwork, meetingThemeDay, meetingGuidanceDay, meetingConference, meetingSparring, meetingVideoSparring
    case kindFolkeskole, kindFriskole, kindSpecialskole, kindErhvervsskole
    case roleConsultant, roleCoordinator, roleReader
    // School list and detail
    case colInstitution, colName, colMunicipality, colCluster, colConsultant, colParticipation
    case detailInstitution, detailMunicipality, detailRegion, detailKind, detailParticipation, detailConsultant, detailCluster
    case detailTrack, detailSince, detailInterventions, detailMeetings, detailNone, updatedOn, stalledMark, noSchools
    // Status bar, help, empty state
    case statusUser, statusLog, statusReadOnly, helpTitle, helpClose, emptyTitle, emptyStart, emptyDemo, emptyDemoOut, emptyLog
    case tooSmall, weekShort, programmeLabel
    // Key descriptions
    case keyOverview, keySchools, keyNextView, keyPreviousView, keyUp, keyDown, keyPageUp, keyPageDown
    case keySwitchPane, keyTop, keyBottom, keyOpen, keyBack, keyProgramme, keyHelp, keyQuit
    // Log notices and errors
    case noticeTornTail, noticeCreated, noticeNewerSchema, noticeNoWrite
    case errIO, errFileExists, errNotALog, errUnsupportedFormat, errDamaged, errReadOnly, errReplaced, errTooLarge
    case probChecksumMissing, probChecksumMismatch, probMalformed, probMissingField, probBadValue, probUnknownType
    case probNotAHeader, probSequence
    // Domain refusals
    case domEmptyField, domInvalidID, domInvalidInstitution, domInvalidHandle, domUnknownProgramme, domUnknownSchool
    case domUnknownMunicipality, domUnknownPerson, domUnknownCluster, domUnknownTrack, domUnknownKind
    case domDuplicateProgramme, domDuplicateSchool, domDuplicatePerson, domDuplicateCluster, domDuplicateKind
    case domEndBeforeStart, domNotAConsultant, domNotParticipating, domNotAccepted, domParticipationUnchanged
    case domParticipationTransition, domAlreadyAssigned, domAlreadyInCluster, domClusterNameUnchanged
    case domInterventionTransition, domReasonRequired, domDateInFuture, domDateBeforeLastUpdate
    case domMeetingNoParticipants, domClusterNotInProgramme, domTimeOutOfRange, domNone
    // Events as sentences
    case evProgramme, evSchool, evParticipation, evPerson, evAssigned, evClusterFormed, evClusterRenamed, evPlaced, evKind, evIntervention, evMeeting
    // The full dashboard
    case tabClusters, tabInterventions, tabCalendar, tabCaseload, tabHistory, keyClusters, keyInterventions, keyCalendar, keyCaseload, keyHistory, keyLeft, keyRight, keyFilter, keySort, keyReverseSort, keyFacets, keyClearFilters, keyMapColouring, keyNewCluster, keyRenameCluster, keyMoveSchool, keyPalette, paletteView, paletteTitle, paletteNone, helpSearch, filterPrompt, filterHint, sortedBy, filtered, facetRegion, facetParticipation, facetCluster, facetConsultant, facetStatus, facetAll, facetsTitle, colMembers, colLastMeeting, colNextMeeting, colHeld, clusterMembers, colSchool, colTotal, matrixTitle, matrixLegend, calendarTitle, colWhen, colKind, colWho, colWhere, caseloadTitle, caseloadEmpty, colWhy, whyStalled, whyMeeting, whyDeclined, historyTitle, colTime, colActor, colEvent, historyFilters, pageFacts, pageContacts, pageFollowUps, pageEvaluation, pageHistory, pageNotYet, timelineTitle, timelineToday, timelineYear, stalledTitle, noStalled, overdueTitle, noOverdue, mapTitle, mapByParticipation, mapByIntervention, formClusterID, formClusterName, formCreateCluster, formRenameCluster, formHint, confirmCreate, confirmRename, confirmMove, confirmHint, pickCluster, saved, refused, liveOK, liveError, readOnlyRefused, noSchoolSelected, noClusterSelected, themeError, configError
    case hintPane, hintOpen, hintFilter, hintSort, hintFacets, hintMap, hintNew, hintRename, hintMove, hintPalette, hintHelp, hintQuit, keyHistoryActor, keyHistorySchool, hintActor, hintSchool
    case domUnknownActor, domCoordinatorOnly, domOwnCaseload, domUnknownFollowUp, domFollowUpDone, domDueBeforeContact, domValueOutOfRange, domRatingOutOfRange, domUnknownMeeting, domEvaluationRequired, domNothingToUndo, domUndoBuiltOn, evContact, evFollowUp, evFollowUpDone, evFollowUpMoved, evEvaluation, evFeedback, evUndone
    case formPhone, formMail
    case whyOverdue, whyNoContact, whyNeverContacted, whyUnprepared
    case keyRecordContact, keyInterventionStatus, keyUndo, keyDayBack, keyDayForward, keyWeekBack, keyWeekForward, keyToEvent, keyNow, hintContact, hintStatus, hintTravel, historical, formDate, formForm, formParticipants, formSummary, formFollowUp, formWho, formDue, formRecordContact, formReason, formStopIntervention, pickStatus, confirmContact, confirmFollowUps, confirmStatus, confirmDone, paletteDone, formBadDate, formBadForm, formFutureDate, noTransitions, pageEvaluationTrend, colFeedback, evaluationTitle
    case keyParticipation, keyEvaluation, keyRateMeeting, hintRate, pickParticipation, formIndicator, formPoint, formValue, formRating, formComment, formEvaluation, formRate, formParticipation, formMoveFollowUp, formBadChoice, formBadNumber, paletteMove, confirmGeneric
    case evSchoolUpdated, evPersonUpdated
    // Import and export
    case impMissingColumn, impUnknownColumn, impNoProgramme, impInstitution, impDuplicate, impEmpty, impUnknownMunicipality, impDidYouMean, impBadChoice, impUnknownConsultant, impUnknownCluster, impFileEmpty, impOnlyHeader, impNotUTF8, impTooLarge, impMalformed, impNoChanges, impAdded, impChanged, impDryRun, impErrors, impRecorded
    case colStatus, colUpdated, colID, colTitle, colStart, colEnd
    case repTitle, repAsOf, repKindsStatus, repContacts, repMeetings, repEvaluation, repCount, repLastContact, repOpen, repOverdue, repHeld, repRatings, repRating
    // Scheduling
    case domHardConflicts, domSoftConflicts, domMeetingCancelled, domMeetingInFuture, cfConsultantBusy, cfSchoolBusy, cfInThePast, cfHoliday, cfSchoolHoliday, cfWeekend, cfOutsideHours, cfTooSoon, hVinter, hPaaske, hSommer, hEfteraar, hJul, evMeetingMoved, evMeetingCancelled, evMeetingHeld
    case cliBadTime, cliBadDuration, sgFree, sgNoHolidays, sgSpacing, sgFirst, sgHost, sgTravel, cancelled
    case keyToday, hintToday, keyCalendarMode, hintMode, keySuggest, hintBook, keyMoveMeeting, keyCancelMeeting, keyMeetingHeld, suggestTitle, noSuggestions, calendarFilterTitle, filterAll, filterKind, filterConsultant, filterCluster, monthTitle, dayMeetings, noMeetingsDay, formStart, formMoveMeeting, formCancelMeeting, meetingTitle, meetingWhen, meetingWho, meetingWhere, meetingConsultants, meetingStatus, meetingHeldWith, booked
    case keyNewMeeting, hintNewMeeting, keyPlanRound, formKind, formTarget, formDuration, formWhere, formConsultant, formNewMeeting, formBadWho, planTitle, confirmSoft
    case keySuggestClusters, hintRegroup, compositionsTitle, compositionWhy, confirmAdopt
    case errReplacedReopened
    case atTime, icsSchools, icsCancelled
    // Command line
    case cliBadDate, cliBadChoice, cliBadNumber, cliBadFollowUp
    case cliVerified, cliDemoWritten, cliUnknownProgramme, cliNoProgramme, cliOpenFailed, cliNotATerminal
    case noticeSnapshotIgnored, snapDamagedHeader, snapDamagedLength, snapDamagedChecksum, snapDamagedContent, snapOtherVersion, snapOtherLog, snapStale, noticeSnapshotFailed
    case cliSnapshotWritten, cliStatsLog, cliStatsSnapshot, cliStatsNoSnapshot, cliStatsSnapshotIgnored, cliStatsByType, cliStatsEvents
    case timelineEnded, timelineNotStarted
    case errUnsafeFile, unsafeSymlink, unsafeNotRegular, unsafeOwner, unsafeWritable, probGarbage, probOverwritten, probHeaderIncomplete
    case noticeOpenedForReading, noticeZeroTail, noticeZeroTailPending, noticeTornTailPending, snapNotAFile, snapDisagrees
    case domControlCharacter, domLastCoordinator, domDoneBeforeAgreed, domNotAtMeeting, domSchoolNotAtMeeting
    case cliEmptyActor, impControlCharacter, impDuplicateColumn, impTooManyFields, cliOutOfRange, cliOutIsLog, impChecking, impWriting, domMeetingAlreadyHeld, domUndoChanged, hGrundlov, hAscensionFriday
    case confirmUndo, undidWrite, eventsOne, eventsMany, evEventNumber, evEventNumbers
    case sumProgrammes, sumSchools, sumSchoolsUpdated, sumParticipation, sumPeople, sumPeopleUpdated, sumAssigned, sumClusters
    case sumClustersRenamed, sumPlaced, sumKinds, sumInterventions, sumClusterMeetings, sumMeetings, sumMeetingsMoved
    case sumMeetingsCancelled, sumMeetingsHeld, sumContacts, sumFollowUps, sumFollowUpsDone, sumFollowUpsMoved, sumEvaluations
    case sumFeedback, sumUndone
    case listPosition, sgAfter, sgBefore, sgHostLast, sgHostNever, sgOnlySoft, sgNoneClean, weeksOne, weeksMany, daysOne, daysMany
    case cfTooSoonSameDay, cliBadPeriod, weeksAndDays, planSummary, planShort, planShortOne, planShortItem, planNothing, planNothingOne, stScheduled, stHeld, stUnrecorded, unrecordedCount, colUnrecorded
}
