/// Why a suggested time is good: each a fact about that slot, with a stable code for scripts.
public enum SuggestionReason: Sendable, Equatable {
    /// None of the cluster's schools and not its consultant has any other meeting that day.
    case freeForEveryone
    /// No public holiday, school holiday or closing day for any of its schools.
    case noHolidays
    /// Days after the cluster's previous meeting (which one, and when).
    case afterPrevious(days: Int, meeting: String, day: Day)
    /// Days before the cluster's next meeting.
    case beforeNext(days: Int, meeting: String, day: Day)
    /// The cluster has no meeting before this one.
    case firstMeeting
    /// The host school, next in the rotation: when it last hosted (nil: never).
    case host(school: String, lastHosted: Day?)
    /// The consultant's drive from their base.
    case travel(consultant: String, minutes: Int)

    public var code: String {
        switch self {
        case .freeForEveryone: return "free-for-everyone"
        case .noHolidays: return "no-holidays"
        case .afterPrevious: return "after-previous"
        case .beforeNext: return "before-next"
        case .firstMeeting: return "first-meeting"
        case .host: return "host"
        case .travel: return "travel"
        }
    }
}

/// What to look for: a cluster meeting of `duration` minutes in the `weeks` from `from` (default tomorrow).
public struct SlotSearch: Sendable, Equatable {
    public var cluster: String
    public var from: Day?
    public var weeks: Int
    public var duration: Int
    public var count: Int
    public var title: String

    public init(cluster: String, from: Day? = nil, weeks: Int = 8, duration: Int = 150, count: Int = 5, title: String = Meeting.defaultTitle(.cluster)) {
        self.cluster = cluster; self.from = from; self.weeks = weeks; self.duration = duration; self.count = count; self.title = title
    }

    /// The times of day a cluster meeting may begin: the morning, and after lunch ending by 15.00 or so.
    public static let starts = [9 * 60, 12 * 60 + 30]
    /// How far a search looks on past its window when the window holds too few clean times.
    public static let furthestDays = 365
}

/// A free time for a cluster's meeting, with its reasons and any soft conflicts it still has.
public struct Suggestion: Sendable, Equatable {
    public let meeting: Meeting
    public let host: String
    public let reasons: [SuggestionReason]
    public let soft: [Conflict]
    /// Days off the target spacing of eight weeks from the previous and to the next meeting; lower is better.
    public let spacingPenalty: Int
    /// Days to the nearest other meeting of the cluster (nil: none).
    public let nearest: Int?
    /// The host's place in the rotation (0: the member that hosted longest ago) and the consultant's drive.
    public let hostRank: Int
    public let travel: Int

    /// Clean times by the target spacing, then the host rotation and the drive; times with soft conflicts after
    /// them, fewest conflicts first and, of those too near another meeting, the furthest from it first.
    var rankKey: [Int] {
        let shortBy = nearest.map { max(0, NetworkState.clusterSpacingWeeks * 7 - $0) } ?? 0
        return [soft.count, shortBy, spacingPenalty, hostRank, travel, meeting.day.ordinal, meeting.start]
    }

    func ranksBefore(_ other: Suggestion) -> Bool { rankKey.lexicographicallyPrecedes(other.rankKey) }
}

/// Suggestions in rank order: first every slot without any conflict, then, only when fewer than asked were
/// clean, slots with soft conflicts (never hard ones).
public struct SuggestionList: Sendable, Equatable {
    public let cluster: String
    public let suggestions: [Suggestion]
    /// How many lead the list without any conflict.
    public let clean: Int
    /// How many of the clean ones lie past the asked window: found because the window held fewer clean times than
    /// asked (for instance between two booked meetings), by looking on up to a year ahead. The window's soft times
    /// follow them, as many as the window lacked clean ones.
    public let beyondWindow: Int
    public var onlySoftRemain: Bool { clean < suggestions.count }

    public init(cluster: String, suggestions: [Suggestion], clean: Int, beyondWindow: Int = 0) {
        self.cluster = cluster; self.suggestions = suggestions; self.clean = clean; self.beyondWindow = beyondWindow
    }
}

extension NetworkState {
    /// Weeks between two meetings of a cluster that suggestions and plans aim for.
    public static let targetSpacingWeeks = 8

    /// Ranked free times for a cluster's next meeting. The same search gives the same list wherever it is asked.
    public func suggestions(_ search: SlotSearch, today: Day) -> SuggestionList {
        Schedule(self).suggestions(search, today: today)
    }

