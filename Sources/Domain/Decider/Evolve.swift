/// `evolve(state, event) -> state`: pure and total. Any event applies to any state.
public func evolve(_ state: NetworkState, _ recorded: Recorded) -> NetworkState {
    var next = state
    next.apply(recorded)
    return next
}

extension NetworkState {
    /// The in-place form of `evolve`, used by replay so that large states are not copied per event.
    public mutating func apply(_ recorded: Recorded) {
        if case .undone(let seq) = recorded.event {
            undo(seq, by: recorded.actor)
        } else {
            switch applyCapturing(recorded.event) {
            case .created: remember(recorded, replaced: [], created: true)
            case .replaced(let old): remember(recorded, replaced: [old])
            case nil:
                remember(recorded, replaced: restores(for: recorded.event))
                apply(recorded.event)
            }
        }
        lastSeq = recorded.seq
        lastAt = recorded.at
    }

    /// What `applyCapturing` found where an event wrote: nothing (it created the entity) or the value it replaced.
    enum Captured {
        case created
        case replaced(Restore)
    }

    /// The events a national log holds most of, applied with the value they replace found in the same lookup (not
    /// a second one before): what their undo would restore. Nil for the other events, which `apply` takes.
    mutating func applyCapturing(_ event: Event) -> Captured? {
        switch event {
        case .contactRecorded(let c):
            defer { count(.contact, c.id) }
            return contacts.updateValue(c, forKey: c.id).map { .replaced(.contact(c.id, $0)) } ?? .created
        case .followUpAgreed(let f):
            defer { count(.followUp, f.id) }
            return followUps.updateValue(f, forKey: f.id).map { .replaced(.followUp(f.id, $0)) } ?? .created
        case .evaluationRecorded(let v):
            defer { count(.evaluation, v.id) }
            return evaluations.updateValue(v, forKey: v.id).map { .replaced(.evaluation(v.id, $0)) } ?? .created
        case .measurementRecorded(let m):
            let old = measurements[m.series, default: Series()].set(m.period, SeriesPoint(period: m.period, value: m.value, pupils: m.pupils, source: m.source))
            return old.map { .replaced(.measurement(m.series, m.period, $0)) } ?? .created
        case .programmeDefined, .schoolRegistered, .schoolUpdated, .participationSet, .personRegistered, .personUpdated,
             .consultantAssigned, .clusterFormed, .clusterRenamed, .schoolPlaced, .interventionKindDefined, .interventionStatusSet,
             .meetingScheduled, .meetingMoved, .meetingCancelled, .meetingHeld, .followUpDone, .followUpMoved, .feedbackGiven,
             .indicatorDefined, .indicatorChanged, .measurementCorrected, .undone:
            return nil
        }
    }

