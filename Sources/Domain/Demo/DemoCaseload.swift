extension DemoNetwork {
    /// Sparring visits with follow-ups (some done, some moved, some overdue), evaluation values at
    /// baseline and midway, and the consultants' feedback on past meetings.
    mutating func planCaseload(_ p: String, _ school: String, actor: String) {
        let start = programmeStart
        let forms: [ContactForm] = [.sparring, .videoSparring, .phone, .mail]
        let topics = ["Status på turboforløb og næste skridt", "Data fra de nationale test gennemgået med ledelsen",
                      "Forældresamarbejde: plan for efterårets møder", "Opfølgning på mentorordningen",
                      "Ledelsens prioriteringer for resten af skoleåret"]
        let tasks = [("Sende data for 8. årgang", "skoleleder"), ("Planlægge forældremøde", "afdelingsleder"),
                     ("Dele materiale om peer learning", "konsulent"), ("Aftale observation i 9. klasse", "vejleder")]
        var day = DemoNetwork.workingDay(near: start.adding(days: 25 + random(0...30)))
        let visits = random(2...5)
        let lastGap = random(0...9) == 0 ? 90 : random(10...50)
        for v in 0..<visits {
            if v == visits - 1 { day = max(day, DemoNetwork.workingDay(near: today.adding(days: -lastGap))) }
            guard day < today else { break }
            let due = day.adding(days: 7 * random(2...6))
            let task = pick(tasks)
            let contact = Contact(programme: p, school: school, date: day, form: v == 0 ? .sparring : pick(forms),
                                  participants: ["skoleleder", "afdelingsleder"].prefix(random(1...2)).map { $0 },
                                  summary: pick(topics))
            at(day, 15 * 60, actor, .recordContact(contact, followUps: [FollowUp(programme: p, school: school, what: task.0, who: task.1, due: due)]))
            day = DemoNetwork.workingDay(near: day.adding(days: random(40...110)))
        }
        var bases: [Indicator: Int] = [:]
        for (point, offset) in [(MeasuringPoint.baseline, 30), (.midway, 395)] where start.adding(days: offset) < today {
            for indicator in [Indicator.danskUnder4, .matematikUnder4] {
                let base = bases[indicator] ?? random(1500...4500)
                bases[indicator] = base
                let value = point == .baseline ? base : max(0, base - random(-300...1500))
                at(start.adding(days: offset), 11 * 60, actor, .recordEvaluation(Evaluation(
                    id: "", programme: p, school: school, indicator: indicator, point: point, hundredths: value,
                    date: start.adding(days: offset))))
            }
        }
    }

    /// Follow-ups are closed or moved some weeks after they were agreed, as the log would show.
    mutating func planFollowUpOutcomes(_ state: NetworkState) -> [(at: Timestamp, actor: String, command: Command)] {
        var out: [(Timestamp, String, Command)] = []
        for f in state.followUps.values {
            let actor = state.caseload[Enrolment(f.programme, f.school)] ?? DemoCatalogue.coordinator.name
            let roll = random(0...9)
            if roll < 8, f.due.adding(days: -3) < today {
                let d = min(today.adding(days: -1), f.due.adding(days: -random(0...5)))
                out.append((Timestamp(day: d, minutes: 14 * 60), actor, .completeFollowUp(id: f.id, date: d)))
            } else if roll == 8, f.due < today {
                out.append((Timestamp(day: f.due, minutes: 14 * 60), actor,
                            .moveFollowUp(id: f.id, due: f.due.adding(days: 21), reason: "Skolen har haft travlt med terminsprøver")))
            }
        }
        // Ratings of past meetings: cluster meetings mostly useful, network meetings less so, as the evaluation found.
        let comments = ["Godt med konkrete eksempler", "For lidt tid til erfaringsudveksling", "Relevant oplæg", "Svært at se værdien for os"]
        for m in state.meetings.values where m.day < today && (m.kind == .cluster || m.kind == .network) {
            guard random(0...9) < 7 else { continue }
            let by = m.consultants.first ?? DemoCatalogue.coordinator.name
            let rating = m.kind == .network ? random(1...3) : random(2...5)
            let comment: String? = random(0...2) == 0 ? pick(comments) : nil
            out.append((Timestamp(day: min(today.adding(days: -1), m.day.adding(days: 1)), minutes: 9 * 60), by,
                        .giveFeedback(MeetingFeedback(meeting: m.id, rating: rating, comment: comment))))
        }
        return out
    }
}
