import Domain
/// A large, deterministic network for benchmarks: `schools` schools in clusters of six, with
/// interventions and meetings, built through `decide` like any other log.
public enum SyntheticNetwork {
    public static func events(schools count: Int, today: Day, seed: UInt64 = 42) throws(DomainError) -> [DemoNetwork.Entry] {
        var rng = SplitMix64(seed: seed)
        let p = "national"
        let start = Day(year: today.year - 1, month: 8, day: 1)!
        let t0 = Timestamp(day: start.adding(days: -60), minutes: 8 * 60)
        var state = NetworkState()
        var out: [DemoNetwork.Entry] = []
        func run(_ c: Command, _ at: Timestamp, _ actor: String = "koord") throws(DomainError) {
            for r in try decideBatch([c], on: &state, actor: actor, now: at) { out.append((at, actor, r.event)) }
        }
        try run(.registerPerson(Person(name: "koord", fullName: "Koordinator", role: .coordinator)), t0)
        try run(.defineProgramme(Programme(id: p, name: "Landsdækkende program", start: start, end: Day(year: start.year + 3, month: 7, day: 31)!)), t0)
        let consultants = (1...max(1, count / 10)).map { "k\($0)" }
        for c in consultants { try run(.registerPerson(Person(name: c, fullName: "Konsulent \(c)", role: .consultant)), t0) }
        for (id, name) in DemoCatalogue.elevloeftKinds { try run(.defineInterventionKind(InterventionKind(programme: p, id: id, name: name)), t0) }
        var accepted: [String] = []
        for i in 0..<count {
            let m = Municipality.all[i % Municipality.all.count]
            let inst = pad(100_000 + i, 6)
            let name = DemoCatalogue.prefixes[i % 20] + DemoCatalogue.suffixes[(i / 20) % 6] + " \(i / 120 + 1)"
            try run(.registerSchool(School(institution: inst, name: name, municipality: m.code, kind: .folkeskole)), t0)
            try run(.setParticipation(Enrolment(p, inst), status: .offered), t0)
            let decline = Int.random(in: 0..<8, using: &rng) == 0
            try run(.setParticipation(Enrolment(p, inst), status: decline ? .declined : .accepted), t0)
            try run(.assignConsultant(Enrolment(p, inst), consultant: consultants[i % consultants.count]), t0)
            if !decline { accepted.append(inst) }
        }
        for (n, chunk) in stride(from: 0, to: accepted.count, by: 6).enumerated() {
            let id = "K\(n + 1)"
            try run(.formCluster(id: id, programme: p, name: "Klynge \(n + 1)"), t0)
            for s in accepted[chunk..<min(chunk + 6, accepted.count)] { try run(.placeSchool(cluster: id, school: s), t0) }
            let day = DemoNetwork.workingDay(near: today.adding(days: Int.random(in: 1...60, using: &rng)))
            try run(.scheduleMeeting(Meeting(id: "", programme: p, kind: .cluster, title: "Klyngemøde", day: day, start: 540, end: 720,
                                              clusters: [id], location: "Værtsskole"), force: true), t0)
        }
        for (i, s) in accepted.enumerated() {
            let kind = DemoCatalogue.elevloeftKinds[i % 6].0
            let consultant = state.caseload[Enrolment(p, s)] ?? "koord"
            let day = start.adding(days: Int.random(in: 0...200, using: &rng))
            let at = Timestamp(day: day, minutes: 600)
            try run(.setInterventionStatus(InterventionKey(p, s, kind), status: .planned, date: day), at, consultant)
            try run(.setInterventionStatus(InterventionKey(p, s, kind), status: .started, date: day.adding(days: 30)),
                    Timestamp(day: day.adding(days: 30), minutes: 600), consultant)
        }
        return out
    }
}

extension SyntheticNetwork {
    /// The network above, then a year of caseload work until there are `total` events: contacts (half with a
    /// follow-up), follow-ups done, evaluations and intervention steps, in the proportions the demo has.
    public static func events(schools count: Int, total: Int, today: Day, seed: UInt64 = 42) throws(DomainError) -> [DemoNetwork.Entry] {
        var out = try events(schools: count, today: today, seed: seed)
        var state = NetworkState.replay(Recorded.numbered(out))
        var rng = SplitMix64(seed: seed &+ 1)
        let p = "national"
        let schools = state.participation.filter { $0.value.status == .accepted }.map(\.key.school).sorted()
        guard !schools.isEmpty else { return out }
        let first = Timestamp(day: today.adding(days: -365), minutes: 7 * 60)
        let span = Int64(365 * 24 * 60 * 60 * 1000)
        let remaining = max(0, total - out.count)
        var open: [String] = []
        let keyOf = Dictionary(state.interventions.keys.map { ($0.school, $0) }, uniquingKeysWith: { a, _ in a })
        let order: [InterventionStatus] = [.anchored, .started, .paused, .completed, .evaluated]
        let topics = ["Læsevejledning i 4. klasse", "Observation i matematik", "Opfølgning på data", "Forældresamarbejde",
                      "Ledelsesmøde om prioriteringer", "Feedback på undervisningsforløb"]
        var i = 0
        while out.count < total {
            let at = Timestamp(milliseconds: first.milliseconds + span * Int64(i) / Int64(max(1, remaining)))
            i += 1
            let day = at.danishDay
            let school = schools[Int.random(in: 0..<schools.count, using: &rng)]
            let who = state.caseload[Enrolment(p, school)] ?? "koord"
            let roll = Int.random(in: 0..<100, using: &rng)
            let command: Command
            if roll < 40 {
                let topic = topics[Int.random(in: 0..<topics.count, using: &rng)]
                let summary = "\(topic). Aftalt næste skridt med skoleleder og vejleder; materialet sendes inden fredag. Besøg nr. \(i)."
                // A contact with its follow-up is two events: the last event is a contact alone, so the total is exact.
                let follow = roll < 20 && total - out.count > 1 ? [FollowUp(programme: p, school: school, what: "Sende materiale om \(topic.lowercased())", who: who, due: day.adding(days: 14))] : []
                command = .recordContact(Contact(programme: p, school: school, date: day, form: .sparring, participants: ["skoleleder", "vejleder"],
                                                 summary: summary, by: who), followUps: follow)
            } else if roll < 55, !open.isEmpty {
                let id = open.removeFirst()
                command = .completeFollowUp(id: id, date: day)
            } else if roll < 90 {
                command = .recordEvaluation(Evaluation(programme: p, school: school, indicator: BuiltinIndicator.allCases[roll % BuiltinIndicator.allCases.count],
                                                       hundredths: Int.random(in: 500...9500, using: &rng), date: day))
            } else {
                guard let key = keyOf[school], let current = state.interventions[key]?.status,
                      let next = order.first(where: { current.next.contains($0) }) else { continue }
                command = .setInterventionStatus(key, status: next, date: day)
            }
            let actor = who
            guard let records = try? decideBatch([command], on: &state, actor: actor, now: at) else { continue }
            for r in records {
                out.append((at, actor, r.event))
                if case .followUpAgreed(let f) = r.event { open.append(f.id) }
            }
        }
        return out
    }
}
