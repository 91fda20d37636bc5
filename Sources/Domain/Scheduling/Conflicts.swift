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

    /// A stable name for scripts.
    public var code: String {
        switch self {
        case .consultantBusy: return "consultant-busy"
        case .schoolBusy: return "school-busy"
        case .inThePast: return "in-the-past"
        case .publicHoliday: return "public-holiday"
        case .schoolHoliday: return "school-holiday"
        case .weekend: return "weekend"
        case .outsideHours: return "outside-hours"
        case .tooSoonAfter: return "too-soon"
        }
    }

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
        // A school named on its own is there; a cluster brings the members that take part.
        Set(m.schools + m.clusters.flatMap { clusters[$0].map(activeMembers) ?? [] })
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

    /// Every conflict of a meeting (new or moved) with the rest of the network, hard ones first.
    public func conflicts(_ m: Meeting, today: Day, isNew: Bool) -> [Conflict] {
        Schedule(self, for: m).conflicts(m, today: today, isNew: isNew)
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
