/// Importing from CSV: what was found wrong, and what was done.
/// Each language's catalogue gives every key (a test checks).
public enum ImportText: String, CaseIterable, Sendable, TextKey {
    case impMissingColumn, impUnknownColumn, impNoProgramme, impInstitution, impDuplicate, impEmpty
    case impUnknownMunicipality, impDidYouMean, impBadChoice, impUnknownConsultant, impUnknownCluster, impFileEmpty
    case impOnlyHeader, impNotUTF8, impCreatingProgramme, impBadPairs, impProgrammeDiffers, impSpreadsheet, impBadDate, impOpenDocument, impReadAs1252, impBlankRows, impBlankColumns, impTooLarge, impMalformed, impNoChanges, impAdded, impMore, impChanged, impDryRun
    case impErrors, impRecorded, impControlCharacter, impDuplicateColumn, impTooManyFields, impChecking, impWriting
    case impNoLayout, impNoInstitutionColumn, impLayoutWide, impLayoutLong, impBadNumber, impBadPeriodCell, impValueOutOfRange, impBadPupils, impDuplicatePeriod, impNotInRegister, impUnknownSkipped, impDiffers, impMissingCells, impMeasurementLine, impCorrectionLine, impPaddedInstitutions
    case impNotWhole, impNotNumber
}
