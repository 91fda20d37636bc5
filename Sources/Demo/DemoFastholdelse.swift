import Domain
extension DemoNetwork {
    /// Spor 1: 9 model schools; Spor 2: four methods, each in two clusters of five schools.
    mutating func planFastholdelse() {
        let p = DemoCatalogue.fastholdelse
        let start = programmeStart
        let setup = start.adding(days: -100)
        let coord = DemoCatalogue.coordinator.name
        at(setup, 10 * 60, coord, .defineProgramme(Programme(
            id: p, name: "FastholdelsesTaskforce", start: start, end: Day(year: start.year + 2, month: 7, day: 31)!,
            tracks: [Track(id: "spor1", name: "Modelskoler"), Track(id: "spor2", name: "Storskalaimplementering")])))
        at(setup, 10 * 60 + 1, coord, .defineInterventionKind(InterventionKind(programme: p, id: "ledelse", name: "Pædagogisk ledelse")))
        for (id, name) in DemoCatalogue.methods {
            at(setup, 10 * 60 + 2, coord, .defineInterventionKind(InterventionKind(programme: p, id: id, name: name)))
        }
        let consultants = DemoCatalogue.consultants.map(\.name)
        var n = 0
        func nextSchool() -> School {
            let town = DemoCatalogue.vocationalTowns[n % DemoCatalogue.vocationalTowns.count]
            let m = Municipality.named(town)!
            let kind = DemoCatalogue.vocationalKinds[(n / DemoCatalogue.vocationalTowns.count) % 3]
            n += 1
            return School(institution: pad(m.code * 1000 + 500 + n, 6), name: "\(town) \(kind)", municipality: m.code, kind: .erhvervsskole)
        }
        let offered = setup.adding(days: 7), accepted = setup.adding(days: 30)
        func enrol(_ s: School, track: String) {
            let e = Enrolment(p, s.institution)
            at(offered, 11 * 60, coord, .registerSchool(s))
            names[s.institution] = s.name
            at(offered, 11 * 60 + 1, coord, .setParticipation(e, status: .offered, track: track))
            at(accepted, 11 * 60, coord, .setParticipation(e, status: .accepted))
        }
        for i in 0..<9 {
            let s = nextSchool()
            enrol(s, track: "spor1")
            let consultant = consultants[i % consultants.count]
            at(accepted, 12 * 60, coord, .assignConsultant(Enrolment(p, s.institution), consultant: consultant))
            planMethod(p, s.institution, "ledelse", consultant)
            planMethod(p, s.institution, DemoCatalogue.methods[i % 4].0, consultant)
        }
        for (mi, method) in DemoCatalogue.methods.enumerated() {
            for half in 0..<2 {
                let id = "FT-\(method.0.prefix(3).uppercased())\(half + 1)"
                at(accepted, 13 * 60, coord, .formCluster(id: id, programme: p, name: "\(method.1) \(half + 1)", track: "spor2"))
                let consultant = consultants[(mi * 2 + half + 3) % consultants.count]
                var members: [String] = []
                for _ in 0..<5 {
                    let s = nextSchool()
                    enrol(s, track: "spor2")
                    members.append(s.institution)
                    at(accepted, 13 * 60 + 1, coord, .placeSchool(cluster: id, school: s.institution))
                    at(accepted, 13 * 60 + 2, coord, .assignConsultant(Enrolment(p, s.institution), consultant: consultant))
                    planMethod(p, s.institution, method.0, consultant)
                }
                var day = start.adding(days: 45 + half * 7)
                for k in 0..<6 {
                    let d = DemoNetwork.workingDay(near: day)
                    schedule(p, .cluster, "Klyngemøde \(k + 1)", d, 10 * 60, 13 * 60, clusters: [id],
                             consultants: [consultant], location: Meeting.hostLocation(nameOf(members[k % 5])), by: coord)
                    day = d.adding(days: 7 * 9)
                }
            }
        }
    }

    func nameOf(_ institution: String) -> String { names[institution] ?? institution }

    mutating func planMethod(_ p: String, _ school: String, _ kind: String, _ actor: String) {
        let key = InterventionKey(p, school, kind)
        var day = programmeStart.adding(days: random(10...60))
        let steps: [InterventionStatus] = chance(0.3) ? [.planned, .started, .anchored] : [.planned, .started]
        for status in steps {
            let d = DemoNetwork.workingDay(near: day)
            guard d < today else { break }
            at(d, 14 * 60, actor, .setInterventionStatus(key, status: status, date: d))
            day = d.adding(days: random(30...150))
        }
    }
}
