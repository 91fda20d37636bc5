/// Builds a large history's `/` filter index on another thread, so that the first letter typed in Historik does not
/// hold the keys (wording a million records takes seconds); the loop takes it and sends it in as
/// `Msg.historySearched`. Only values go to the thread: the records, the state and the words.
typealias SearchMailbox = Worker<HistorySearch>

extension Worker where Outcome == HistorySearch {
    func tend(_ model: inout Model) -> Bool {
        tend(&model, deliver: { m, built in update(&m, .historySearched(built)) }, ask: { m -> (@Sendable () -> HistorySearch)? in
            guard let request = m.history.searchRequest else { return nil }
            return { request.build() }
        })
    }
}
