import Domain

/// Each event as a readable sentence in the interface language.
extension Catalogue {
    public func sentence(_ e: Event) -> String {
        switch e {
        case .programmeDefined(let p): return self(.evProgramme, p.name, shortDate(p.start), shortDate(p.end))
        case .schoolRegistered(let s): return self(.evSchool, s.name, s.institution)
        case .participationSet(let en, let status, _, let reason, _):
            return self(.evParticipation, en.school, en.programme, name(status)) + (reason.map { " (\($0))" } ?? "")
        case .personRegistered(let p): return self(.evPerson, p.fullName, p.name, name(p.role))
        case .consultantAssigned(let en, let c): return self(.evAssigned, c, en.school, en.programme)
        case .clusterFormed(let id, _, let n, _): return self(.evClusterFormed, n, id)
        case .clusterRenamed(let id, let n): return self(.evClusterRenamed, id, n)
        case .schoolPlaced(let c, let s): return self(.evPlaced, s, c)
        case .interventionKindDefined(let k): return self(.evKind, k.name, k.programme)
        case .interventionStatusSet(let k, let s, let d, let reason):
            return self(.evIntervention, k.school, k.kind, name(s), shortDate(d)) + (reason.map { " (\($0))" } ?? "")
        case .meetingScheduled(let m): return self(.evMeeting, name(m.kind), m.id, shortDate(m.day), time(m.start))
        }
    }
}
