import DequeModule
import OrderedCollections

/// The value an entity had before an event, so `undone` can put it back.
public enum Restore: Sendable, Equatable {
    case programme(String, Programme?)
    case school(String, School?)
    case participation(Enrolment, Participation?)
    case person(String, Person?)
    case caseload(Enrolment, String?)
    case cluster(String, Cluster?)
    case clusterName(String, String)
    /// The cluster a school was in, and its place in that cluster's list.
    case placement(Enrolment, String?, position: Int)
    case kind(String, InterventionKind?)
    case intervention(InterventionKey, Intervention?)
    case meeting(String, Meeting?)
    case contact(String, Contact?)
    case followUp(String, FollowUp?)
    case evaluation(String, Evaluation?)
    case feedback(String, MeetingFeedback?)
    case indicator(String, IndicatorDefinition?)
    case measurement(SeriesKey, Period, SeriesPoint?)
}

/// One undoable event of a person: how to put things back, and what it wrote or read.
///
/// Kept small, as a stack holds up to `undoDepth` of them per person (and an import's thousands at once): one
/// array of touches, writes first, and the replaced values only when there were any. The events a log holds most
/// of (a new contact, follow-up, evaluation or measurement) replace nothing, and `created` says so instead.
public struct UndoRecord: Sendable, Equatable {
    public let seq: Int
    public let at: Timestamp
    /// The values the event replaced, for undo to put back; empty when `created`.
    let replaced: [Restore]
    /// The event created every entity it wrote: undo removes them (`EntityKey.absence`).
    let created: Bool
    /// Entities the event wrote (the first `writeCount`), then those it read that a stack held, each with the
    /// event that last touched it before. A later event that reads or writes one it wrote builds on it.
    let touches: [Touch]
    let writeCount: Int

    init(seq: Int, at: Timestamp, replaced: [Restore], created: Bool, touches: [Touch], writeCount: Int) {
        self.seq = seq; self.at = at; self.replaced = replaced; self.created = created
        self.touches = touches; self.writeCount = writeCount
    }

    /// The values undo puts back, in the order the event replaced them.
    public var restores: [Restore] { created ? writes.compactMap(\.absence) : replaced }
    /// The entities the event wrote.
    public var writes: LazyMapSequence<ArraySlice<Touch>, EntityKey> {
        touches.prefix(writeCount).lazy.map(\.key)
    }
    /// The entities the event wrote or read, with the event that last touched each before it (0: none).
    public var previousTouched: [Touch] { touches }
}

/// An entity and the event that last wrote or read it.
public struct Touch: Sendable, Equatable {
    public let key: EntityKey
    public internal(set) var seq: Int

    init(key: EntityKey, seq: Int) { self.key = key; self.seq = seq }
    init(_ key: EntityKey) { self.key = key; self.seq = 0 }
}

extension NetworkState {
    /// How many undoable events are kept per person.
    static let undoDepth = 100

    /// The values an event is about to change, as they are now.
    func restores(for e: Event) -> [Restore] {
        switch e {
        case .programmeDefined(let p): return [.programme(p.id, programmes[p.id])]
        case .schoolRegistered(let s), .schoolUpdated(let s): return [.school(s.institution, schools[s.institution])]
        case .personUpdated(let p): return [.person(p.name, people[p.name])]
        case .participationSet(let x, _, _, _, _): return [.participation(x, participation[x])]
        case .personRegistered(let p): return [.person(p.name, people[p.name])]
        case .consultantAssigned(let x, _): return [.caseload(x, caseload[x])]
        case .clusterFormed(let id, _, _, _): return [.cluster(id, clusters[id])]
        case .clusterRenamed(let id, _): return clusters[id].map { [.clusterName(id, $0.name)] } ?? []
        case .schoolPlaced(let c, let s):
            guard let p = clusters[c]?.programme else { return [] }
            let e = Enrolment(p, s), previous = clusterOf[e]
            return [.placement(e, previous, position: previous.flatMap { clusters[$0]?.members.firstIndex(of: s) } ?? 0)]
        case .interventionKindDefined(let k): return [.kind(Self.kindKey(k.programme, k.id), interventionKind(k.programme, k.id))]
        case .interventionStatusSet(let k, _, _, _): return [.intervention(k, interventions[k])]
        case .meetingScheduled(let m): return [.meeting(m.id, meetings[m.id])]
        case .meetingMoved(let id, _, _, _), .meetingCancelled(let id, _), .meetingHeld(let id, _): return [.meeting(id, meetings[id])]
        case .contactRecorded(let c): return [.contact(c.id, contacts[c.id])]
        case .followUpAgreed(let f): return [.followUp(f.id, followUps[f.id])]
        case .followUpDone(let id, _), .followUpMoved(let id, _, _): return [.followUp(id, followUps[id])]
        case .evaluationRecorded(let v): return [.evaluation(v.id, evaluations[v.id])]
        case .feedbackGiven(let f): return [.feedback(f.id, feedback[f.id])]
        case .indicatorDefined(let d), .indicatorChanged(let d): return [.indicator(d.key, indicators[d.key])]
        case .measurementRecorded(let m), .measurementCorrected(let m, _):
            return [.measurement(m.series, m.period, measurements[m.series]?.point(m.period))]
        case .undone: return []
        }
    }

