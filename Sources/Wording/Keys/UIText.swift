/// The dashboard's words: views, panels, keys, hints, forms and dialogs.
/// Each language's catalogue gives every key (a test checks).
public enum UIText: String, CaseIterable, Sendable, TextKey {
    case appName, tabOverview, tabSchools, panelParticipation, panelRegions, panelClusters, panelInterventions
    case panelMeetings, noMeetings, noClusters, noInterventions, stalledCount, clusterCount, schoolsCount, accepted
    case detailInstitution, detailMunicipality, detailRegion, detailKind, detailParticipation, detailConsultant
    case detailCluster, detailTrack, detailSince, detailInterventions, detailMeetings, detailNone, detailMore, updatedOn
    case stalledMark, noSchools, statusUser, statusLog, statusReadOnly, helpTitle, helpClose, emptyTitle, emptyStart
    case emptyDemo, emptyDemoOut, emptyLog, tooSmall, programmeLabel, keyOverview, keySchools, keyNextView
    case keyPreviousView, keyUp, keyDown, keyPageUp, keyPageDown, keySwitchPane, keyTop, keyBottom, keyOpen, keyBack
    case keyProgramme, keyHelp, keyQuit, tabClusters, tabInterventions, tabCalendar, tabCaseload, tabHistory
    case keyClusters, keyInterventions, keyCalendar, keyCaseload, keyHistory, keyLeft, keyRight, keyFilter, keySort
    case keyReverseSort, keyFacets, keyClearFilters, keyMapColouring, keyNewCluster, keyRenameCluster, keyMoveSchool
    case keyPalette, paletteView, paletteTitle, paletteNone, helpSearch, filterPrompt, filterHint, sortedBy, filtered
    case facetRegion, facetParticipation, facetCluster, facetConsultant, facetStatus, facetAll, facetsTitle
    case clusterMembers, matrixTitle, matrixLegend, calendarTitle, caseloadTitle, caseloadOfTitle, caseloadEmpty, caseloadEmptyOthers, caseloadPick, menuSearchHint, hintBack, menuNoMatches, historyTitle
    case historyFilters, pageFacts, pageContacts, pageFollowUps, pageEvaluation, pageHistory, pageNotYet
    case timelineTitle, timelineToday, timelineYear, stalledTitle, stalledTitleShort, noStalled, overdueTitle, noOverdue, mapTitle
    case mapByParticipation, mapByIntervention, formClusterID, formClusterName, formCreateCluster, formRenameCluster
    case formHint, formChoiceHint, formNoChoice, confirmCreate, confirmRename, confirmMoveFollowUp, confirmMeasurement, confirmRating, formWhoDefault, confirmMove, confirmHint, pickCluster, saved, refused, liveOK
    case liveError, readOnlyRefused, travellingRefused, travellingGoingRefused, weeksAbbreviated, noMatches, keyFollowUpDone, keyMoveFollowUp, hintDone,
    pickFollowUpDone, pickFollowUpMove, pickIntervention, noOpenFollowUps, followUpDue, interventionNotBegun, noSchoolSelected, noClusterSelected, themeError, configError, hintPane, hintOpen
    case hintFilter, hintSort, hintFacets, hintMap, hintNew, hintRename, hintMove, hintPalette, hintHelp, hintQuit
    case keyHistoryActor, keyHistorySchool, hintActor, hintSchool, keyRecordContact, keyInterventionStatus, keyUndo
    case keyDayBack, keyDayForward, keyWeekBack, keyWeekForward, keyToEvent, keyNow, hintContact, hintStatus
    case liveOffline, noticeReconnected, noticeWriteWaiting, noticeHistoryReading, noticeWriteAfterHistory, historyReading, historySearching, noticeDemoActor, hintTravel, historical, travelGoing, formDate, formForm, formParticipants, formSummary, formFollowUp, formWho, formDue
    case formRecordContact, formReason, formStopIntervention, pickStatus, confirmContact, confirmFollowUps
    case compositionNeedsCluster, compositionNew, caseloadNothingDue
    case cfgNotTOML, cfgUnreadable, cfgUnknownSetting, cfgThemeNotAName, cfgLang, cfgContactWeeks, cfgSnapshotEvery, cfgKeysTable
    case cfgUnknownAction, cfgKeyNames, cfgUnknownKey, cfgBoundTwice, cfgRolesMissing, cfgUnknownRole, cfgRoleTable, cfgNotAColour
    case cfgUnknownRoleSetting, cfgNotABool, cfgNoTheme
    case confirmStatus, confirmDone, paletteDone, formBadDate, formBadForm, formFutureDate, noTransitions
    case pageEvaluationTrend, evaluationTitle, keyParticipation, keyEvaluation, keyRateMeeting, hintRate
    case pickParticipation, formIndicator, formPoint, formValue, formRating, formComment, formEvaluation, formRate
    case formParticipation, formMoveFollowUp, formBadChoice, formBadNumber, paletteMove, confirmGeneric, keyToday
    case hintToday, keyCalendarMode, hintMode, keySuggest, hintBook, keyMoveMeeting, keyCancelMeeting, keyMeetingHeld
    case suggestTitle, noSuggestions, calendarFilterTitle, filterAll, filterKind, filterConsultant, filterCluster
    case monthTitle, dayMeetings, noMeetingsDay, formStart, formMoveMeeting, formCancelMeeting, meetingTitle
    case meetingWhen, meetingWho, meetingWhere, meetingConsultants, meetingStatus, booked, keyNewMeeting
    case hintNewMeeting, keyPlanRound, formKind, formTarget, formDuration, formWhere, formConsultant, formNewMeeting
    case formBadWho, planTitle, confirmSoft, keySuggestClusters, hintRegroup, compositionsTitle, confirmAdopt
    case timelineEnded, timelineNotStarted, confirmUndo, listPosition, unrecordedCount
    case indicatorsTitle, indicatorsN, indicatorsComparison, indicatorsNone
    case pageIndicators, pageIndicatorSummary, pageBand, pageBandInside, pageBandOutside, pageBandNoLatest, pageBandNone, pageBaselineMark, pageCorrected
    case pupilsCount
    case tabScorecard, keyScorecard, facetKind, scorecardTitle, scorecardTakingPart, scorecardShown, scorecardNoIndicators, scorecardGroups, scorecardShownGroup, scorecardSwitch, hintIndicator, scorecardGroupLine
    case pageMeasurementsLine
    case pageMeasurementsMany
    case formPeriod, formPupils, formMeasurement
    case formAmount
    case formIndicatorID, formNames, formUnit, formMinimum, formMaximum, formDecimals, formBetter, formPeriodKind, formBaseline, formTargetKind, formSchoolTarget, formProgrammeTarget, formSource, formDefineIndicator, formChangeIndicator, confirmDefineIndicator, confirmChangeIndicator, keyDefineIndicator, keyChangeIndicator, hintDefine, hintChange
    case noIndicatorShown
    case formIndicatorName
    case tabEffects, keyEffects, keyToggleComparison, keyToggleBase, hintCompare, hintBase, effectsTitle, effectsComputing, effectsNone, effectsWarnings, effectsOneWarning, effectsVsNever, effectsVsNotYet, effectsPreTest, effectsChartNote
}
