/// One school as the school list shows it, and as `tavle school list --json` prints it.
public struct SchoolRow: Sendable, Equatable {
    public let institution: String
    public let name: String
    public let municipality: String
    public let region: String
    /// The cluster's name, and its id.
    public let cluster: String?
    public let clusterID: String?
    public let consultant: String?
    public let participation: ParticipationStatus
    public let kind: SchoolKind
}

extension NetworkState {
    /// Schools taking part in a programme in any way, by name.
    public func schoolRows(_ programme: ProgrammeID) -> [SchoolRow] {
        var rows: [SchoolRow] = []
        for (inst, s) in schools {
            let e = Enrolment(programme, inst)
            guard let p = participation[e] else { continue }
            let m = Municipality.byCode[s.municipality]
            rows.append(SchoolRow(
                institution: inst, name: s.name, municipality: m?.name ?? pad(s.municipality, 3),
                region: m?.region.name ?? "", cluster: clusterOf[e].flatMap { clusters[$0]?.name }, clusterID: clusterOf[e],
                consultant: caseload[e], participation: p.status, kind: s.kind))
        }
        return rows.sorted { ($0.name, $0.institution) < ($1.name, $1.institution) }
    }

    public func interventions(of school: String, in programme: ProgrammeID) -> [Intervention] {
        interventions.values.filter { $0.key.programme == programme && $0.key.school == school }
    }

    public func meetings(of school: String, in programme: ProgrammeID) -> [Meeting] {
        let cluster = clusterOf[Enrolment(programme, school)]
        return meetings.values.filter {
            $0.programme == programme && ($0.schools.contains(school) || (cluster.map($0.clusters.contains) ?? false))
        }.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
    }

    /// The programme to show first: Elevløft-like programmes with the most schools.
    public var defaultProgramme: ProgrammeID? {
        programmes.keys.max { a, b in
            participationCounts(a).values.reduce(0, +) < participationCounts(b).values.reduce(0, +)
        }
    }
}
