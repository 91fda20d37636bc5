/// Why a school in a caseload needs attention.
public enum AttentionReason: Sendable, Equatable {
    case overdueFollowUp(FollowUp)
    case noContact(since: Day?)
    case stalled(kind: String, since: Day)
    case meetingUnprepared(Meeting)
    case openFollowUpsAfterLeaving(ParticipationStatus, open: Int)
    case meetingSoon(Meeting)
}

/// A school in someone's caseload, with every reason it needs attention, most urgent first.
public struct CaseloadItem: Sendable, Equatable {
    public let school: String
    public let reasons: [AttentionReason]
    /// Higher needs attention sooner.
    public let weight: Int
}

extension NetworkState {
    /// Open follow-ups past their due date, oldest first.
    public func overdueFollowUps(_ programme: ProgrammeID, today: Day) -> [FollowUp] {
        overdueFollowUps(programme, today: today, first: .max).oldest
    }

    /// How many open follow-ups are past their due date, and the oldest `limit` of them, oldest first: a panel
    /// shows a few and the count without sorting a national year of them.
    public func overdueFollowUps(_ programme: ProgrammeID, today: Day, first limit: Int) -> (count: Int, oldest: [FollowUp]) {
        func before(_ a: FollowUp, _ b: FollowUp) -> Bool { (a.due, a.id) < (b.due, b.id) }
        var count = 0
        var oldest: [FollowUp] = []
        for f in followUps.values where f.programme == programme && f.isOverdue(on: today) {
            count += 1
            if oldest.count >= limit {
                guard let last = oldest.last, before(f, last) else { continue }
                oldest.removeLast()
            }
            var lo = 0, hi = oldest.count
            while lo < hi { let mid = (lo + hi) / 2; if before(oldest[mid], f) { lo = mid + 1 } else { hi = mid } }
            oldest.insert(f, at: lo)
        }
        return (count, oldest.map(\.detached))
    }

    /// The latest contact with each school of a programme.
    public func lastContacts(_ programme: ProgrammeID) -> [String: Day] {
        var out: [String: Day] = [:]
        for c in contacts.values where c.programme == programme { out[c.school] = max(out[c.school] ?? c.date, c.date) }
        return out
    }

    /// How many schools taking part in a programme each person has in their caseload, as the caseload counts them
    /// (one that left is not counted); everyone with any school of the programme in their caseload is in it.
    public func caseloadSizes(_ programme: ProgrammeID) -> [String: Int] {
        var out: [String: Int] = [:]
        for (e, who) in caseload where e.programme == programme { out[who, default: 0] += isActive(programme, e.school) ? 1 : 0 }
        return out
    }

    /// The consultant's schools, ranked by what needs attention: overdue follow-ups, no contact for
    /// `contactWeeks` weeks, stalled interventions, a meeting soon with no contact to prepare it, and a
    /// school that left the programme with follow-ups still open.
    public func caseloadItems(_ programme: ProgrammeID, consultant: String, today: Day,
                              contactWeeks: Int = 6, horizonDays: Int = 14) -> [CaseloadItem] {
        let mine = caseload.filter { $0.key.programme == programme && $0.value == consultant }.map(\.key.school)
        guard !mine.isEmpty else { return [] }   // a coordinator, say: nothing to scan for
        let isMine = Set(mine)
        var meetingsOf: [String: Meeting] = [:]
        for m in upcomingMeetings(programme, from: today) where m.day.ordinal - today.ordinal <= horizonDays {
            for s in participants(m) where meetingsOf[s] == nil { meetingsOf[s] = m }
        }
        let stalledBySchool = Dictionary(grouping: stalledInterventions(programme, today: today), by: \.key.school)
        let openBySchool = Dictionary(grouping: followUps.values.filter { $0.programme == programme && $0.done == nil && isMine.contains($0.school) },
                                      by: \.school)
        let last = lastContacts(programme)
        return mine.map { school -> CaseloadItem in
            var reasons: [AttentionReason] = []
            var weight = 0
            let status = participation[Enrolment(programme, school)]?.status
            let taking = status == .accepted
            for f in (openBySchool[school] ?? []).filter({ $0.isOverdue(on: today) }).sorted(by: { $0.due < $1.due }) {
                reasons.append(.overdueFollowUp(f.detached)); weight += 20 + (today.ordinal - f.due.ordinal) / 7
            }
            if taking, last[school].map({ today.ordinal - $0.ordinal >= contactWeeks * 7 }) ?? true {
                reasons.append(.noContact(since: last[school])); weight += 12
            }
            for i in stalledBySchool[school] ?? [] {
                reasons.append(.stalled(kind: i.key.kind, since: i.updated)); weight += 10 + (today.ordinal - i.updated.ordinal) / 7
            }
            if let status, status == .declined || status == .withdrawn, let open = openBySchool[school], !open.isEmpty {
                reasons.append(.openFollowUpsAfterLeaving(status, open: open.count)); weight += 15
            }
            if taking, let m = meetingsOf[school] {
                if last[school].map({ m.day.ordinal - $0.ordinal > 30 }) ?? true {
                    reasons.append(.meetingUnprepared(m)); weight += 6
                } else {
                    reasons.append(.meetingSoon(m)); weight += 1
                }
            }
            return CaseloadItem(school: school, reasons: reasons, weight: weight)
        }.filter { isActive(programme, $0.school) || !$0.reasons.isEmpty }   // one that left stays only for what is still open
        .sorted { ($1.weight, $0.school) < ($0.weight, $1.school) }
    }
}
