/// Clusters, placements and interventions. Each kind of record said once: its shape (the fields in the order the log writes them, how
/// each is spelled, who may write it), how an event of it is written, and how it is read back.
enum ClusterRecords {
    static let clusterFormed = RecordKind(
        shape: .init([.init("cluster", .id), .init("programme", .id), .init("name", .line),
            .init("track", .id, optional: true)], .coordinator),
        write: { event, w in
            guard case .clusterFormed(let id, let programme, let name, let track) = event else { return }
            w.field("cluster", id); w.field("programme", programme); w.field("name", name); w.field("track", track)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .clusterFormed(id: try f.string("cluster"), programme: try f.string("programme"),
                                  name: try f.string("name"), track: try f.optionalString("track"))
        })

    static let clusterRenamed = RecordKind(
        shape: .init([.init("cluster", .id), .init("name", .line)], .coordinator),
        write: { event, w in
            guard case .clusterRenamed(let id, let name) = event else { return }
            w.field("cluster", id); w.field("name", name)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .clusterRenamed(id: try f.string("cluster"), name: try f.string("name"))
        })

    static let schoolPlaced = RecordKind(
        shape: .init([.init("cluster", .id), .init("school", .id)], .coordinator),
        write: { event, w in
            guard case .schoolPlaced(let cluster, let school) = event else { return }
            w.field("cluster", cluster); w.field("school", school)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .schoolPlaced(cluster: try f.string("cluster"), school: try f.string("school"))
        })

    static let interventionKindDefined = RecordKind(
        shape: .init([.init("programme", .id), .init("kind", .id), .init("name", .line)], .coordinator),
        write: { event, w in
            guard case .interventionKindDefined(let k) = event else { return }
            w.field("programme", k.programme); w.field("kind", k.id); w.field("name", k.name)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .interventionKindDefined(InterventionKind(
                programme: try f.string("programme"), id: try f.string("kind"), name: try f.string("name")))
        })

    static let interventionStatusSet = RecordKind(
        shape: .init([.init("programme", .id), .init("school", .id), .init("kind", .id),
            .init("status", .code(InterventionStatus.allCases.map(\.rawValue))), .init("date", .day),
            .init("reason", .text, optional: true)], .caseload),
        write: { event, w in
            guard case .interventionStatusSet(let k, let status, let date, let reason) = event else { return }
            w.field("programme", k.programme); w.field("school", k.school); w.field("kind", k.kind)
            w.field("status", status.rawValue); w.field("date", date); w.field("reason", reason)
        },
        read: { (f: Fields) throws(RecordProblem) -> Event in
            return .interventionStatusSet(
                InterventionKey(try f.string("programme"), try f.string("school"), try f.string("kind")),
                status: try f.raw("status", as: InterventionStatus.self), date: try f.day("date"),
                reason: try f.optionalString("reason"))
        })
}
