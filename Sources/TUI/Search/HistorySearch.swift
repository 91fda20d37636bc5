import Domain
import Wording

/// The history's `/` filter index (each record's writer and sentence, folded), and what it was built from. Building it
/// words every record of the log: 1.8 s at a million records. A write only adds records, so when none of them can
/// change how an older record reads, only the new ones are worded and appended; otherwise it is built again.
public struct HistorySearch: Sendable {
    /// The records it covers (`events[..<count]`, from `first` to `last`), the state and the language they were
    /// worded in, and how many follow-ups there were.
    let first: Int, last: Int, count: Int, seq: Int, language: Language, followUps: Int
    var index: SearchIndex

    enum Update { case kept, extended, built }

    /// Brings `search` up to `events` worded against `state` in `text`'s language: kept, extended or built again.
    @discardableResult
    static func update(_ search: inout HistorySearch?, _ events: [Recorded], state: NetworkState, text: Catalogue) -> Update {
        if let s = search, s.covers(events, state: state, language: text.language) { return .kept }
        if let from = search?.extensible(to: events, state: state, language: text.language), var index = search?.index {
            // Let go of the old one first, so the index grows in place instead of being copied (100 MB at 1M records).
            search = nil
            index.append(SearchIndex(count: events.count - from) { i in words(events[from + i], events, state, text) })
            search = HistorySearch(of: events, state: state, language: text.language, index: index)
            return .extended
        }
        search = HistorySearch(of: events, state: state, language: text.language,
                               index: SearchIndex(count: events.count) { i in words(events[i], events, state, text) })
        return .built
    }

    /// Whether `update` would word every record again rather than keep or extend `search`: what a large history's
    /// filter has done on another thread (`SearchRequest`).
    static func wouldBuild(_ search: HistorySearch?, _ events: [Recorded], state: NetworkState, language: Language) -> Bool {
        guard let s = search else { return true }
        return !s.covers(events, state: state, language: language) && s.extensible(to: events, state: state, language: language) == nil
    }

    private init(of events: [Recorded], state: NetworkState, language: Language, index: SearchIndex) {
        first = events.first?.seq ?? 0; last = events.last?.seq ?? 0; count = events.count
        seq = state.lastSeq; self.language = language; followUps = state.followUps.count; self.index = index
    }

    private static func words(_ r: Recorded, _ events: [Recorded], _ state: NetworkState, _ text: Catalogue) -> String {
        r.actor + " " + state.fullName(r.actor) + " " + text.sentence(r.event, in: state, history: events)
    }

    /// Whether it is the index of these records, worded against this state in this language.
    func covers(_ events: [Recorded], state: NetworkState, language: Language) -> Bool {
        events.count == count && state.lastSeq == seq && self.language == language
            && (events.first?.seq ?? 0) == first && (events.last?.seq ?? 0) == last
    }

    /// Where the new records start, when `events` is the covered records and more, the state moved on by just
    /// those, and none of them renames or changes anything an older record's sentence reads; nil otherwise.
    private func extensible(to events: [Recorded], state: NetworkState, language: Language) -> Int? {
        guard self.language == language, count > 0, events.count > count, (events.first?.seq ?? 0) == first,
              events[count - 1].seq == last, state.lastSeq == events[events.count - 1].seq, last == seq else { return nil }
        var agreed = 0
        for r in events[count...] {
            guard Self.leavesOlderSentences(r.event) else { return nil }
            if case .followUpAgreed = r.event { agreed += 1 }
        }
        // An older record names a follow-up by what it is: each one agreed must be new, not one agreed again.
        return state.followUps.count == followUps + agreed ? count : nil
    }

    /// Whether an older record reads the same after this event. Sentences name schools, clusters, programmes,
    /// people, intervention kinds, indicators, meetings (with their day) and follow-ups (what and where) from the
    /// state, so events that define or change any of those, and undos, which may put any of them back, do not.
    static func leavesOlderSentences(_ e: Event) -> Bool {
        switch e {
        case .contactRecorded, .followUpAgreed, .followUpDone, .followUpMoved, .evaluationRecorded, .feedbackGiven,
             .interventionStatusSet, .participationSet, .consultantAssigned, .schoolPlaced, .measurementRecorded,
             .measurementCorrected:
            return true
        case .programmeDefined, .schoolRegistered, .schoolUpdated, .personRegistered, .personUpdated, .clusterFormed,
             .clusterRenamed, .interventionKindDefined, .meetingScheduled, .meetingMoved, .meetingCancelled, .meetingHeld,
             .indicatorDefined, .indicatorChanged, .undone:
            return false
        }
    }
}

/// What a large history's filter index is built from on another thread (`SearchMailbox`), and which history it is.
public struct SearchRequest: Sendable {
    let events: [Recorded]
    let state: NetworkState
    let text: Catalogue

    /// The history it indexes: the same one asked for again is not built twice.
    var key: [Int] { [events.count, events.first?.seq ?? 0, events.last?.seq ?? 0, state.lastSeq, state.followUps.count] }

    public func build() -> HistorySearch {
        var built: HistorySearch?
        HistorySearch.update(&built, events, state: state, text: text)
        return built!
    }
}