    /// The consultant responsible for a cluster's meetings: the one with most of its schools.
    public func responsibleConsultant(_ cluster: Cluster) -> String? {
        var counts: [String: Int] = [:]
        for s in activeMembers(cluster) { if let who = caseload[Enrolment(cluster.programme, s)] { counts[who, default: 0] += 1 } }
        return counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
    }
}

extension Schedule {
    /// See `NetworkState.suggestions`. Every candidate weekday and start in the window is ranked by the target
    /// spacing first (cheap), then checked against the whole calendar in that order, a group of equal spacing at a
    /// time, until enough clean ones are found: the result is what checking every candidate would give.
    public func suggestions(_ search: SlotSearch, today: Day) -> SuggestionList {
        guard let cluster = state.clusters[search.cluster], !state.activeMembers(cluster).isEmpty else {
            return SuggestionList(cluster: search.cluster, suggestions: [], clean: 0)
        }
        let start = max(search.from ?? today.adding(days: 1), today.adding(days: 1))
        let who = Who(cluster, self)
        let count = max(0, search.count)
        let window = max(0, search.weeks * 7)
        var (clean, soft) = slots(cluster, who, search, days: 0..<window, start: start, today: today, enough: count)
        let missing = max(0, count - clean.count)
        var beyond = 0
        var next = window
        while clean.count < count, window > 0, next < SlotSearch.furthestDays {
            // The window held too few clean times: look on, a window's length at a time up to a year, for clean ones.
            let later = slots(cluster, who, search, days: next..<min(next + window, SlotSearch.furthestDays), start: start, today: today,
                              enough: count - clean.count).clean.prefix(count - clean.count)
            beyond += later.count
            clean += later
            next += window
        }
        // The window's soft times stay on offer beside the later clean ones: squeezing one in is the coordinator's call.
        let list = Array(clean.prefix(count)) + Array(soft.prefix(missing))
        return SuggestionList(cluster: cluster.id, suggestions: list, clean: min(count, clean.count), beyondWindow: beyond)
    }

    /// Clean and soft slots among the weekdays `days` after `start`, each list in rank order; stops once a group of
    /// equal spacing brings the clean ones to `enough`.
    private func slots(_ cluster: Cluster, _ who: Who, _ search: SlotSearch, days: Range<Int>, start: Day, today: Day,
                        enough: Int) -> (clean: [Suggestion], soft: [Suggestion]) {
        var candidates: [(day: Day, penalty: Int)] = []
        for offset in days {
            let day = start.adding(days: offset)
            if day.weekday <= 5 { candidates.append((day, spacing(cluster.id, day: day, windowStart: start).penalty)) }
        }
        candidates.sort { ($0.penalty, $0.day) < ($1.penalty, $1.day) }
        var clean: [Suggestion] = [], soft: [Suggestion] = []
        var i = 0
        while i < candidates.count {
            let penalty = candidates[i].penalty
            while i < candidates.count, candidates[i].penalty == penalty {
                for begin in SlotSearch.starts where begin + search.duration <= NetworkState.workingHours.upperBound {
                    guard let s = slot(cluster, who, day: candidates[i].day, start: begin, duration: search.duration, title: search.title,
                                       today: today, windowStart: start) else { continue }
                    if s.soft.isEmpty { clean.append(s) } else { soft.append(s) }
                }
                i += 1
            }
            if clean.count >= enough { break }
        }
        clean.sort { $0.ranksBefore($1) }
        soft.sort { $0.ranksBefore($1) }
        return (clean, soft)
    }

    /// Who a cluster meeting involves, worked out once per search: its consultant and the days each member hosts.
    struct Who {
        let consultant: String?
        let hosting: HostDays
        init(_ cluster: Cluster, _ schedule: Schedule) {
            consultant = schedule.state.responsibleConsultant(cluster)
            hosting = schedule.hostDays(cluster)
        }
    }

