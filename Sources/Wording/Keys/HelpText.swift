/// The command line's help: every command's abstract and every option's help, for ArgumentParser.
/// Each language's catalogue gives every key (a test checks).
public enum HelpText: String, CaseIterable, Sendable, TextKey {
    case importProgrammesAbstract, manAbstract, manTitle, manName, manDescription, manCommands, manEnvironment, manEnvironmentText, manFiles, manFilesText, manExit, manExitText
    case programmeAbstract, programmeCreateAbstract, programmeCreateID, programmeCreateName, programmeCreateFrom, programmeCreateTo, programmeCreateTrack, programmeCreateKind, programmeListAbstract, importCreate, importVerbose
    case contactAbstract, contactAddAbstract, optionSchool, contactAddDate, contactAddForm, contactAddSummary
    case contactAddParticipants, contactAddFollowUps, optionProgrammeIfSeveral, followUpAbstract, followUpDoneAbstract, followUpDoneId
    case followUpDoneDate, followUpMoveAbstract, followUpMoveId, followUpMoveDue, followUpMoveReason, followUpListAbstract
    case optionJSON, followUpListAll, interventionAbstract, interventionSetAbstract, interventionSetKind, interventionSetStatus
    case interventionSetReason, interventionSetDate, evaluationAbstract, evaluationAddAbstract, evaluationAddIndicator, evaluationAddValue
    case evaluationAddDate, evaluationAddPoint, caseloadAbstract, optionProgrammeDefault, caseloadWeeks, caseloadConsultant, peopleAbstract
    case peopleListAbstract, peopleListJSON, undoAbstract, clusterAbstract, clusterSuggestAbstract, clusterSuggestSize
    case clusterListAbstract, clusterCreateAbstract, optionProgramme, clusterCreateId, clusterCreateName, clusterCreateTrack
    case clusterRenameAbstract, optionCluster, clusterRenameName, clusterMoveAbstract, clusterMoveTo, dbAbstract
    case dbInitAbstract, dbGrantAbstract, dbGrantNames, demoAbstract, demoOut, importAbstract
    case importFile, importProgramme, importDryRun, importSchoolsAbstract, importConsultantsAbstract, importClustersAbstract
    case exportAbstract, exportTable, exportFormat, exportCluster, exportConsultant, exportExcel
    case optionOut, reportAbstract, reportFormat, reportPaper, globalLog, globalAs
    case globalLang, globalToday, logAbstract, logVerifyAbstract, logSnapshotAbstract, logStatsAbstract
    case logCopyAbstract, logCopySource, logCopyDestination, meetingAbstract, meetingScheduleAbstract, meetingScheduleKind
    case meetingScheduleCluster, meetingScheduleSchool, meetingScheduleDate, meetingScheduleStart, meetingScheduleDuration, meetingScheduleEnd
    case meetingScheduleLocation, meetingScheduleConsultant, meetingScheduleTitle, meetingScheduleForce, meetingMoveAbstract, optionMeeting
    case meetingMoveDate, meetingMoveStart, meetingMoveDuration, meetingMoveForce, meetingCancelAbstract, meetingCancelReason
    case meetingHeldAbstract, meetingHeldAttendance, meetingListAbstract, meetingListFrom, meetingListTo, meetingFeedbackAbstract
    case meetingFeedbackId, meetingFeedbackRating, meetingFeedbackComment, meetingFeedbackSchool, participationAbstract, participationSetAbstract
    case participationSetSchool, participationSetStatus, participationSetTrack, participationSetReason, schoolAbstract, schoolListAbstract
    case schoolListProgramme, schoolListJSON, meetingSuggestAbstract, meetingSuggestFrom, meetingSuggestWeeks, meetingSuggestDuration
    case meetingSuggestCount, meetingSuggestBook, meetingSuggestForce, meetingPlanAbstract, meetingPlanPerCluster, meetingPlanFrom
    case meetingPlanTo, meetingPlanDryRun, dashboardAbstract, dashboardDiscussion, dashboardDemo, dashboardTheme
    case dashboardNoMouse, globalAsOf
    case logVerifyHead, logVerifyAgainst, logHeadAbstract, undoWhich, undoList
    case indicatorAbstract, indicatorDefineAbstract, indicatorChangeAbstract, indicatorListAbstract, indicatorID, indicatorName, indicatorUnit, indicatorMinimum, indicatorMaximum, indicatorDecimals, indicatorBetter, indicatorPeriod, indicatorBaseline, indicatorTargetKind, indicatorSchoolTarget, indicatorProgrammeTarget, indicatorNoTarget, indicatorSource, measurementAbstract, measurementRecordAbstract, measurementCorrectAbstract, measurementIndicator, measurementPeriod, measurementValue, measurementPupils, measurementSource, measurementReason, scorecardAbstract, scorecardIndicator, scorecardCluster, importRegisterAbstract, importMeasurementsAbstract, importMeasurementsIndicator, importMeasurementsReason, importMeasurementsSource
    case importSkipUnknown
    case effectAbstract, effectKind, effectIndicator, effectControl, effectBase, effectReps, effectPanel, exportKind, exportIndicator
    case effectColumnID, effectColumnPeriod, effectColumnGroup, effectColumnOutcome
}
