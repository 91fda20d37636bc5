import Domain

extension Catalogue {
    /// Why a school is on a consultant's list, as the dashboard and `tavle caseload` both say it.
    public func reason(_ r: AttentionReason, _ state: NetworkState, programme p: ProgrammeID?) -> String {
        switch r {
        case .overdueFollowUp(let f): return self(.whyOverdue, f.what, shortDate(f.due))
        case .noContact(let since): return since.map { self(.whyNoContact, shortDate($0)) } ?? self(.whyNeverContacted)
        case .stalled(let kind, let since):
            return self(.whyStalled, p.flatMap { state.interventionKind($0, kind)?.name } ?? kind, shortDate(since))
        case .meetingUnprepared(let m): return self(.whyUnprepared, name(m.kind), compactDate(m.day))
        case .meetingSoon(let m): return self(.whyMeeting, name(m.kind), compactDate(m.day))
        case .openFollowUpsAfterLeaving(let s, let n): return self(.whyDeclined, name(s), n)
        }
    }

    /// A school's reasons on one line, as its row in a list says them: several overdue follow-ups as their count and
    /// the oldest («14 opfølgninger over tid, den ældste: …»), each other reason as `reason` says it. The reasons in
    /// full, one to a line, are the caseload's pane's and the JSON's.
    public func reasonsInBrief(_ rs: [AttentionReason], _ state: NetworkState, programme p: ProgrammeID?) -> [String] {
        let overdue = rs.compactMap { r -> FollowUp? in if case .overdueFollowUp(let f) = r { return f }; return nil }
        guard overdue.count > 1, let oldest = overdue.min(by: { $0.due < $1.due }) else { return rs.map { reason($0, state, programme: p) } }
        var out = [self(.whyOverdueMany, overdue.count, oldest.what, shortDate(oldest.due))]
        for r in rs { if case .overdueFollowUp = r { continue }; out.append(reason(r, state, programme: p)) }
        return out
    }
}
