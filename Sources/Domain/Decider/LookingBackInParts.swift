import Foundation

/// Replaying a long history for looking back on every core: the tables that take most of a log's events (contacts,
/// follow-ups, evaluations, measurements) are each filled by a thread of their own, the rest by another, and put
/// together after. No event of one part reads another part's tables (a contact writes only contacts and its id's
/// counter; a placement reads clusters, which are the rest's), and an undo goes to the part of the record it undoes,
/// so each part is what the one replay makes of it (a property test holds the two to equality).
extension NetworkState {
    /// From this many records the history is replayed in parts.
    static let partsFrom = 20_000

    enum LookingBackPart: Int, CaseIterable {
        case contacts, followUps, evaluations, measurements, rest

        init(_ event: Event) {
            switch event {
            case .contactRecorded: self = .contacts
            case .followUpAgreed, .followUpDone, .followUpMoved: self = .followUps
            case .evaluationRecorded: self = .evaluations
            case .measurementRecorded, .measurementCorrected: self = .measurements
            case .programmeDefined, .schoolRegistered, .schoolUpdated, .participationSet, .personRegistered, .personUpdated,
                 .consultantAssigned, .clusterFormed, .clusterRenamed, .schoolPlaced, .interventionKindDefined,
                 .interventionStatusSet, .meetingScheduled, .meetingMoved, .meetingCancelled, .meetingHeld, .feedbackGiven,
                 .indicatorDefined, .indicatorChanged, .undone:
                self = .rest
            }
        }
    }

    /// `records` (in sequence order) replayed for looking back in parts, on as many cores as there are.
    static func replayInParts(_ records: UnsafeBufferPointer<Recorded>, undone: Set<Int>) -> NetworkState {
        // The part of each record an undo in the history undoes.
        // Records are read in place throughout: a copy retains every string in it, and five threads copying the
        // same records contend for the same counts.
        var undoing: [Int: LookingBackPart] = [:]
        for i in records.indices {
            guard case .undone(let seq) = records[i].event, let undone = records.record(seq: seq) else { continue }
            undoing[seq] = LookingBackPart(undone.event)
        }
        let parts = Parts(), targets = undoing
        // Read only, by every part, while the caller holds the records.
        nonisolated(unsafe) let records = records
        DispatchQueue.concurrentPerform(iterations: LookingBackPart.allCases.count) { i in
            let mine = LookingBackPart(rawValue: i)!
            var state = NetworkState()
            for i in records.indices {
                let part: LookingBackPart
                if case .undone(let seq) = records[i].event { part = targets[seq] ?? .rest } else { part = LookingBackPart(records[i].event) }
                if part == mine { state.applyForLookingBack(records[i], undone: undone) }
            }
            parts.set(i, state)
        }
        var state = parts.states[LookingBackPart.rest.rawValue]!
        let contacts = parts.states[LookingBackPart.contacts.rawValue]!, followUps = parts.states[LookingBackPart.followUps.rawValue]!
        let evaluations = parts.states[LookingBackPart.evaluations.rawValue]!, measurements = parts.states[LookingBackPart.measurements.rawValue]!
        state.contacts = contacts.contacts
        state.followUps = followUps.followUps
        state.evaluations = evaluations.evaluations
        state.measurements = measurements.measurements
        for other in [contacts, followUps, evaluations, measurements] {
            state.counters.merge(other.counters) { max($0, $1) }
            for (actor, stack) in other.undoStacks {
                if let mine = state.undoStacks[actor] {
                    state.undoStacks[actor] = .init((Array(mine) + Array(stack)).sorted { $0.seq < $1.seq })
                } else {
                    state.undoStacks[actor] = stack
                }
            }
        }
        state.lastSeq = records.last?.seq ?? 0
        state.lastAt = records.last?.at
        return state
    }

    /// The parts' states, each written by one thread and read after all are done.
    private final class Parts: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var states = [NetworkState?](repeating: nil, count: LookingBackPart.allCases.count)
        func set(_ i: Int, _ state: NetworkState) { lock.lock(); states[i] = state; lock.unlock() }
    }
}
