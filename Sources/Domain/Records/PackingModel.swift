extension Programme: Packable {
    func pack(_ p: inout Packer) { p.put(id); p.put(name); p.put(start); p.put(end); p.put(tracks) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), name: try u.get(), start: try u.get(), end: try u.get(), tracks: try u.get())
    }
}

extension Track: Packable {
    func pack(_ p: inout Packer) { p.put(id); p.put(name) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(id: try u.get(), name: try u.get()) }
}

extension School: Packable {
    func pack(_ p: inout Packer) { p.put(institution); p.put(name); p.put(municipality); p.put(kind.rawValue) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(institution: try u.get(), name: try u.get(), municipality: try u.get(), kind: try u.raw())
    }
}

extension Enrolment: Packable {
    func pack(_ p: inout Packer) { p.put(programme); p.put(school) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(try u.get(), try u.get()) }
}

extension Participation: Packable {
    func pack(_ p: inout Packer) { p.put(status.rawValue); p.put(track); p.put(reason); p.put(since) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(status: try u.raw(), track: try u.get(), reason: try u.get(), since: try u.get())
    }
}

extension Person: Packable {
    func pack(_ p: inout Packer) { p.put(name); p.put(fullName); p.put(role.rawValue); p.put(base) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(name: try u.get(), fullName: try u.get(), role: try u.raw(), base: try u.get())
    }
}

extension Cluster: Packable {
    func pack(_ p: inout Packer) { p.put(id); p.put(programme); p.put(name); p.put(track); p.put(members) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), programme: try u.get(), name: try u.get(), track: try u.get(), members: try u.get())
    }
}

extension InterventionKind: Packable {
    func pack(_ p: inout Packer) { p.put(programme); p.put(id); p.put(name) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(programme: try u.get(), id: try u.get(), name: try u.get())
    }
}

extension InterventionKey: Packable {
    func pack(_ p: inout Packer) { p.put(programme); p.put(school); p.put(kind) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(try u.get(), try u.get(), try u.get()) }
}

extension Intervention: Packable {
    func pack(_ p: inout Packer) { p.put(key); p.put(status.rawValue); p.put(updated); p.put(reason); p.put(started) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(key: try u.get(), status: try u.raw(), updated: try u.get(), reason: try u.get(), started: try u.get())
    }
}

extension Meeting: Packable {
    func pack(_ p: inout Packer) {
        p.put(id); p.put(programme); p.put(kind.rawValue); p.put(title); p.put(day); p.put(start); p.put(end)
        p.put(clusters); p.put(schools); p.put(consultants); p.put(location); p.put(status.rawValue)
        p.put(sequence); p.put(cancelReason); p.put(attendance)
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), programme: try u.get(), kind: try u.raw(), title: try u.get(), day: try u.get(),
                  start: try u.get(), end: try u.get(), clusters: try u.get(), schools: try u.get(),
                  consultants: try u.get(), location: try u.get(), status: try u.raw())
        sequence = try u.get(); cancelReason = try u.get(); attendance = try u.get()
    }
}

// The three largest tables say their repeated fields once per section (PackingPool.swift); their ids are their keys
// (PackingOrdered.swift).
extension Contact: Packable {
    func pack(_ p: inout Packer) {
        p.put(id); p.pooled(programme); p.pooled(school); p.put(date); p.pooledRaw(form); p.pooledList(participants)
        p.keptText(summaryText); p.pooled(by)
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), programme: try u.pooled(), school: try u.pooled(), date: try u.get(), form: try u.pooledRaw(),
                  participants: try u.pooledList(), summaryText: try u.keptText(), by: try u.pooled())
    }
}

extension FollowUp: Packable {
    func pack(_ p: inout Packer) {
        p.put(id); p.put(contact); p.pooled(programme); p.pooled(school); p.keptText(whatText); p.pooled(who); p.put(due)
        p.put(done); p.put(moves); p.put(reason)
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), contact: try u.get(), programme: try u.pooled(), school: try u.pooled(), whatText: try u.keptText(),
                  who: try u.pooled(), due: try u.get(), done: try u.get(), moves: try u.get(), reason: try u.get())
    }
}

