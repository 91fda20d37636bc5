/// The last event that wrote or read each entity an undoable record may be asked about (`builtOn`), and how many
/// records in the stacks wrote it.
///
/// A record that creates what it writes (a new contact, follow-up, evaluation or measurement: most of a national
/// log) holds its entities without an entry: while an entity has none, nothing after its creator touched it. Every
/// later event that writes or reads such an entity makes or moves its entry, so the entry stays after the records
/// that wrote it leave their stacks (its creator may still be in one); those held by no record are swept now and
/// then (`NetworkState.sweepTouchesIfDue`). Other entities have an entry only while a record that wrote them is in a
/// stack, as before.
public struct Touches: Sendable, Equatable {
    public private(set) var entries: [EntityKey: LastTouch] = [:]
    /// How many entries each kind that can be created has (`EntityKey.creatable`): while a kind has none, a record
    /// that creates one needs no lookup. Follows from `entries`.
    private var creatableCounts: [Int] = [0, 0, 0, 0]
    /// How many entries no record holds. Follows from `entries`.
    public private(set) var unheld = 0
    /// How many unheld entries the next sweep waits for (set by the last sweep).
    public internal(set) var sweepPast = NetworkState.touchesSweptPast

    public init() {}

    init(entries: [EntityKey: LastTouch], sweepPast: Int) {
        self.entries = entries
        self.sweepPast = sweepPast
        for (key, touch) in entries {
            if let kind = key.creatable { creatableCounts[kind] += 1 }
            if touch.holders == 0 { unheld += 1 }
        }
    }

    public var count: Int { entries.count }
    public subscript(key: EntityKey) -> LastTouch? { entries[key] }

    /// A record that replaces what it writes enters a stack: it touches the entity now and holds it. Returns the
    /// toucher before (0: none).
    mutating func hold(_ key: EntityKey, for seq: Int) -> Int {
        if let i = entries.index(forKey: key) {
            let before = entries.values[i].seq
            if entries.values[i].holders == 0 { unheld -= 1 }
            entries.values[i].seq = seq
            entries.values[i].holders += 1
            return before
        }
        entries[key] = LastTouch(seq: seq, holders: 1)
        if let kind = key.creatable { creatableCounts[kind] += 1 }
        return 0
    }

    /// A record that creates the entity: it holds it without an entry, but an entry there already (a record of a
    /// hand-edited log that wrote it while it was absent) must learn it was touched. Returns the toucher before.
    mutating func created(_ key: EntityKey, by seq: Int) -> Int {
        guard let kind = key.creatable, creatableCounts[kind] > 0, let i = entries.index(forKey: key) else { return 0 }
        defer { entries.values[i].seq = seq }
        return entries.values[i].seq
    }

    /// An event reads the entity: it matters if a record in a stack wrote it, which for an entity that can be
    /// created is not known here, so those always get an entry. Returns the toucher before, or nil when the read
    /// matters to no one.
    mutating func read(_ key: EntityKey, by seq: Int) -> Int? {
        if let i = entries.index(forKey: key) {
            defer { entries.values[i].seq = seq }
            return entries.values[i].seq
        }
        guard let kind = key.creatable else { return nil }
        entries[key] = LastTouch(seq: seq, holders: 0)
        creatableCounts[kind] += 1
        unheld += 1
        return 0
    }

    /// A record that wrote the entity leaves its stack. An entity no one else holds loses its entry, unless it can
    /// have been created by a record still in a stack.
    mutating func release(_ key: EntityKey) {
        guard let i = entries.index(forKey: key) else { return }
        entries.values[i].holders -= 1
        guard entries.values[i].holders <= 0 else { return }
        if key.creatable != nil {
            entries.values[i].holders = 0
            unheld += 1
        } else {
            entries.remove(at: i)
        }
    }

    /// An undone event hands the entity back to the event that touched it before, if it was the last to touch it.
    mutating func handBack(_ key: EntityKey, from seq: Int, to before: Int) {
        if let i = entries.index(forKey: key), entries.values[i].seq == seq { entries.values[i].seq = before }
    }

    /// Removes the entries no record holds but those of `kept`, in place; the next sweep waits for `next` unheld
    /// entries.
    mutating func sweep(keeping kept: Set<EntityKey>, next: (_ unheld: Int) -> Int) {
        let gone = entries.compactMap { $0.value.holders == 0 && !kept.contains($0.key) ? $0.key : nil }
        for key in gone {
            entries[key] = nil
            if let kind = key.creatable { creatableCounts[kind] -= 1 }
        }
        unheld -= gone.count
        sweepPast = next(unheld)
    }
}

/// The last event that wrote or read an entity, and how many records in the stacks wrote it without creating it.
public struct LastTouch: Sendable, Equatable {
    public var seq: Int
    public var holders: Int
}

extension EntityKey {
    /// The kinds an event can create (`absence` is what undo puts back for them), numbered for `Touches`.
    var creatable: Int? {
        switch self {
        case .contact: return 0
        case .followUp: return 1
        case .evaluation: return 2
        case .measurement: return 3
        case .programme, .school, .schoolData, .person, .personData, .enrolment, .caseload, .placement, .cluster,
             .clusterName, .kind, .intervention, .meeting, .feedback, .indicator:
            return nil
        }
    }
}
