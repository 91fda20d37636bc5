import Domain
extension DemoNetwork {
    mutating func planElevloeft() {
        let p = DemoCatalogue.elevloeft
        let start = programmeStart
        let setup = Day(year: start.year, month: 1, day: 12)!
        let coord = DemoCatalogue.coordinator.name
        at(setup, 9 * 60, coord, .registerPerson(DemoCatalogue.coordinator))
        at(setup, 9 * 60, coord, .defineProgramme(Programme(
            id: p, name: "Elevløft", start: start, end: Day(year: start.year + 3, month: 7, day: 31)!)))
        for c in DemoCatalogue.consultants { at(setup, 9 * 60 + 5, coord, .registerPerson(c)) }
        for (id, name) in DemoCatalogue.elevloeftKinds {
            at(setup, 9 * 60 + 10, coord, .defineInterventionKind(InterventionKind(programme: p, id: id, name: name)))
        }

        // One school in every municipality, and the rest in the largest regions.
        var homes = Municipality.all
        let extra = Municipality.all.filter { [1084, 1082].contains($0.regionCode) }
        while homes.count < 120 { homes.append(pick(extra)) }
        var schools: [School] = []
        var perCode: [Int: Int] = [:]
        for (i, m) in homes.enumerated() {
            perCode[m.code, default: 0] += 1
            let name = DemoCatalogue.prefixes[i % 20] + DemoCatalogue.suffixes[(i / 20) % 6]
            let kind: SchoolKind = i % 17 == 5 ? .friskole : .folkeskole
            schools.append(School(institution: pad(m.code * 1000 + perCode[m.code]!, 6), name: name, municipality: m.code, kind: kind))
        }

        // Offers in spring, decisions by the May deadline: 104 accept, 16 decline.
        let offerDay = Day(year: start.year, month: 3, day: 2)!
        let declined = Set((0..<120).filter { $0 % 8 == 3 }.prefix(16))
        var accepted: [School] = []
        for (i, s) in schools.enumerated() {
            at(offerDay, 10 * 60, coord, .registerSchool(s))
            let e = Enrolment(p, s.institution)
            at(offerDay, 10 * 60 + 1, coord, .setParticipation(e, status: .offered))
            let decided = DemoNetwork.workingDay(near: Day(year: start.year, month: 4, day: 6)!.adding(days: random(0...50)))
            if declined.contains(i) {
                at(decided, 11 * 60, coord, .setParticipation(e, status: .declined, reason: pick(DemoCatalogue.declineReasons)))
            } else {
                at(decided, 11 * 60, coord, .setParticipation(e, status: .accepted))
                accepted.append(s)
            }
        }

        // Consultants by nearest base, round-robin.
        var turn: [String: Int] = [:]
        var consultantOf: [String: String] = [:]
        for s in schools {
            let base = DemoNetwork.nearestBase(Municipality.byCode[s.municipality]!)
            let pool = DemoCatalogue.consultants.filter { $0.base == base }
            let c = pool[turn[base, default: 0] % pool.count].name
            turn[base, default: 0] += 1
            consultantOf[s.institution] = c
            at(Day(year: start.year, month: 6, day: 2)!, 9 * 60, coord, .assignConsultant(Enrolment(p, s.institution), consultant: c))
        }

        let clusters = planClusters(p, accepted, formed: Day(year: start.year, month: 6, day: 9)!, coord: coord)
        let withdrawn = [accepted[17].institution, accepted[61].institution]
        let withdrawDay = DemoNetwork.workingDay(near: start.adding(days: 200))
        for w in withdrawn {
            at(withdrawDay, 14 * 60, coord, .setParticipation(Enrolment(p, w), status: .withdrawn, reason: "Skolen lægges sammen med nabo"))
        }
        for s in accepted {
            let leaves = withdrawn.contains(s.institution)
            // Only schools that stay reach "evalueret", after the first value the programme measured them by.
            let firstValue = leaves ? nil : evaluationDays.first?.day
            planInterventions(p, s.institution, actor: consultantOf[s.institution]!, until: leaves ? withdrawDay.adding(days: -1) : today,
                              evaluatedAfter: firstValue)
        }
        planMeetings(p, clusters, consultantOf: consultantOf, coord: coord)
        for s in accepted where !withdrawn.contains(s.institution) {
            planCaseload(p, s.institution, actor: consultantOf[s.institution]!)
        }
    }

