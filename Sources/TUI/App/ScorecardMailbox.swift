/// Works out the results screen's figures on another thread once a frame that did not need them is drawn (after
/// the dashboard opens, after each write), so that neither that frame nor the key that shows the results screen
/// waits for them; the loop sends them in as `Msg.scorecardComputed`. A key that shows the screen before they
/// come works them out itself, and what comes later is dropped, as are figures of an older state.
typealias ScorecardMailbox = Worker<ScorecardFigures>

extension Worker where Outcome == ScorecardFigures {
    func tend(_ model: inout Model) -> Bool {
        tend(&model, deliver: { m, figures in update(&m, .scorecardComputed(figures)) }, ask: { m -> (@Sendable () -> ScorecardFigures)? in
            guard let inputs = m.derived.pendingScorecard else { return nil }
            return { inputs.compute() }
        })
    }
}
