import Foundation
import OrderedCollections

/// The network state in the snapshot's binary form, in three sections that unpack at the same time on different
/// cores: the contacts; the follow-ups and evaluations; the rest. The first two say their free texts (summaries, what
/// a follow-up is) apart (PackingText.swift). A field added to the model must be added here,
/// and `SnapshotFormat.version` raised; the round-trip test over the demo network catches a field left out.
extension NetworkState: Packable {
    func pack(_ p: inout Packer) {
        let contactPart = Packer.textsApart { $0.table(contacts) }
        let recordPart = Packer.textsApart { $0.table(followUps); $0.table(evaluations) }
        p.int(contactPart.count)
        p.int(recordPart.count)
        p.bytes += contactPart
        p.bytes += recordPart
        p.put(programmes); p.put(schools); p.put(participation); p.put(people); p.put(caseload)
        p.put(clusters); p.put(clusterOf); p.put(interventionKinds); p.put(interventions); p.put(meetings)
        p.put(feedback); p.put(indicators); p.put(measurements); p.put(counters); p.put(undoBook); p.put(lastSeq); p.put(lastAt)
    }

    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { try self.init(unpacking: &u, alongside: nil) }

    /// `alongside`: other work on the same bytes (their MAC) done while they unpack, on the core the three sections
    /// leave free first.
    init(unpacking u: inout Unpacker, alongside: (@Sendable () -> Void)?) throws(SnapshotProblem) {
        let contactLength = try u.count(), recordLength = try u.count()
        let contactStart = u.at
        guard contactLength <= u.buffer.count - contactStart, recordLength <= u.buffer.count - contactStart - contactLength
        else { throw .damaged(.content) }
        let recordStart = contactStart + contactLength, restStart = recordStart + recordLength
        let all = u.buffer
        func part(_ from: Int, _ to: Int) -> Unpacker { Unpacker(buffer: UnsafeRawBufferPointer(rebasing: all[from..<to])) }
        let sections = Sections(contacts: part(contactStart, recordStart), records: part(recordStart, restStart),
                                rest: part(restStart, u.buffer.count))
        // The three sections (and the work alongside) on as many cores as there are, each taken by the first core
        // free: the work alongside before the rest, which is the shortest since the undo book stays in its bytes
        // (on two cores at 1M, taken last it left one core idle for a fifth of the open).
        DispatchQueue.concurrentPerform(iterations: alongside == nil ? 3 : 4) { i in
            switch (i, alongside) {
            case (0, _): sections.unpackContacts()
            case (1, _): sections.unpackRecords()
            case (2, let work?): work()
            default: sections.unpackRest()
            }
        }
        self = try sections.rest.get()
        u.at = restStart + sections.restLength
        contacts = try sections.contacts.get()
        (followUps, evaluations) = try sections.records.get()
    }

    /// Everything but the contacts, follow-ups and evaluations.
    fileprivate init(unpackingRest u: inout Unpacker) throws(SnapshotProblem) {
        self.init()
        programmes = try u.get(); schools = try u.get(); participation = try u.get(); people = try u.get()
        caseload = try u.get(); clusters = try u.get(); clusterOf = try u.get(); interventionKinds = try u.get()
        interventions = try u.get(); meetings = try u.get(); feedback = try u.get()
        indicators = try u.get(); measurements = try u.get(); counters = try u.get()
        undoBook = try u.deferredUndoBook(); lastSeq = try u.get(); lastAt = try u.get()
        rebuildIndexes()
    }
}

/// The sections unpacked on other threads, each written by one of them and read after all are done.
private final class Sections: @unchecked Sendable {
    var contacts: Result<OrderedDictionary<String, Contact>, SnapshotProblem> = .failure(.damaged(.content))
    var records: Result<(OrderedDictionary<String, FollowUp>, OrderedDictionary<String, Evaluation>), SnapshotProblem>
        = .failure(.damaged(.content))
    var rest: Result<NetworkState, SnapshotProblem> = .failure(.damaged(.content))
    private(set) var restLength = 0
    private var contactBytes: Unpacker, recordBytes: Unpacker, restBytes: Unpacker

    init(contacts: Unpacker, records: Unpacker, rest: Unpacker) {
        contactBytes = contacts
        recordBytes = records
        restBytes = rest
    }

    func unpackContacts() {
        contacts = Result { () throws(SnapshotProblem) in
            try contactBytes.textsApart()
            let v: OrderedDictionary<String, Contact> = try contactBytes.table()
            guard contactBytes.at == contactBytes.buffer.count, contactBytes.textsAllRead else { throw .damaged(.content) }
            return v
        }
    }

    func unpackRecords() {
        records = Result { () throws(SnapshotProblem) in
            try recordBytes.textsApart()
            let f: OrderedDictionary<String, FollowUp> = try recordBytes.table()
            let e: OrderedDictionary<String, Evaluation> = try recordBytes.table()
            guard recordBytes.at == recordBytes.buffer.count, recordBytes.textsAllRead else { throw .damaged(.content) }
            return (f, e)
        }
    }

    func unpackRest() {
        rest = Result { () throws(SnapshotProblem) in try NetworkState(unpackingRest: &restBytes) }
        restLength = restBytes.at
    }
}