extension Evaluation: Packable {
    func pack(_ p: inout Packer) {
        p.put(id); p.pooled(programme); p.pooled(school); p.pooledRaw(indicator); p.pooledOptional(point?.rawValue)
        p.put(hundredths); p.put(date)
    }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let id: String = try u.get(), programme = try u.pooled(), school = try u.pooled()
        let indicator: BuiltinIndicator = try u.pooledRaw()
        let pointName = try u.pooledOptional()
        let point = pointName.flatMap(MeasuringPoint.init(rawValue:))
        guard (pointName == nil) == (point == nil) else { throw .damaged(.content) }
        self.init(id: id, programme: programme, school: school, indicator: indicator, point: point,
                  hundredths: try u.get(), date: try u.get())
    }
}

extension MeetingFeedback: Packable {
    func pack(_ p: inout Packer) { p.put(id); p.put(meeting); p.put(school); p.put(rating); p.put(comment); p.put(by) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        self.init(id: try u.get(), meeting: try u.get(), school: try u.get(), rating: try u.get(), comment: try u.get(),
                  by: try u.get())
    }
}

extension Touch: Packable {
    func pack(_ p: inout Packer) { p.put(key); p.put(seq) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(key: try u.get(), seq: try u.get()) }
}

extension LastTouch: Packable {
    func pack(_ p: inout Packer) { p.put(seq); p.put(holders) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) { self.init(seq: try u.get(), holders: try u.get()) }
}

extension Touches: Packable {
    func pack(_ p: inout Packer) { p.put(entries); p.int(sweepPast) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let entries: [EntityKey: LastTouch] = try u.get(), sweepPast = try u.int()
        // Only an entity that can be created keeps an entry no record holds.
        guard sweepPast >= 0, entries.allSatisfy({ $0.value.holders > 0 || ($0.value.holders == 0 && $0.key.creatable != nil) }) else {
            throw .damaged(.content)
        }
        self.init(entries: entries, sweepPast: sweepPast)
    }
}

extension UndoRecord: Packable {
    func pack(_ p: inout Packer) { p.put(seq); p.put(at); p.put(replaced); p.put(created); p.put(touches); p.int(writeCount) }
    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        let seq: Int = try u.get(), at: Timestamp = try u.get(), replaced: [Restore] = try u.get(), created: Bool = try u.get()
        let touches: [Touch] = try u.get(), writeCount = try u.int()
        // Undo reads what a record says it created from the keys it wrote: they must be of the kinds that can be.
        guard (0...touches.count).contains(writeCount),
              !created || (replaced.isEmpty && touches[..<writeCount].allSatisfy { $0.key.absence != nil }) else {
            throw .damaged(.content)
        }
        self.init(seq: seq, at: at, replaced: replaced, created: created, touches: touches, writeCount: writeCount)
    }
}

