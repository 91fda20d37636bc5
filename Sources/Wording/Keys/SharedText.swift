/// Words every front end uses: statuses, kinds, roles, column titles, spans of time, scheduling reasons.
/// Each language's catalogue gives every key (a test checks).
public enum SharedText: String, CaseIterable, Sendable, TextKey {
    case holidayNewYear, holidayMaundyThursday, holidayGoodFriday, holidayEaster, holidayEasterMonday, holidayPrayerDay, holidayAscension, holidayWhitSunday, holidayWhitMonday, holidayChristmas, holidaySecondChristmas
    case indicatorDanish, indicatorMaths, indicatorRetention, colInitials, colFullName, colRole, colBase, colTrack, colIndicator, colPoint, colValuePercent, colFrom, colTo, colTracks, colKinds
    /// Kinds of event, as the history's filter names them.
    case eventProgrammeDefined, eventSchoolRegistered, eventSchoolUpdated, eventPersonUpdated, eventParticipationSet, eventPersonRegistered
    case eventConsultantAssigned, eventClusterFormed, eventClusterRenamed, eventSchoolPlaced, eventInterventionKindDefined, eventInterventionStatusSet
    case eventMeetingScheduled, eventMeetingMoved, eventMeetingCancelled, eventMeetingHeld, eventContactRecorded, eventFollowUpAgreed
    case eventFollowUpDone, eventFollowUpMoved, eventEvaluationRecorded, eventFeedbackGiven, eventUndone
    case offered, acceptedStatus, declined, withdrawn, planned, started, anchored, completed, evaluated, paused
    case stopped, meetingCluster, meetingNetwork, meetingThemeDay, meetingGuidanceDay, meetingConference
    case meetingSparring, meetingVideoSparring, kindFolkeskole, kindFriskole, kindSpecialskole, kindErhvervsskole
    case roleConsultant, roleCoordinator, roleReader, colInstitution, colName, colMunicipality, colCluster
    case colConsultant, colParticipation, weekShort, hourLetter, weekLetter, dayToday, dayTomorrow, dayYesterday, colMembers, colLastMeeting, colNextMeeting, colHeld, colSchool
    case colTotal, colWhen, colKind, colWho, colWhere, colWhy, colWeight, whyStalled, whyMeeting, whyDeclined, colTime, colActor
    case colEvent, formPhone, formMail, whyOverdue, whyOverdueMany, whyNoContact, whyNeverContacted, whyUnprepared, colFeedback
    case colStatus, colUpdated, colID, colTitle, colStart, colEnd, sgFree, sgNoHolidays, sgSpacing, sgFirst, sgHost
    case sgTravel, cancelled, meetingHeldWith, compositionWhy, atTime, sgAfter, sgBefore, sgHostLast, sgHostNever
    case sgOnlySoft, sgNoneClean, sgBeyond, sgBeyondSoft, weeksOne, weeksMany, daysOne, daysMany, weeksAndDays, planSummary, planShort
    case planShortOne, planShortItem, planNothing, planNothingOne, stScheduled, stHeld, pointBaseline, pointMidway, pointFinal, stUnrecorded, colUnrecorded
    // Column titles of the exports that the dashboard words the same as its form labels.
    case colRegion, colSchoolKind, colReason, colDate, colForm, colParticipants, colSummary
    /// A meeting by what it is, for whom and when; a host school as its place; the last joint of a list.
    case meetingNamed, meetingFor, hostSchoolAt, listAnd, othersCount
    case eventIndicatorDefined, eventIndicatorChanged, eventMeasurementRecorded, eventMeasurementCorrected, unitPercent, unitGradePoints, unitCount, unitPer100Pupils, betterLower, betterHigher, periodSchoolYear, periodYear, periodDate, periodPoint, targetLevel, targetChange, valuePerHundred
    case groupComparison
    case colLatest, colPeriod, colBaseline, colImprovement, colTarget, colTrend, colPupils, colVariation, scoreGroupN, scoreTargetCount, scoreInside, scoreOutside, scoreHeading, scoreTargetNote, scoreFewNote, scoreImprovementNote
    case colGroup
    case colValue, colSource, groupProgramme
    case effectBetter, effectWorse, effectCannotTell, effectFigure, effectN, effectHeading, effectSentence, effectControlNever, effectControlNotYet, effectBaseVarying, effectBaseUniversal, effectOptions, colEventTime, colDifference, colReading, colSchoolsWithWithout, colIntervention, colBand, colBasePeriod, effectPreTest, effectMDE, effectWarnIncomplete, effectWarnFromStart, effectWarnSmallGroup, effectWarnNoNever, effectWarnFewPre, effectWarnNoPreTest, effectWarnPreTrend, effectWarnWeakPreTest, effectWarnNoComparison, effectMethod, effectMultiple, effectNoStarted, effectNoComparisonSchools, effectNotByYear, effectPanelRepeated, effectPanelGroupDiffers, effectPanelTooFew, effectPanelNotFinite, effectPanelNoComplete, effectEventStudy, effectByGroup, effectGroupTime, effectNever
    case unitPercentagePoints
    case effectPanelOutOfRange
    case effectWarnAlsoStarted
}