    mutating func restore(_ r: Restore) {
        switch r {
        case .programme(let id, let v): programmes[id] = v
        case .school(let id, let v): schools[id] = v; indexSchool(v)
        case .participation(let e, let v): participation[e] = v
        case .person(let id, let v): people[id] = v
        case .caseload(let e, let v): caseload[e] = v
        case .cluster(let id, let v): clusters[id] = v; indexCluster(id, v?.name)
        case .clusterName(let id, let name): clusters[id]?.name = name; indexCluster(id, name)
        case .placement(let e, let previous, let position):
            if let now = clusterOf[e] { clusters[now]?.members.removeAll { $0 == e.school } }
            clusterOf[e] = previous
            if let previous, let members = clusters[previous]?.members, !members.contains(e.school) {
                clusters[previous]?.members.insert(e.school, at: min(max(0, position), members.count))
            }
        case .kind(let key, let v): interventionKinds[key] = v
        case .intervention(let k, let v): interventions[k] = v
        case .meeting(let id, let v): putMeeting(id, v)
        case .contact(let id, let v): contacts[id] = v
        case .followUp(let id, let v): followUps[id] = v
        case .evaluation(let id, let v): evaluations[id] = v
        case .feedback(let id, let v): feedback[id] = v
        case .indicator(let key, let v): indicators[key] = v
        case .measurement(let key, let period, let v):
            measurements[key, default: Series()].set(period, v)
            if measurements[key]?.points.isEmpty == true { measurements[key] = nil }
        }
    }

    /// Records what `recorded` changes, so its author can undo it: `replaced` are the values it replaced (none when
    /// it `created` what it wrote), and its footprint is read before the event is applied (only a placement's
    /// depends on the state, and placements are remembered before they apply).
    mutating func remember(_ recorded: Recorded, replaced: [Restore], created: Bool = false) {
        let touches: [Touch], writeCount: Int
        if created, case .measurementRecorded(let m) = recorded.event {
            (touches, writeCount) = (createdMeasurementTouches(m, by: recorded.seq), 1)
        } else {
            (touches, writeCount) = touchesInGeneral(recorded, created: created)
        }
        push(UndoRecord(seq: recorded.seq, at: recorded.at, replaced: replaced, created: created, touches: touches,
                        writeCount: writeCount), by: recorded.actor)
    }

    /// The touches `remember` keeps of any record, the event that last touched each found and the event made their
    /// last toucher, and how many of them it wrote.
    mutating func touchesInGeneral(_ recorded: Recorded, created: Bool) -> ([Touch], Int) {
        var touches: [Touch] = []
        let writeCount = footprint(of: recorded.event, into: &touches)
        // One lookup per entity at most: the event becomes its last toucher. What it writes is held while the record
        // is in the stack (what it creates, without an entry: see `Touches`); what it reads matters only if a record
        // in a stack wrote it, and the rest of the reads are dropped. (A key listed twice keeps its true previous
        // value in the first entry, which undo reads first.)
        for i in 0..<writeCount {
            touches[i].seq = created ? touched.created(touches[i].key, by: recorded.seq) : touched.hold(touches[i].key, for: recorded.seq)
        }
        var kept = writeCount
        for i in writeCount..<touches.count {
            guard let before = touched.read(touches[i].key, by: recorded.seq) else { continue }
            touches[i].seq = before
            if i != kept { touches.swapAt(i, kept) }
            kept += 1
        }
        // A stack keeps the record long after this (an import's thousands at once): without the dropped reads'
        // room, a record that read only what no stack held is the size of its writes.
        if kept < touches.count { touches = Array(touches[..<kept]) }
        return (touches, writeCount)
    }