extension Restore: Packable {
    func pack(_ p: inout Packer) {
        switch self {
        case .programme(let k, let v): p.int(0); p.put(k); p.put(v)
        case .school(let k, let v): p.int(1); p.put(k); p.put(v)
        case .participation(let k, let v): p.int(2); p.put(k); p.put(v)
        case .person(let k, let v): p.int(3); p.put(k); p.put(v)
        case .caseload(let k, let v): p.int(4); p.put(k); p.put(v)
        case .cluster(let k, let v): p.int(5); p.put(k); p.put(v)
        case .clusterName(let k, let v): p.int(6); p.put(k); p.put(v)
        case .placement(let k, let v, let position): p.int(7); p.put(k); p.put(v); p.int(position)
        case .kind(let k, let v): p.int(8); p.put(k); p.put(v)
        case .intervention(let k, let v): p.int(9); p.put(k); p.put(v)
        case .meeting(let k, let v): p.int(10); p.put(k); p.put(v)
        case .contact(let k, let v): p.int(11); p.put(k); p.put(v)
        case .followUp(let k, let v): p.int(12); p.put(k); p.put(v)
        case .evaluation(let k, let v): p.int(13); p.put(k); p.put(v)
        case .feedback(let k, let v): p.int(14); p.put(k); p.put(v)
        case .indicator(let k, let v): p.int(15); p.put(k); p.put(v)
        case .measurement(let k, let period, let v): p.int(16); p.put(k); p.put(period); p.put(v)
        }
    }

    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        switch try u.int() {
        case 0: self = .programme(try u.get(), try u.get())
        case 1: self = .school(try u.get(), try u.get())
        case 2: self = .participation(try u.get(), try u.get())
        case 3: self = .person(try u.get(), try u.get())
        case 4: self = .caseload(try u.get(), try u.get())
        case 5: self = .cluster(try u.get(), try u.get())
        case 6: self = .clusterName(try u.get(), try u.get())
        case 7: self = .placement(try u.get(), try u.get(), position: try u.get())
        case 8: self = .kind(try u.get(), try u.get())
        case 9: self = .intervention(try u.get(), try u.get())
        case 10: self = .meeting(try u.get(), try u.get())
        case 11: self = .contact(try u.get(), try u.get())
        case 12: self = .followUp(try u.get(), try u.get())
        case 13: self = .evaluation(try u.get(), try u.get())
        case 14: self = .feedback(try u.get(), try u.get())
        case 15: self = .indicator(try u.get(), try u.get())
        case 16: self = .measurement(try u.get(), try u.get(), try u.get())
        default: throw .damaged(.content)
        }
    }
}

extension EntityKey: Packable {
    func pack(_ p: inout Packer) {
        switch self {
        case .programme(let v): p.int(0); p.put(v)
        case .school(let v): p.int(1); p.put(v)
        case .schoolData(let v): p.int(2); p.put(v)
        case .person(let v): p.int(3); p.put(v)
        case .personData(let v): p.int(4); p.put(v)
        case .enrolment(let v): p.int(5); p.put(v)
        case .caseload(let v): p.int(6); p.put(v)
        case .placement(let v): p.int(7); p.put(v)
        case .cluster(let v): p.int(8); p.put(v)
        case .clusterName(let v): p.int(9); p.put(v)
        case .kind(let a, let b): p.int(10); p.put(a); p.put(b)
        case .intervention(let v): p.int(11); p.put(v)
        case .meeting(let v): p.int(12); p.put(v)
        case .contact(let v): p.int(13); p.put(v)
        case .followUp(let v): p.int(14); p.put(v)
        case .evaluation(let v): p.int(15); p.put(v)
        case .feedback(let v): p.int(16); p.put(v)
        case .indicator(let a, let b): p.int(17); p.put(a); p.put(b)
        case .measurement(let k, let period): p.int(18); p.put(k); p.put(period)
        }
    }

    init(unpacking u: inout Unpacker) throws(SnapshotProblem) {
        switch try u.int() {
        case 0: self = .programme(try u.get())
        case 1: self = .school(try u.get())
        case 2: self = .schoolData(try u.get())
        case 3: self = .person(try u.get())
        case 4: self = .personData(try u.get())
        case 5: self = .enrolment(try u.get())
        case 6: self = .caseload(try u.get())
        case 7: self = .placement(try u.get())
        case 8: self = .cluster(try u.get())
        case 9: self = .clusterName(try u.get())
        case 10: self = .kind(try u.get(), try u.get())
        case 11: self = .intervention(try u.get())
        case 12: self = .meeting(try u.get())
        case 13: self = .contact(try u.get())
        case 14: self = .followUp(try u.get())
        case 15: self = .evaluation(try u.get())
        case 16: self = .feedback(try u.get())
        case 17: self = .indicator(try u.get(), try u.get())
        case 18: self = .measurement(try u.get(), try u.get())
        default: throw .damaged(.content)
        }
    }
}
