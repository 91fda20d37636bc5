/// The command line's help: every command's abstract and every option's help, for ArgumentParser.
/// Each language's catalogue gives every key (a test checks).
public enum HelpText: String, CaseIterable, Sendable, TextKey {
    case helpImportProgrammes, helpManAbstract, manTitle, manName, manDescription, manCommands, manEnvironment, manEnvironmentText, manFiles, manFilesText, manExit, manExitText
    case helpProgrammeAbstract, helpProgrammeCreate, helpProgrammeID, helpProgrammeName, helpProgrammeFrom, helpProgrammeTo, helpProgrammeTrack, helpProgrammeKind, helpProgrammeList, helpImportCreate, helpImportVerbose
    case helpRecordContactsWithSchools, helpRecordAContactAnd, helpTheSchoolSInstitution, helpTheDateDM, helpSparringsbesGVideosparringTelefon, helpWhatWasTalkedAbout
    case helpWhoTookPartBy, helpAnAgreedFollowUp, helpTheProgrammeIdIf, helpCloseMoveAndList, helpMarkAFollowUp, helpTheFollowUpId
    case helpWhenItWasDone, helpMoveAFollowUp, helpTheFollowUpId2, helpTheNewDueDate, helpWhyItMoves, helpListOpenFollowUps
    case helpPrintJson, helpIncludeFollowUpsThat, helpMoveInterventionsThroughTheir, helpSetAnInterventionS, helpTheInterventionKindIts, helpTheNewStatusIn
    case helpWhyRequiredForStopped, helpTheDateOfThe, helpRecordEvaluationValues, helpRecordAnIndicatorS, helpDanskUnder4Matematik, helpTheValueInPer
    case helpWhenItWasMeasured, helpBaselineMidwayOrFinal, helpAConsultantSSchools, helpTheProgrammeIdDefault, helpFlagSchoolsWithNo, helpEveryoneKnownToThe
    case helpListPeopleWithTheir, helpPrintJsonNameFullname, helpUndoYourLastChange, helpListCreateAndRename, helpSuggestClusterCompositionsSchools, helpSchoolsPerCluster
    case helpListAProgrammeS, helpFormANewCluster, helpTheProgrammeId, helpTheNewClusterS, helpTheClusterSName, helpTheTrackSporId
    case helpGiveAClusterA, helpTheClusterId, helpTheNewName, helpMoveASchoolInto, helpTheClusterToMove, helpSetUpAShared
    case helpCreateTavleSTables, helpLetExistingDatabaseLogins, helpDatabaseLoginsWhichMust, helpWriteTheBuiltIn, helpWhereToWriteThe, helpImportSchoolsConsultantsOr
    case helpTheCsvFileUtf, helpTheProgrammeToRecord, helpCheckTheFileAnd, helpImportSchoolsInstitutionsnummerNavn, helpImportPeopleInitialerName, helpImportClustersIdAnd
    case helpExportSchoolsInterventionsContacts, helpSchoolsInterventionsContactsOr, helpCsvOrJsonMeetings, helpIcsOnlyThisCluster, helpIcsOnlyThisConsultant, helpCsvForDanishExcel
    case helpWriteToThisFile, helpAStatusReportFor, helpMdOrHtml, helpPaper, helpTheLogFileDefault, helpWhoIsActingDefault
    case helpInterfaceLanguageDaOr, helpTakeThisDateAs, helpCheckTheLogFile, helpCheckEveryRecordS, helpWriteASnapshotNext, helpEventsByTypeThe
    case helpCopyALogFile, helpTheLogToCopy, helpWhereToAnEmpty, helpScheduleMoveCancelList, helpBookAMeetingPrints, helpKlyngemDeNetvRksm
    case helpAClusterIdRepeat, helpASchoolSInstitution, helpTheDate, helpStartEG9, helpLengthEG2t30m, helpEndEG12
    case helpTheHostSchoolOr, helpAResponsibleConsultantRepeat, helpATitleDefaultThe, helpBookDespiteSoftConflicts, helpMoveAMeetingTo, helpTheMeetingId
    case helpTheNewDate, helpANewStartDefault, helpANewLengthDefault, helpMoveDespiteSoftConflicts, helpCancelAMeetingWith, helpWhy
    case helpRecordThatAMeeting, helpInstitutionNumbersOfThe, helpListMeetingsByDate, helpFromThisDate, helpToThisDate, helpRecordAParticipantS
    case helpTheMeetingIdE, help1LittleValueTo, helpAShortComment, helpTheSchoolTheRating, helpRecordASchoolS, helpOfferAPlaceOr
    case helpTheSchoolS6, helpOfferedAcceptedDeclinedOr, helpTheTrackSporId2, helpWhyForADecline, helpWorkWithSchools, helpListAProgrammeS2
    case helpTheProgrammeIdSee, helpPrintAJsonArray, helpFreeTimesForA, helpFromThisDateDefault, helpHowManyWeeksTo, helpLengthDefault2t30m
    case helpHowManySuggestions, helpBookTheBestSuggestion, helpBookTheBestSuggestion2, helpPlanClusterMeetingsFor, helpClusterMeetingsEachCluster, helpFromThisDateDefault2
    case helpToThisDateDefault, helpShowThePlanWithout, helpTerminalDashboardForNational, helpWithoutASubcommandOpens, helpOpenTheDashboardOn, helpAThemeDefaultLight
    case helpDoNotTakeMouse, helpShowTheNetworkAs
    case helpVerifyHead, helpVerifyAgainst, helpLogHead, helpUndoWhich, helpUndoList
}