    /// One candidate time, or nil when it has a hard conflict.
    func slot(_ cluster: Cluster, _ who: Who, day: Day, start: Int, duration: Int, title: String, today: Day, windowStart: Day) -> Suggestion? {
        let consultant = who.consultant, rotation = who.hosting.rotation(for: day)
        let busy = self.busy[day] ?? []
        // The first host in the rotation with no other meeting that day hosts; if all have one, the first.
        let hostRank = rotation.firstIndex { !busy.contains($0.school) } ?? 0
        let host = rotation[hostRank]
        let hostName = state.schools[host.school]?.name ?? host.school
        let m = Meeting(id: "", programme: cluster.programme, kind: .cluster, title: title, day: day, start: start, end: start + duration,
                        clusters: [cluster.id], consultants: consultant.map { [$0] } ?? [], location: Meeting.hostLocation(hostName))
        let conflicts = self.conflicts(m, today: today, isNew: true)
        guard !conflicts.contains(where: \.isHard) else { return nil }
        var reasons: [SuggestionReason] = []
        let othersThatDay = state.activeMembers(cluster).contains(where: busy.contains)
            || (consultant.map { c in (byDay[day] ?? []).contains { $0.meeting.consultants.contains(c) } } ?? false)
        if !othersThatDay { reasons.append(.freeForEveryone) }
        if !conflicts.contains(where: \.isHoliday) { reasons.append(.noHolidays) }
        let sp = spacing(cluster.id, day: day, windowStart: windowStart)
        if let before = sp.before {
            reasons.append(.afterPrevious(days: day.ordinal - before.day.ordinal, meeting: before.id, day: before.day))
        } else {
            reasons.append(.firstMeeting)
        }
        if let after = sp.after { reasons.append(.beforeNext(days: after.day.ordinal - day.ordinal, meeting: after.id, day: after.day)) }
        reasons.append(.host(school: host.school, lastHosted: host.last))
        var travel = 0
        if let consultant, let minutes = state.travelFromBase(consultant, to: m) {
            travel = minutes
            reasons.append(.travel(consultant: consultant, minutes: minutes))
        }
        return Suggestion(meeting: m, host: host.school, reasons: reasons, soft: conflicts, spacingPenalty: sp.penalty, nearest: sp.nearest,
                          hostRank: hostRank, travel: travel)
    }

    /// How far a day is from the target spacing: days off eight weeks after the cluster's previous meeting (one on
    /// the same day counts, 0 days before) plus days off eight weeks before its next; with neither, days from the
    /// window's start. Also the neighbours, and the days to the nearest.
    func spacing(_ cluster: String, day: Day, windowStart: Day) -> (penalty: Int, before: (day: Day, id: String)?, after: (day: Day, id: String)?, nearest: Int?) {
        let n = neighbours(of: cluster, around: day)
        let target = NetworkState.targetSpacingWeeks * 7
        let before = n.on ?? n.before
        var penalty = 0
        if let before { penalty += abs(day.ordinal - before.day.ordinal - target) }
        if let after = n.after { penalty += abs(after.day.ordinal - day.ordinal - target) }
        if before == nil && n.after == nil { penalty = day.ordinal - windowStart.ordinal }
        let nearest = [n.on, n.before, n.after].compactMap { $0 }.map { abs($0.day.ordinal - day.ordinal) }.min()
        return (penalty, before, n.after, nearest)
    }

    /// The days each active member of a cluster hosts one of its booked meetings, past or still to come.
    func hostDays(_ cluster: Cluster) -> HostDays {
        let members = state.activeMembers(cluster)
        var days: [String: [Day]] = [:]
        for (day, id) in clusterMeetings[cluster.id] ?? [] {
            guard let booked = (byDay[day] ?? []).first(where: { $0.meeting.id == id }) else { continue }
            for s in members where booked.meeting.location.contains(state.schools[s]?.name ?? "\u{0}") {
                days[s, default: []].append(day)
            }
        }
        return HostDays(members: members, days: days)
    }
}

/// Which days each member of a cluster hosts its meetings; the rotation for a meeting on a given day follows.
struct HostDays {
    let members: [String]
    let days: [String: [Day]]

    /// The members in hosting order for a meeting on `day`: the one that hosted longest before it (or never) first,
    /// and the host of the cluster's next booked meeting after it last, so nobody hosts twice in a row. `last` is
    /// the latest day hosted before `day`; meetings still to come after it never count as hosted.
    func rotation(for day: Day) -> [(school: String, last: Day?)] {
        let next = days.compactMap { school, ds in ds.filter { $0 > day }.min().map { (school, $0) } }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
        let ranked = members.map { s in (school: s, last: (days[s] ?? []).filter { $0 < day }.max()) }
        return ranked.sorted {
            ($0.school == next ? 1 : 0, $0.last?.ordinal ?? Int.min, $0.school) < ($1.school == next ? 1 : 0, $1.last?.ordinal ?? Int.min, $1.school)
        }
    }
}

extension Conflict {
    /// A public holiday, a school holiday or a day schools are closed.
    public var isHoliday: Bool {
        switch self {
        case .publicHoliday, .schoolHoliday: return true
        default: return false
        }
    }
}

extension NetworkState {
    /// Minutes from a consultant's base to a meeting.
    func travelFromBase(_ consultant: String, to m: Meeting) -> Int? {
        guard let base = people[consultant]?.base, let home = Municipality.named(base), let here = position(m) else { return nil }
        return Geo.travelMinutes((home.latitude, home.longitude), here)
    }
}
