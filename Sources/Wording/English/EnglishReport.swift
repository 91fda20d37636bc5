/// The steering group's report and the iCalendar text.
let englishReport: [ReportText: String] = [
    .repTitle: "Status report: {0}",
    .repAsOf: "As of {0}",
    .repKindsStatus: "Interventions by kind and status",
    .repContacts: "Contacts per consultant",
    .repMeetings: "Meetings held and their ratings",
    .repEvaluation: "Evaluation indicators per region",
    .repCount: "Count",
    .repLastContact: "Last contact",
    .repOpen: "Open follow-ups",
    .repOverdue: "Overdue",
    .repHeld: "Held",
    .repRatings: "Ratings",
    .repRating: "Average rating (1–5)",
    .icsSchools: "Schools:",
    .icsCancelled: "Cancelled: {0}",
    .icsCancelledPrefix: "CANCELLED: ",
]
