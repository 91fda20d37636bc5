/// The steering group's report and the iCalendar text.
/// Each language's catalogue gives every key (a test checks).
public enum ReportText: String, CaseIterable, Sendable, TextKey {
    case repTitle, repAsOf, repHead, evaluationCount, evaluationFew, repFewNote, repKindsStatus, repContacts, repMeetings, repEvaluation, repCount, repLastContact, repOpen
    case repOverdue, repHeld, repRatings, repRating, icsSchools, icsCancelled, icsCancelledPrefix
    case repChartParticipation, repChartKinds, repChartContacts, repChartRatings, repRatingShown, ratingWithN, repRatingNote, ratingCount, repPage, repChartEvaluation, repOutOf
    case repIndicators, repIndicatorsNote, repChartTargets, repTargetsShown
    case repEffects, repEffectsNote, repEffectChart, repEffectPoint, repEffectComputed
}