    mutating func apply(_ event: Event) {
        switch event {
        case .programmeDefined(let p):
            programmes[p.id] = p
        case .schoolRegistered(let s), .schoolUpdated(let s):
            if schools[s.institution]?.name != s.name { indexSchool(s) }
            schools[s.institution] = s
        case .participationSet(let e, let status, let track, let reason, let date):
            let previousTrack = participation[e]?.track
            participation[e] = Participation(status: status, track: track ?? previousTrack, reason: reason, since: date)
        case .personRegistered(let p), .personUpdated(let p):
            people[p.name] = p
        case .consultantAssigned(let e, let consultant):
            caseload[e] = consultant
        case .clusterFormed(let id, let programme, let name, let track):
            let members = clusters[id]?.members ?? []
            clusters[id] = Cluster(id: id, programme: programme, name: name, track: track, members: members)
            indexCluster(id, name)
        case .clusterRenamed(let id, let name):
            clusters[id]?.name = name
            indexCluster(id, name)
        case .schoolPlaced(let clusterID, let school):
            guard let programme = clusters[clusterID]?.programme else { return }
            let e = Enrolment(programme, school)
            if let old = clusterOf[e], old != clusterID {
                clusters[old]?.members.removeAll { $0 == school }
            }
            if clusters[clusterID]?.members.contains(school) == false {
                clusters[clusterID]?.members.append(school)
            }
            clusterOf[e] = clusterID
        case .interventionKindDefined(let k):
            interventionKinds[Self.kindKey(k.programme, k.id)] = k
        case .interventionStatusSet(let key, let status, let date, let reason):
            let started = interventions[key]?.started ?? (status == .started ? date : nil)
            interventions[key] = Intervention(key: key, status: status, updated: date, reason: reason, started: started)
        case .meetingScheduled(let m):
            putMeeting(m.id, m)
            count(.meeting, m.id)
        case .meetingMoved(let id, let day, let start, let end):
            guard var m = meetings[id] else { return }
            m.day = day; m.start = start; m.end = end; m.sequence += 1
            putMeeting(id, m)
        case .meetingCancelled(let id, let reason):
            meetings[id]?.status = .cancelled
            meetings[id]?.cancelReason = reason
            meetings[id]?.sequence += 1
        case .meetingHeld(let id, let attendance):
            meetings[id]?.status = .held
            meetings[id]?.attendance = attendance
        case .contactRecorded(let c):
            contacts[c.id] = c
            count(.contact, c.id)
        case .followUpAgreed(let f):
            followUps[f.id] = f
            count(.followUp, f.id)
        case .followUpDone(let id, let date):
            followUps[id]?.done = date
        case .followUpMoved(let id, let due, let reason):
            followUps[id]?.due = due
            followUps[id]?.moves += 1
            followUps[id]?.reason = reason
        case .evaluationRecorded(let v):
            evaluations[v.id] = v
            count(.evaluation, v.id)
        case .feedbackGiven(let f):
            feedback[f.id] = f
            count(.feedback, f.id)
        case .indicatorDefined(let d), .indicatorChanged(let d):
            indicators[d.key] = d
        case .measurementRecorded(let m):
            measurements[m.series, default: Series()].set(m.period, SeriesPoint(period: m.period, value: m.value, pupils: m.pupils, source: m.source))
        case .measurementCorrected(let m, _):
            let before = measurements[m.series]?.point(m.period)?.corrections ?? 0
            measurements[m.series, default: Series()].set(m.period, SeriesPoint(period: m.period, value: m.value, pupils: m.pupils,
                                                                               source: m.source, corrections: before + 1))
        case .undone:
            break
        }
    }

    /// Keeps the highest number handed out for an id prefix.
    mutating func count(_ kind: IDPrefix, _ id: String) {
        guard let n = Self.idNumber(id, after: kind) else { return }
        let prefix = kind.rawValue
        if let highest = counters[prefix] {
            if n > highest { counters[prefix] = n }
        } else {
            counters[prefix] = max(0, n)
        }
    }

    /// The number after an id's prefix, as `Int(id.dropFirst(1))` reads it when the id has the prefix: read from the
    /// bytes when they are a few ASCII digits (nearly every id), through the string otherwise.
    static func idNumber(_ id: String, after kind: IDPrefix) -> Int? {
        var id = id
        let letter = kind.rawValue.utf8.first!
        let fast = id.withUTF8 { bytes -> Int? in
            guard bytes.count >= 2, bytes.count <= 19, bytes[0] == letter else { return nil }
            var n = 0
            for b in bytes[1...] {
                guard b &- UInt8(ascii: "0") < 10 else { return nil }
                n = n &* 10 &+ Int(b &- UInt8(ascii: "0"))
            }
            return n
        }
        if let fast { return fast }
        let prefix = kind.rawValue
        return id.hasPrefix(prefix) ? Int(id.dropFirst(prefix.count)) : nil
    }

    /// The next id for a prefix: "C0001", "C0002", …; never reused, even after an undo.
    public func nextID(_ kind: IDPrefix) -> String { kind.rawValue + pad(lastNumber(kind) + 1, 4) }

    /// The highest number an id of this kind has had.
    public func lastNumber(_ kind: IDPrefix) -> Int { counters[kind.rawValue] ?? 0 }

    /// Replays events in order onto an empty state.
    public static func replay<S: Sequence>(_ events: S) -> NetworkState where S.Element == Recorded {
        var state = NetworkState()
        for e in events { state.apply(e) }
        return state
    }
}
