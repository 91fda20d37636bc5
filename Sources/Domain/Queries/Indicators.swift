extension NetworkState {
    /// The indicator a new value at this school most likely measures: the school's last one in the programme,
    /// else the one the programme's values use most, else the first Tavle knows.
    public func usualIndicator(programme: ProgrammeID, school: String) -> Indicator {
        var counts: [Indicator: Int] = [:]
        var schoolsLast: Indicator?
        for e in evaluations.values where e.programme == programme {
            counts[e.indicator, default: 0] += 1
            if e.school == school { schoolsLast = e.indicator }
        }
        if let schoolsLast { return schoolsLast }
        return Indicator.allCases.max { (counts[$0] ?? 0, -($0.order)) < (counts[$1] ?? 0, -($1.order)) }!
    }
}

extension Indicator {
    var order: Int { Indicator.allCases.firstIndex(of: self)! }
}
