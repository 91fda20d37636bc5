import Domain
import Effects

/// Effekt: the kinds × indicators table, its comparison and base year, the cell whose details are open, and the
/// table once computed. It is computed off the keystroke path (`EffectMailbox`) for what `request` names, and
/// comes back as `Msg.effectsComputed`.
public struct EffectsState: Sendable {
    public var cursor = Cursor()
    public var comparison: ComparisonGroup = .never
    public var base: BasePeriod = .varying
    /// The details of the selected cell are open, scrolled this far.
    public var detail = false
    public var scroll = 0
    /// Counts the rebuilds of the model: a table computed before the last one is stale.
    public var generation = 0
    public var table: EffectTable?
    public static let repetitions = 999
}

/// What a table is computed for: the programme, the state as of a rebuild, and the options.
public struct EffectRequest: Sendable, Equatable {
    public let programme: ProgrammeID
    public let generation: Int
    public let options: EstimateOptions
}

public struct EffectTable: Sendable {
    public let request: EffectRequest
    public let cells: [EffectCell]

    /// Computes the table; the mailbox does it on another thread, tests and the bench call it directly.
    public static func compute(_ r: EffectRequest, _ state: NetworkState) -> EffectTable {
        EffectTable(request: r, cells: state.effectTable(r.programme, options: r.options))
    }
}

extension Model {
    /// The table the Effekt screen needs and does not have yet; nil when it is not on view or is up to date.
    public var effectRequest: EffectRequest? {
        guard view == .effects, page == nil, let p = programme else { return nil }
        let r = EffectRequest(programme: p, generation: effects.generation,
                              options: EstimateOptions(comparison: effects.comparison, base: effects.base, repetitions: EffectsState.repetitions))
        return effects.table?.request == r ? nil : r
    }

    /// The table shown: the one computed for the current request (a stale one is not shown as if it were current).
    var effectCells: [EffectCell]? {
        guard let t = effects.table, t.request.generation == effects.generation, t.request.programme == programme,
              t.request.options.comparison == effects.comparison, t.request.options.base == effects.base else { return nil }
        return t.cells
    }
}
