import Domain

/// Scheduling in words: a suggestion's reasons, spans of days, a meeting's status.
extension Catalogue {
    /// "8 uger", "8 uger og 2 dage", "5 dage".
    public func span(days: Int) -> String {
        let w = days / 7, d = days % 7
        let weeks = self(w == 1 ? .weeksOne : .weeksMany, w), rest = self(d == 1 ? .daysOne : .daysMany, d)
        if w == 0 { return rest }
        return d == 0 ? weeks : self(.weeksAndDays, weeks, rest)
    }

    public func reason(_ r: SuggestionReason, _ state: NetworkState) -> String {
        switch r {
        case .freeForEveryone: return self(.sgFree)
        case .noHolidays: return self(.sgNoHolidays)
        case .afterPrevious(let days, _, let day): return self(.sgAfter, span(days: days), shortDate(day))
        case .beforeNext(let days, _, let day): return self(.sgBefore, span(days: days), shortDate(day))
        case .firstMeeting: return self(.sgFirst)
        case .host(let school, let last):
            let name = state.schools[school]?.name ?? school
            return last.map { self(.sgHostLast, name, shortDate($0)) } ?? self(.sgHostNever, name)
        case .travel(let c, let minutes): return self(.sgTravel, minutes, state.fullName(c))
        }
    }

    /// What the list of suggestions needs said before it, if anything: times found only past the window of `weeks`,
    /// or times that still have soft conflicts.
    public func suggestionNote(_ list: SuggestionList, weeks: Int) -> String? {
        let soft = list.suggestions.count - list.clean
        if list.beyondWindow > 0 { return soft > 0 ? self(.sgBeyondSoft, weeks, list.beyondWindow, soft) : self(.sgBeyond, weeks, list.beyondWindow) }
        guard list.onlySoftRemain else { return nil }
        return list.clean == 0 ? self(.sgNoneClean, weeks) : self(.sgOnlySoft, list.clean)
    }

    /// A suggestion's soft conflicts first (what must be confirmed), then its reasons, in one line.
    public func reasons(_ s: Suggestion, _ state: NetworkState) -> String {
        (s.soft.map { "⚠ " + message($0, in: state) } + s.reasons.map { reason($0, state) }).joined(separator: " · ")
    }

    /// Where a meeting stands on a day: booked, held with whom, cancelled, or past and not recorded as held.
    public func status(_ m: Meeting, today: Day) -> String {
        switch m.status {
        case .cancelled: return self(.cancelled) + (m.cancelReason.map { ": " + $0 } ?? "")
        case .held: return self(.meetingHeldWith, m.attendance?.count ?? 0)
        case .scheduled: return m.isUnrecorded(on: today) ? self(.stUnrecorded) : self(.stScheduled)
        }
    }

    /// A plan's meetings one a line, as the dashboard's plan (`Y`) and `tavle meeting plan` both say them: the week,
    /// the date (with its year when more than half a year from today, as wide as the widest), the start, the cluster
    /// and the place in this language.
    public func planLines(_ plan: RoundPlan, _ state: NetworkState, today: Day) -> [String] {
        let dates = plan.meetings.map { compactDate($0.day, today: today) }
        let width = max(10, dates.map(\.displayWidth).max() ?? 0)
        return zip(plan.meetings, dates).map { p, date in
            week(p.day).padded(to: 7) + " " + date.padded(to: width) + " " + time(p.start).padded(to: 5, alignRight: true)
                + "  " + p.clusters.compactMap { state.clusters[$0]?.name }.joined(separator: ", ") + " · " + location(p)
        }
    }

    /// What a plan adds, and (when any) the clusters that get fewer meetings than asked.
    public func planSummary(_ plan: RoundPlan, _ state: NetworkState) -> [String] {
        let booked = plan.clusters.reduce(0) { $0 + $1.booked }
        var out = [plan.meetings.isEmpty && plan.shortfalls.isEmpty
            ? self((plan.clusters.first?.wanted ?? 0) == 1 ? .planNothingOne : .planNothing, plan.clusters.first?.wanted ?? 0)
            : self(.planSummary, plan.meetings.count, shortDate(plan.window.lowerBound), shortDate(plan.window.upperBound), booked)]
        if !plan.shortfalls.isEmpty {
            let items = plan.shortfalls.map { c in self(.planShortItem, state.clusters[c.cluster]?.name ?? c.cluster, c.booked + c.planned.count, c.wanted) }
            out.append(self(plan.shortfalls.count == 1 ? .planShortOne : .planShort, plan.shortfalls.count, items.joined(separator: ", ")))
        }
        return out
    }
}
