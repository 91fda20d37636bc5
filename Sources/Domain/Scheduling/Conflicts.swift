/// What stands in the way of a meeting at a time. Hard conflicts refuse; soft ones must be confirmed.
public enum Conflict: Sendable, Equatable {
    case consultantBusy(consultant: String, meeting: String, travelMinutes: Int)
    case schoolBusy(school: String, meeting: String)
    case inThePast(Day)
    case publicHoliday(Holiday)
    case schoolHoliday(SchoolHoliday, municipality: Int)
    case weekend
    case outsideHours
    case tooSoonAfter(cluster: String, meeting: String, days: Int)

    public var isHard: Bool {
        switch self {
        case .consultantBusy, .schoolBusy, .inThePast: return true
        default: return false
        }
    }
}

extension NetworkState {
    /// Weeks that should pass between two meetings of one cluster.
    public static let clusterSpacingWeeks = 4
    /// Working hours for meetings: 8 to 16.
    public static let workingHours = (8 * 60)...(16 * 60)

    /// The schools taking part in a meeting: its own, and its clusters' members.
    public func participants(_ m: Meeting) -> Set<String> {
        Set(m.schools + m.clusters.flatMap { clusters[$0]?.members ?? [] })
    }

    /// Where a meeting is: its host school if the location names one, else its participants' centre.
    public func position(_ m: Meeting) -> (lat: Double, lon: Double)? {
        let schools = participants(m).compactMap { self.schools[$0] }
        if let host = schools.first(where: { m.location.contains($0.name) }), let muni = Municipality.byCode[host.municipality] {
            return (muni.latitude, muni.longitude)
        }
        let munis = schools.compactMap { Municipality.byCode[$0.municipality] }
        guard !munis.isEmpty else { return nil }
        return (munis.map(\.latitude).reduce(0, +) / Double(munis.count), munis.map(\.longitude).reduce(0, +) / Double(munis.count))
    }

    /// Minutes to drive between two meetings: straight-line distance at 60 km/h plus a quarter of an hour.
    public func travelMinutes(_ a: Meeting, _ b: Meeting) -> Int {
        guard let p = position(a), let q = position(b) else { return 30 }
        return Geo.travelMinutes(p, q)
    }

    /// Every conflict of a meeting (new or moved) with the rest of the network, hard ones first.
    public func conflicts(_ m: Meeting, today: Day, isNew: Bool) -> [Conflict] {
        var out: [Conflict] = []
        if isNew, m.day < today { out.append(.inThePast(m.day)) }
        let schools = participants(m)
        for other in meetings.values where other.id != m.id && other.status == .scheduled && other.day == m.day {
            for c in m.consultants where other.consultants.contains(c) {
                let travel = travelMinutes(m, other)
                if m.start < other.end + travel, other.start < m.end + travel {
                    out.append(.consultantBusy(consultant: c, meeting: other.id, travelMinutes: travel))
                }
            }
            if m.start < other.end, other.start < m.end {
                for s in schools.intersection(participants(other)).sorted() { out.append(.schoolBusy(school: s, meeting: other.id)) }
            }
        }
        if let h = Holiday.on(m.day) { out.append(.publicHoliday(h)) }
        var seen = Set<SchoolHoliday>()
        for s in schools.sorted() {
            guard let muni = self.schools[s]?.municipality, let h = SchoolHoliday.on(m.day, municipality: muni), !seen.contains(h) else { continue }
            seen.insert(h)
            out.append(.schoolHoliday(h, municipality: muni))
        }
        if m.day.weekday >= 6 { out.append(.weekend) }
        if m.start < Self.workingHours.lowerBound || m.end > Self.workingHours.upperBound { out.append(.outsideHours) }
        if m.kind == .cluster {
            for c in m.clusters {
                let nearest = meetings.values.filter { $0.id != m.id && $0.status == .scheduled && $0.kind == .cluster && $0.clusters.contains(c) }
                    .min { abs($0.day.ordinal - m.day.ordinal) < abs($1.day.ordinal - m.day.ordinal) }
                if let n = nearest, abs(n.day.ordinal - m.day.ordinal) < Self.clusterSpacingWeeks * 7 {
                    out.append(.tooSoonAfter(cluster: c, meeting: n.id, days: abs(n.day.ordinal - m.day.ordinal)))
                }
            }
        }
        return out.filter(\.isHard) + out.filter { !$0.isHard }
    }
}

enum Geo {
    static func km(_ a: (lat: Double, lon: Double), _ b: (lat: Double, lon: Double)) -> Double {
        let dy = (a.lat - b.lat) * 111.2, dx = (a.lon - b.lon) * 111.2 * 0.56
        return (dx * dx + dy * dy).squareRoot()
    }

    static func travelMinutes(_ a: (lat: Double, lon: Double), _ b: (lat: Double, lon: Double)) -> Int {
        Int(km(a, b)) + 15
    }
}