    /// What `remember` keeps of a new measurement (nearly every record of a national log), built without the
    /// general footprint's list of three: the series' point it wrote, then the indicator and the school it read
    /// only when a record in a stack wrote them, as `footprint` lists them (the national replay 8 % faster).
    mutating func createdMeasurementTouches(_ m: Measurement, by seq: Int) -> [Touch] {
        let written = EntityKey.measurement(m.series, m.period)
        let write = Touch(key: written, seq: touched.created(written, by: seq))
        let indicator = touched.read(.indicator(m.programme, m.indicator), by: seq)
        let school = touched.read(.school(m.school), by: seq)
        guard indicator != nil || school != nil else { return [write] }
        var touches: [Touch] = []
        touches.reserveCapacity(indicator != nil && school != nil ? 3 : 2)
        touches.append(write)
        if let indicator { touches.append(Touch(key: .indicator(m.programme, m.indicator), seq: indicator)) }
        if let school { touches.append(Touch(key: .school(m.school), seq: school)) }
        return touches
    }

    /// Puts a record on its author's stack, letting go of those it pushes past the depth.
    private mutating func push(_ record: UndoRecord, by actor: String) {
        var dropped: [UndoRecord] = []
        Self.push(record, onto: &undoStacks[actor, default: []], dropping: &dropped)
        for old in dropped { release(old) }
        sweepTouchesIfDue()
    }

    /// How many entries held by no record `touched` gathers at least before they are swept.
    static let touchesSweptPast = 4096

    /// Sweeps the entries of `touched` no record holds, keeping those of entities a record in a stack created. The
    /// sweep looks at every record in the stacks, so the next waits for as many unheld entries as a quarter of
    /// those records, twice those it kept, or a few thousand, whichever is most: a record costs a few lookups in
    /// all. (Half the records instead of a quarter left the 1M log settled 45 MB larger, its table of last
    /// touchers twice the room, for a replay a few per cent faster.)
    mutating func sweepTouchesIfDue() {
        guard touched.unheld > touched.sweepPast else { return }
        var kept = Set<EntityKey>(), records = 0
        for stack in undoStacks.values {
            records += stack.count
            for record in stack where record.created {
                for key in record.writes where touched[key]?.holders == 0 { kept.insert(key) }
            }
        }
        touched.sweep(keeping: kept) { unheld in max(Self.touchesSweptPast, 2 * unheld, records / 4) }
    }

    /// What `remember` keeps of a record the history undoes, when the state is only for looking back (see
    /// `replayForLookingBack`): the values to put back, not who built on what, which only deciding asks. (No depth:
    /// the stack holds only records that are undone, and each leaves it when it is.)
    mutating func rememberRestores(_ recorded: Recorded, restores: [Restore]) {
        undoStacks[recorded.actor, default: []].append(UndoRecord(seq: recorded.seq, at: recorded.at, replaced: restores,
                                                                  created: false, touches: [], writeCount: 0))
    }

    /// Pushes a record in place (a copy of the stack would touch every record on every event). Past the depth the
    /// oldest whole write goes, never part of one, and never the newest: a plan or an import is undone as the one
    /// step it was written as.
    private static func push(_ record: UndoRecord, onto stack: inout Deque<UndoRecord>, dropping dropped: inout [UndoRecord]) {
        stack.append(record)
        while stack.count > undoDepth, let oldest = stack.first?.at, oldest != record.at {
            while stack.first?.at == oldest { dropped.append(stack.removeFirst()) }
        }
    }

    /// A record leaves its stack: the entities it wrote are no longer held by it (what it created never was).
    private mutating func release(_ record: UndoRecord) {
        guard !record.created else { return }
        for t in record.touches[..<record.writeCount] { touched.release(t.key) }
    }

    /// The sequence numbers of a person's last write, oldest first: what `undoLast` would undo.
    public func lastWrite(of actor: String) -> [Int] {
        guard let stack = undoStacks[actor], let last = stack.last else { return [] }
        return stack.reversed().prefix { $0.at == last.at }.map(\.seq).reversed()
    }

    /// The first later event that built on `record`, if any.
    public func builtOn(_ record: UndoRecord) -> Int? {
        record.writes.compactMap { key in touched[key].flatMap { $0.seq > record.seq ? $0.seq : nil } }.min()
    }

    /// Applies an `undone(seq)`: puts the values back and forgets the record.
    mutating func undo(_ seq: Int, by actor: String) {
        guard let i = undoStacks[actor]?.lastIndex(where: { $0.seq == seq }) else { return }
        let record = undoStacks[actor]!.remove(at: i)
        for r in record.restores.reversed() { restore(r) }
        for t in record.touches { touched.handBack(t.key, from: seq, to: t.seq) }
        release(record)
    }
}
