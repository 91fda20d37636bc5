/// The booked calendar, indexed for scheduling: every meeting that is not cancelled by day, with its
/// participants and place worked out once, and each cluster's cluster meetings in date order. Single
/// bookings, suggestions and whole-round plans all ask it for conflicts, so they agree.
public struct Schedule: Sendable {
    struct Booked: Sendable {
        let meeting: Meeting
        let schools: Set<String>
    }

    let state: NetworkState
    private(set) var byDay: [Day: [Booked]] = [:]
    /// The schools with a meeting each day.
    private(set) var busy: [Day: Set<String>] = [:]
    /// Each cluster's cluster meetings (not cancelled), by day.
    private(set) var clusterMeetings: [String: [(day: Day, id: String)]] = [:]

    /// The whole calendar: what suggestions and plans search.
    public init(_ state: NetworkState) {
        self.state = state
        for m in state.meetings.values where m.status != .cancelled { index(m) }
        for key in clusterMeetings.keys { clusterMeetings[key]!.sort { ($0.day, $0.id) < ($1.day, $1.id) } }
    }

    /// Only what one meeting's conflicts need: the meetings of its day that overlap it or share a consultant with
    /// it, and its clusters' meetings. What a single booking in `decide` asks, found through the meeting index.
    public init(_ state: NetworkState, for m: Meeting) {
        self.state = state
        for other in state.meetings(on: m.day) where other.status != .cancelled
            && ((m.start < other.end && other.start < m.end) || other.consultants.contains(where: m.consultants.contains)) {
            let schools = state.participants(other)
            byDay[other.day, default: []].append(Booked(meeting: other, schools: schools))
            busy[other.day, default: []].formUnion(schools)
        }
        for c in m.clusters {
            clusterMeetings[c] = state.clusterMeetings(c).filter { $0.status != .cancelled }.map { ($0.day, $0.id) }
                .sorted { ($0.day, $0.id) < ($1.day, $1.id) }
        }
    }

    /// Adds a meeting as if booked (a plan's earlier picks).
    public mutating func add(_ m: Meeting) {
        index(m)
        for c in m.clusters where m.kind == .cluster {
            clusterMeetings[c]!.sort { ($0.day, $0.id) < ($1.day, $1.id) }
        }
    }

    private mutating func index(_ m: Meeting) {
        let schools = state.participants(m)
        byDay[m.day, default: []].append(Booked(meeting: m, schools: schools))
        busy[m.day, default: []].formUnion(schools)
        if m.kind == .cluster { for c in m.clusters { clusterMeetings[c, default: []].append((m.day, m.id)) } }
    }

    /// The cluster's nearest cluster meetings strictly before and after a day, and any on it.
    func neighbours(of cluster: String, around day: Day, excluding id: String = "") -> (before: (day: Day, id: String)?, on: (day: Day, id: String)?, after: (day: Day, id: String)?) {
        let list = clusterMeetings[cluster] ?? []
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].day < day { lo = mid + 1 } else { hi = mid } }
        var before: (day: Day, id: String)?, on: (day: Day, id: String)?, after: (day: Day, id: String)?
        var i = lo - 1
        while i >= 0 { if list[i].id != id { before = list[i]; break }; i -= 1 }
        i = lo
        while i < list.count, list[i].day == day { if list[i].id != id, on == nil { on = list[i] }; i += 1 }
        while i < list.count { if list[i].id != id { after = list[i]; break }; i += 1 }
        return (before, on, after)
    }

    /// Every conflict of a meeting (new or moved) with the rest of the calendar, hard ones first.
    public func conflicts(_ m: Meeting, today: Day, isNew: Bool) -> [Conflict] {
        var hard: [Conflict] = [], soft: [Conflict] = []
        if isNew, m.day < today { hard.append(.inThePast(m.day)) }
        let schools = state.participants(m)
        var position: (lat: Double, lon: Double)??
        for other in byDay[m.day] ?? [] where other.meeting.id != m.id {
            let o = other.meeting
            for c in m.consultants where o.consultants.contains(c) {
                if position == nil { position = .some(state.position(m)) }
                let travel = Self.travel(position!, state.position(o))
                if m.start < o.end + travel, o.start < m.end + travel {
                    hard.append(.consultantBusy(consultant: c, meeting: o.id, travelMinutes: travel))
                }
            }
            if m.start < o.end, o.start < m.end {
                for s in schools.intersection(other.schools).sorted() { hard.append(.schoolBusy(school: s, meeting: o.id)) }
            }
        }
        if let h = Holiday.on(m.day) { soft.append(.publicHoliday(h)) }
        var seen = Set<SchoolHoliday>()
        for s in schools.sorted() {
            guard let muni = state.schools[s]?.municipality, let h = SchoolHoliday.on(m.day, municipality: muni), !seen.contains(h) else { continue }
            seen.insert(h)
            soft.append(.schoolHoliday(h, municipality: muni))
        }
        if m.day.weekday >= 6 { soft.append(.weekend) }
        if m.start < NetworkState.workingHours.lowerBound || m.end > NetworkState.workingHours.upperBound { soft.append(.outsideHours) }
        if m.kind == .cluster {
            for c in m.clusters {
                let n = neighbours(of: c, around: m.day, excluding: m.id)
                let nearest = [n.on, n.before, n.after].compactMap { $0 }.min { abs($0.day.ordinal - m.day.ordinal) < abs($1.day.ordinal - m.day.ordinal) }
                if let nearest, abs(nearest.day.ordinal - m.day.ordinal) < NetworkState.clusterSpacingWeeks * 7 {
                    soft.append(.tooSoonAfter(cluster: c, meeting: nearest.id, days: abs(nearest.day.ordinal - m.day.ordinal)))
                }
            }
        }
        return hard + soft
    }

    /// Minutes to drive between two places (30 when one is unknown).
    static func travel(_ a: (lat: Double, lon: Double)?, _ b: (lat: Double, lon: Double)?) -> Int {
        guard let a, let b else { return 30 }
        return Geo.travelMinutes(a, b)
    }
}
