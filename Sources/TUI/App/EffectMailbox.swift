import Domain

/// Computes the Effekt table on another thread, so no key waits for the bootstrap; the loop takes the result
/// and sends it in as `Msg.effectsComputed`.
typealias EffectMailbox = Worker<EffectTable>

extension Worker where Outcome == EffectTable {
    func tend(_ model: inout Model) -> Bool {
        tend(&model, deliver: { m, table in update(&m, .effectsComputed(table)) }, ask: { m -> (@Sendable () -> EffectTable)? in
            guard let request = m.effectRequest else { return nil }
            let state = m.state
            return { EffectTable.compute(request, state) }
        })
    }
}
