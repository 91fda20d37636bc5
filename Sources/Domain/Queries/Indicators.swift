extension NetworkState {
    /// The indicator a new value in a programme most likely measures: the one its values use most (the first
    /// Tavle knows on a tie, or when there are none yet).
    public func usualIndicator(programme: ProgrammeID) -> Indicator {
        var counts: [Indicator: Int] = [:]
        for e in evaluations.values where e.programme == programme { counts[e.indicator, default: 0] += 1 }
        let order = Indicator.allCases
        return order.max { (counts[$0] ?? 0, -order.firstIndex(of: $0)!) < (counts[$1] ?? 0, -order.firstIndex(of: $1)!) }!
    }
}