    /// Clusters of about six accepted schools, neighbours together.
    mutating func planClusters(_ p: String, _ schools: [School], formed: Day, coord: String) -> [(id: String, members: [School])] {
        let sorted = schools.sorted {
            let a = Municipality.byCode[$0.municipality]!, b = Municipality.byCode[$1.municipality]!
            return (a.regionCode, a.latitude, $0.institution) < (b.regionCode, b.latitude, $1.institution)
        }
        var groups: [[School]] = []
        for region in Region.all {
            let inRegion = sorted.filter { Municipality.byCode[$0.municipality]!.regionCode == region.code }
            let n = max(1, Int((Double(inRegion.count) / 6).rounded()))
            for k in 0..<n {
                groups.append(Array(inRegion[(k * inRegion.count / n)..<((k + 1) * inRegion.count / n)]))
            }
        }
        var out: [(String, [School])] = []
        var numberInRegion: [Int: Int] = [:]
        for (i, g) in groups.enumerated() {
            let region = Municipality.byCode[g[0].municipality]!.region
            numberInRegion[region.code, default: 0] += 1
            let id = "EL-K" + pad(i + 1, 2)
            let name = region.name.replacingOccurrences(of: "Region ", with: "") + " " + String(numberInRegion[region.code]!)
            at(formed, 9 * 60, coord, .formCluster(id: id, programme: p, name: name))
            for s in g { at(formed, 9 * 60 + 1, coord, .placeSchool(cluster: id, school: s.institution)) }
            out.append((id, g))
        }
        return out
    }

    /// Two to four interventions per school (a school with Turboforløb runs it alone). Dates are laid backwards from the last update, so that most
    /// open interventions were touched recently and about one in six has stalled. As in `decide`, a step to
    /// "evalueret" comes only after the school's first evaluation value (`evaluatedAfter`); without one the
    /// intervention stays "afsluttet".
    mutating func planInterventions(_ p: String, _ school: String, actor: String, until: Day, evaluatedAfter: Day?) {
        var kinds = DemoCatalogue.elevloeftKinds.map(\.0)
        kinds.shuffle(using: &rng)
        let chosen = Array(kinds.prefix(random(2...4)))
        // A school with Turboforløb runs it alone, so that the effect planted on it (DemoIndicators) does not show in
        // another kind's estimate too. The other kinds' draws are still made, so the rest of the demo stays as it was.
        let alone = chosen.contains(Self.plantedKind)
        for kind in chosen {
            let emit = !alone || kind == Self.plantedKind
            var steps: [(InterventionStatus, String?)] = [(.planned, nil), (.started, nil)]
            switch random(0...9) {
            case 0: steps.append((.stopped, pick(DemoCatalogue.stopReasons)))
            case 1: steps.append((.paused, nil))
            case 2...4: steps.append((.anchored, nil))
            case 5: steps += [(.anchored, nil), (.completed, nil)]
            case 6: steps += [(.completed, nil), (.evaluated, nil)]
            default: break
            }
            let open = steps.last!.0.isOpen && steps.last!.0 != .anchored
            let last = until.adding(days: -(open && !chance(0.18) ? random(2...38) : random(45...160)))
            var dates = [last]
            for _ in 1..<steps.count { dates.insert(dates[0].adding(days: -random(20...80)), at: 0) }
            let earliest = programmeStart.adding(days: 20)
            if dates[0] < earliest {
                let span = max(steps.count, last.ordinal - earliest.ordinal)
                dates = (0..<steps.count).map { earliest.adding(days: span * $0 / max(1, steps.count - 1)) }
            }
            var previous: Day?
            for ((status, reason), planned) in zip(steps, dates) {
                var d = DemoNetwork.workingDay(near: planned)
                if let previous, d <= previous { d = DemoNetwork.workingDay(near: previous.adding(days: 1)) }
                guard d < until else { break }
                if status == .evaluated, !(evaluatedAfter.map { d > $0 } ?? false) { break }
                let minute = 13 * 60 + random(0...180)
                previous = d
                guard emit else { continue }
                at(d, minute, actor, .setInterventionStatus(InterventionKey(p, school, kind), status: status, date: d, reason: reason))
                // The first start counts, as an effect estimate counts it (a restart after a pause does not move it).
                if status == .started, started[school]?[kind] == nil { started[school, default: [:]][kind] = d }
            }
        }
    }

