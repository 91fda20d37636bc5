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
}
