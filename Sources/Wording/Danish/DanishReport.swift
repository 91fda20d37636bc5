/// The steering group's report and the iCalendar text.
let danishReport: [ReportText: String] = [
    .repTitle: "Statusrapport: {0}",
    .repAsOf: "Opgjort {0}",
    .repKindsStatus: "Indsatser efter type og status",
    .repContacts: "Kontakter pr. konsulent",
    .repMeetings: "Møder holdt og deres vurdering",
    .repEvaluation: "Evalueringsindikatorer pr. region",
    .repCount: "Antal",
    .repLastContact: "Seneste kontakt",
    .repOpen: "Åbne opfølgninger",
    .repOverdue: "Over tid",
    .repHeld: "Holdt",
    .repRatings: "Vurderinger",
    .repRating: "Gns. vurdering (1–5)",
    .icsSchools: "Skoler:",
    .icsCancelled: "Aflyst: {0}",
    .icsCancelledPrefix: "AFLYST: ",
]
