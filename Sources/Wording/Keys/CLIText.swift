/// The command line's own messages.
/// Each language's catalogue gives every key (a test checks).
public enum CLIText: String, CaseIterable, Sendable, TextKey {
    case cliLanguageProblems, langMissingFile, langNotAnObject, langWrongList, langMissingForm, langUnknownKey, langNotText, langMissingTexts
    case cliBadTime, cliBadDuration, cliBadDate, cliBadChoice, cliBadNumber, cliBadFollowUp, cliVerified
    case cliDemoWritten, cliUnknownProgramme, cliNoProgramme, cliOpenFailed, cliNotATerminal, cliSnapshotWritten
    case cliStatsLog, cliStatsSnapshot, cliStatsNoSnapshot, cliStatsSnapshotIgnored, cliStatsByType, cliStatsEvents
    case cliEmptyActor, cliOutOfRange, cliOutIsLog, cliBadPeriod
    case urlNotAURL, urlNoHost, urlNoDatabase, urlBadPort, urlBadSSLMode, urlBadTimeout, urlUnknownParameter, urlNoUser, cliAsOnSharedLog
    case cliTakes, cliMeetingWho, cliDurationOrEnd, cliNoLogPlace, cliIcsOnly, cliNoSuchCluster, cliNoSuchConsultant, cliNoPDFConverter, cliPDFFailed, cliPDFNeedsOut
    /// ArgumentParser's own words, as templates for its output ($1, $2: what it named).
    case parserOverview, parserUsageHeading, parserOptions, parserArguments, parserSubcommands, parserShowHelp, parserShowVersion, parserSeeSubcommandHelp, parserSeeHelp, parserSubcommand, parserOptionsShort, parserError, parserUsage, parserHelp, parserUnknownOptionDidYouMean, parserUnknownOption, parserUnexpectedArgument, parserMissingValue, parserMissingArgument, parserMissingOneOf, parserMissingSubcommand, parserInvalidValueFor, parserInvalidValue, parserTakesNoValue, parserAlreadySet, parserInvalidOption, parserDefault, parserUnexpectedArguments, cliUnknownSubcommand, cliFirstRun, cliIdLabel
    case cliBadPair, cliTrackLine, cliKindLine, cliNoSuchProgramme
    case cliDbCreated, cliDbUpToDate, cliDbUpgraded, cliDbNewer, cliDbGranted, cliCopied, cliCopyNotEmpty, cliDbNeedsURL, cliSharedStats
    case cliHeadIs, cliHeadBad, cliHeadHolds, cliHeadChanged, cliHeadTooShort, cliAgainstSame, cliAgainstDiffer, cliAgainstOtherLog, cliAgainstLonger
    case cliBadPeriod2, cliNoIndicators, cliIndicatorLine, cliIndicatorPeriods, cliIndicatorTarget, cliIndicatorSource, cliIndicatorMeasured, cliIndicatorBuiltin
    case cliEffectPanelOnly, cliEffectColumnsNeedPanel, cliEffectReps, cliEffectNothing, cliPanelNeeds, cliPanelRead
    case cliEffectWarnings
}