    /// Kick-off conferences, cluster meetings every seven to nine weeks, network meetings and theme days.
    mutating func planMeetings(_ p: String, _ clusters: [(id: String, members: [School])], consultantOf: [String: String], coord: String) {
        let start = programmeStart
        let horizon = today.adding(days: 150)
        let venues = ["Aarhus", "Odense", "København", "Aalborg"]
        for (i, venue) in venues.enumerated() {
            let day = DemoNetwork.workingDay(near: start.adding(days: 38 + i * 14))
            let ids = clusters.filter { i == venues.firstIndex(of: regionVenue($0.members[0])) }.map(\.id)
            schedule(p, .conference, "Kick-off-konference", day, 9 * 60, 15 * 60 + 30, clusters: ids.isEmpty ? [clusters[i].id] : ids,
                     consultants: [], location: "Konferencecenter \(venue)", by: coord)
        }
        for c in clusters {
            var day = start.adding(days: 60 + random(0...20))
            var host = 0
            // The consultant with most schools in the cluster is responsible for its meetings.
            let counts = Dictionary(grouping: c.members.compactMap { consultantOf[$0.institution] }, by: { $0 }).mapValues(\.count)
            let consultants = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { [$0.key] } ?? []
            while day < horizon {
                let d = DemoNetwork.workingDay(near: day.adding(days: random(0...3)))
                let morning = chance(0.6)
                let hostSchool = c.members[host % c.members.count]
                schedule(p, .cluster, "Klyngemøde", d, morning ? 9 * 60 : 12 * 60 + 30, morning ? 12 * 60 : 15 * 60,
                         clusters: [c.id], consultants: consultants, location: Meeting.hostLocation(hostSchool.name), by: coord)
                host += 1
                day = d.adding(days: 7 * random(7...9))
            }
        }
        var day = start.adding(days: 120)
        while day < horizon {
            let d = DemoNetwork.workingDay(near: day)
            schedule(p, .network, "Netværksmøde", d, 10 * 60, 14 * 60, clusters: clusters.map(\.id),
                     consultants: [], location: "Online og i Odense", by: coord)
            let theme = DemoNetwork.workingDay(near: d.adding(days: 45))
            schedule(p, .themeDay, "Temadag: data og progression", theme, 9 * 60, 15 * 60, clusters: clusters.map(\.id),
                     consultants: [], location: "Konferencecenter Aarhus", by: coord)
            day = d.adding(days: 182)
        }
    }

    func regionVenue(_ s: School) -> String {
        switch Municipality.byCode[s.municipality]!.regionCode {
        case 1081: return "Aalborg"
        case 1082: return "Aarhus"
        case 1083: return "Odense"
        default: return "København"
        }
    }

    mutating func schedule(_ p: String, _ kind: MeetingKind, _ title: String, _ day: Day, _ start: Int, _ end: Int,
                           clusters: [String], schools: [String] = [], consultants: [String], location: String, by actor: String) {
        let booked = day.adding(days: -random(21...42))
        at(booked, 8 * 60 + random(0...400), actor, .scheduleMeeting(Meeting(
            id: "", programme: p, kind: kind, title: title, day: day, start: start, end: end,
            clusters: clusters, schools: schools, consultants: consultants, location: location), force: true))
    }
}
