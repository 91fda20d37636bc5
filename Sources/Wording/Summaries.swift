import Domain

extension Catalogue {
    /// The events with these sequence numbers, summed up as one write: a single event's sentence, or a count of
    /// each kind of event ("76 klyngemøder planlagt").
    public func summary(of seqs: [Int], in history: [Recorded], state: NetworkState) -> String {
        let found = seqs.compactMap { seq in history.record(seq: seq)?.event }
        guard found.count == seqs.count, !found.isEmpty else {
            return seqs.count == 1 ? self(.evEventNumber, seqs[0]) : self(.evEventNumbers, seqs.first ?? 0, seqs.last ?? 0)
        }
        return summary(of: found, in: state, history: history)
    }

    public func summary(of events: [Event], in state: NetworkState? = nil, history: [Recorded]? = nil) -> String {
        if events.count == 1 { return sentence(events[0], in: state, history: history) }
        var order: [String] = [], groups: [String: [Event]] = [:]
        for e in events {
            if groups[e.typeName] == nil { order.append(e.typeName) }
            groups[e.typeName, default: []].append(e)
        }
        let parts = order.map { type -> String in
            let list = groups[type]!
            return list.count == 1 ? sentence(list[0], in: state, history: history) : plural(list)
        }
        return parts.prefix(3).joined(separator: "; ") + (parts.count > 3 ? " …" : "")
    }

    /// What a write did, for the notice after it: an undo says what it undid.
    public func report(_ records: [Recorded], history: [Recorded], state: NetworkState) -> String {
        let undone = records.compactMap { r -> Int? in if case .undone(let seq) = r.event { return seq }; return nil }
        if !undone.isEmpty, undone.count == records.count {
            return self(.undidWrite, summary(of: undone.sorted(), in: history, state: state), events(undone.count))
        }
        return summary(of: records.map(\.event), in: state)
    }

    /// "1 hændelse", "3 hændelser", "100.000 hændelser".
    public func events(_ n: Int) -> String { self(n == 1 ? .eventsOne : .eventsMany, grouped(n)) }


    /// Several events of one kind: "76 klyngemøder planlagt", "100.000 målinger" (an import's count grouped as
    /// every other count is).
    func plural(_ list: [Event]) -> String {
        let n = grouped(list.count)
        switch list[0] {
        case .programmeDefined: return self(.sumProgrammes, n)
        case .schoolRegistered: return self(.sumSchools, n)
        case .schoolUpdated: return self(.sumSchoolsUpdated, n)
        case .participationSet: return self(.sumParticipation, n)
        case .personRegistered: return self(.sumPeople, n)
        case .personUpdated: return self(.sumPeopleUpdated, n)
        case .consultantAssigned: return self(.sumAssigned, n)
        case .clusterFormed: return self(.sumClusters, n)
        case .clusterRenamed: return self(.sumClustersRenamed, n)
        case .schoolPlaced: return self(.sumPlaced, n)
        case .interventionKindDefined: return self(.sumKinds, n)
        case .interventionStatusSet: return self(.sumInterventions, n)
        case .meetingScheduled:
            let allCluster = list.allSatisfy { if case .meetingScheduled(let m) = $0 { return m.kind == .cluster }; return false }
            return self(allCluster ? .sumClusterMeetings : .sumMeetings, n)
        case .meetingMoved: return self(.sumMeetingsMoved, n)
        case .meetingCancelled: return self(.sumMeetingsCancelled, n)
        case .meetingHeld: return self(.sumMeetingsHeld, n)
        case .contactRecorded: return self(.sumContacts, n)
        case .followUpAgreed: return self(.sumFollowUps, n)
        case .followUpDone: return self(.sumFollowUpsDone, n)
        case .followUpMoved: return self(.sumFollowUpsMoved, n)
        case .evaluationRecorded: return self(.sumEvaluations, n)
        case .feedbackGiven: return self(.sumFeedback, n)
        case .indicatorDefined: return self(.sumIndicators, n)
        case .indicatorChanged: return self(.sumIndicatorsChanged, n)
        case .measurementRecorded: return self(.sumMeasurements, n)
        case .measurementCorrected: return self(.sumMeasurementsCorrected, n)
        case .undone: return self(.sumUndone, n)
        }
    }
}

extension Catalogue {
    /// A rating average with what it rests on: "3,6 af 5 (n 12)", starred under five ratings.
    public func rating(_ a: RatingAverage) -> String {
        self(.repRatingShown, oneDecimal(Double(a.tenths) / 10), String(a.ratings) + (a.isFew ? "*" : ""))
    }

    /// A rating average in a narrow column: "3,6 (n 12)".
    public func shortRating(_ a: RatingAverage) -> String { self(.ratingWithN, oneDecimal(Double(a.tenths) / 10), a.ratings) }
}
