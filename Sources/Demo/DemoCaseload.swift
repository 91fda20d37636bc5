import Domain
extension DemoNetwork {
    /// Sparring visits with follow-ups (some done, some moved, some overdue), and the consultants' feedback on past
    /// meetings. (The indicators' values are the national series, DemoIndicators.swift.)
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
        // The values these draws once gave at the measuring points are now the national series (DemoIndicators.swift);
        // drawn still, so that everything after them in the demo stays as it was.
        for (point, _) in evaluationDays {
            for _ in 0..<2 { _ = point == .baseline ? random(1500...4500) : random(-300...1500) }
        }
    }

    /// When every staying Elevløft school is measured: baseline a month in, midway after a year, as far as today.
    var evaluationDays: [(point: MeasuringPoint, day: Day)] {
        [(MeasuringPoint.baseline, 30), (.midway, 395)].map { ($0.0, programmeStart.adding(days: $0.1)) }.filter { $0.day < today }
    }

    /// What follows from an event as the demo runs: a follow-up is closed or moved some weeks after it was
    /// agreed, and a past cluster or network meeting is rated the day after by its consultant.
    mutating func consequences(of event: Event, in state: NetworkState) -> [Step] {
        if case .followUpAgreed(let f) = event {
            let actor = state.caseload[Enrolment(f.programme, f.school)] ?? DemoCatalogue.coordinator.name
            let roll = random(0...9)
            if roll < 8, f.due.adding(days: -3) < today {
                let d = min(today.adding(days: -1), f.due.adding(days: -random(0...5)))
                return [(Timestamp(day: d, minutes: 14 * 60), actor, [.completeFollowUp(id: f.id, date: d)])]
            } else if roll == 8, f.due < today {
                return [(Timestamp(day: f.due, minutes: 14 * 60), actor,
                         [.moveFollowUp(id: f.id, due: f.due.adding(days: 21), reason: "Skolen har haft travlt med terminsprøver")])]
            }
            return []
        }
        if case .meetingScheduled(let m) = event, m.day < today {
            // The coordinator records most past meetings as held the same afternoon; the last three weeks' are
            // often still waiting, as they would be.
            var out: [Step] = []
            if random(0...99) < (m.day >= today.adding(days: -21) ? 50 : 92) {
                var came = state.participants(m).sorted()
                if came.count > 2, chance(0.2) { came.remove(at: random(0...(came.count - 1))) }
                out.append((Timestamp(day: m.day, minutes: m.end - 30), DemoCatalogue.coordinator.name, [.recordMeetingHeld(id: m.id, attendance: came)]))
            }
            // Ratings: cluster meetings mostly useful, network meetings less so, as the evaluation found.
            let comments = ["Godt med konkrete eksempler", "For lidt tid til erfaringsudveksling", "Relevant oplæg", "Svært at se værdien for os"]
            guard m.day.adding(days: 1) < today, m.kind == .cluster || m.kind == .network, random(0...9) < 7 else { return out }
            let by = m.consultants.first ?? DemoCatalogue.coordinator.name
            let rating = m.kind == .network ? random(1...3) : random(2...5)
            let comment: String? = random(0...2) == 0 ? pick(comments) : nil
            return out + [(Timestamp(day: m.day.adding(days: 1), minutes: 9 * 60), by,
                           [.giveFeedback(MeetingFeedback(meeting: m.id, rating: rating, comment: comment))])]
        }
        return []
    }
}
