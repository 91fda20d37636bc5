import Domain
import Exchange
import Wording

// What every `--json` prints: stable English keys, codes beside worded text, `null` where a value is absent.
// The README's "JSON output" section documents these shapes.

/// A value that is written as `null` when absent, rather than left out.
struct OrNull<T: Encodable>: Encodable {
    let value: T?
    init(_ value: T?) { self.value = value }
    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value { try c.encode(value) } else { try c.encodeNil() }
    }
}

/// Prints JSON for scripts: pretty, with sorted keys.
func printJSON<T: Encodable>(_ value: T) throws {
    say(String(decoding: try JSONOutput.encode(value), as: UTF8.self))
}

struct MeetingJSON: Encodable {
    let id: String, programme: String, kind: String, title: String, date: String, start: String, end: String
    let clusters: [String], schools: [String], consultants: [String], location: String, status: String, sequence: Int
    let attendance: OrNull<[String]>, unrecorded: Bool

    init(_ m: Meeting, today: Day) {
        id = m.id; programme = m.programme; kind = m.kind.rawValue; title = m.title; date = m.day.iso
        start = ClockTime.format(m.start); end = ClockTime.format(m.end); clusters = m.clusters; schools = m.schools
        consultants = m.consultants; location = m.location; status = m.status.rawValue; sequence = m.sequence
        attendance = OrNull(m.attendance); unrecorded = m.isUnrecorded(on: today)
    }
}

struct CompositionJSON: Encodable {
    let schools: [String], cluster: OrNull<String>, sharedInterventions: [String], spanKm: Int, moves: [String]
    init(_ c: Composition) {
        schools = c.members; cluster = OrNull(c.cluster); sharedInterventions = c.sharedKinds; spanKm = c.spanKm; moves = c.moves
    }
}

struct ClusterJSON: Encodable {
    let id: String, name: String, schools: [String], consultants: [String], meetingsHeld: Int, meetingsUnrecorded: Int
    let lastMeeting: OrNull<String>, nextMeeting: OrNull<String>
    /// The average rating of the cluster's meetings with its n, or null when none was rated.
    let rating: OrNull<RatingJSON>
    init(_ s: ClusterSummary, rating r: RatingAverage?) {
        id = s.cluster.id; name = s.cluster.name; schools = s.cluster.members; consultants = s.consultants
        meetingsHeld = s.meetingsHeld; meetingsUnrecorded = s.meetingsUnrecorded
        lastMeeting = OrNull(s.lastMeeting?.day.iso); nextMeeting = OrNull(s.nextMeeting?.day.iso)
        rating = OrNull(r.map(RatingJSON.init))
    }
}

/// A rating average: its mean (one decimal), the ratings and meetings it rests on, and whether that is few.
struct RatingJSON: Encodable {
    let mean: Double, ratings: Int, meetings: Int, few: Bool
    init(_ a: RatingAverage) { mean = Double(a.tenths) / 10; ratings = a.ratings; meetings = a.meetings; few = a.isFew }
}

struct FollowUpJSON: Encodable {
    let id: String, school: String, programme: String, what: String, who: String, due: String
    let done: OrNull<String>, overdue: Bool, contact: OrNull<String>
    init(_ f: FollowUp, today: Day) {
        id = f.id; school = f.school; programme = f.programme; what = f.what; who = f.who; due = f.due.iso
        done = OrNull(f.done?.iso); overdue = f.isOverdue(on: today); contact = OrNull(f.contact)
    }
}

struct CaseloadItemJSON: Encodable {
    let school: String, name: String, weight: Int, reasons: [AttentionJSON]
}

/// Why a school needs attention: a stable code and what it refers to, with the worded text beside them.
struct AttentionJSON: Encodable {
    let code: String, text: String
    var followUp: String?, due: String?, since: String?, kind: String?, meeting: String?, status: String?, open: Int?

    init(_ r: AttentionReason, _ text: String) {
        self.text = text
        switch r {
        case .overdueFollowUp(let f): code = "overdue-follow-up"; followUp = f.id; due = f.due.iso
        case .noContact(let d): code = "no-contact"; since = d?.iso
        case .stalled(let k, let d): code = "stalled"; kind = k; since = d.iso
        case .meetingUnprepared(let m): code = "meeting-unprepared"; meeting = m.id
        case .openFollowUpsAfterLeaving(let s, let n): code = "open-follow-ups-after-leaving"; status = s.rawValue; open = n
        case .meetingSoon(let m): code = "meeting-soon"; meeting = m.id
        }
    }
}

struct VerifyJSON: Encodable {
    let log: String, events: Int, lastSequence: Int
    var ok: Bool
    let head: String
    var pinned: PinnedJSON?
    var against: AgainstJSON?
}

struct PinnedJSON: Encodable { let head: String, holds: Bool, found: OrNull<String> }

/// `outcome`: same, differ (from `line`), other-log, behind (the other copy goes on from `line`), ahead.
struct AgainstJSON: Encodable { let log: String, outcome: String, line: OrNull<Int> }

struct HeadJSON: Encodable { let log: String, lastSequence: Int, sha256: String, head: String }

struct SnapshotJSON: Encodable {
    let path: OrNull<String>, state: String
    var text: String?, bytes: Int?, lastSequence: Int?, newerEvents: Int?
}

struct StatsJSON: Encodable {
    let log: String, bytes: Int, events: Int, lastSequence: Int, head: String, byType: [String: Int], snapshot: SnapshotJSON
}

struct PersonJSON: Encodable {
    let name: String, fullName: String, role: String, base: OrNull<String>
    init(_ p: Person) { name = p.name; fullName = p.fullName; role = p.role.rawValue; base = OrNull(p.base) }
}

/// Suggestions and plans: codes for scripts, with the worded reasons beside them.
struct SlotJSON: Encodable {
    let date: String, start: String, end: String, cluster: OrNull<String>, clusterName: OrNull<String>
    let consultants: [String], location: String
    init(_ m: Meeting, _ state: NetworkState) {
        date = m.day.iso; start = ClockTime.format(m.start); end = ClockTime.format(m.end); cluster = OrNull(m.clusters.first)
        clusterName = OrNull(m.clusters.first.flatMap { state.clusters[$0]?.name }); consultants = m.consultants; location = m.location
    }
}

struct CodedText: Encodable { let code: String, text: String }

struct ReasonJSON: Encodable {
    let code: String, text: String
    var days: Int?, meeting: String?, date: String?, consultant: String?, minutes: Int?
    var lastHosted: OrNull<String>?

    init(_ r: SuggestionReason, _ state: NetworkState, _ w: Catalogue) {
        code = r.code; text = w.reason(r, state)
        switch r {
        case .afterPrevious(let d, let id, let day), .beforeNext(let d, let id, let day): days = d; meeting = id; date = day.iso
        case .host(_, let last): lastHosted = OrNull(last?.iso)
        case .travel(let c, let m): consultant = c; minutes = m
        default: break
        }
    }
}

struct SuggestionJSON: Encodable {
    let slot: SlotJSON, rank: Int, host: String, hostName: String, reasons: [ReasonJSON], softConflicts: [CodedText]
    enum Keys: String, CodingKey { case rank, host, hostName, reasons, softConflicts }
    /// The slot's keys and the suggestion's sit side by side in one object.
    func encode(to encoder: Encoder) throws {
        try slot.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(rank, forKey: .rank); try c.encode(host, forKey: .host); try c.encode(hostName, forKey: .hostName)
        try c.encode(reasons, forKey: .reasons); try c.encode(softConflicts, forKey: .softConflicts)
    }
}

struct SuggestionsJSON: Encodable {
    let cluster: String, clean: Int, beyondWindow: Int, onlySoftRemain: Bool, suggestions: [SuggestionJSON]
    init(_ list: SuggestionList, _ state: NetworkState, _ w: Catalogue) {
        cluster = list.cluster; clean = list.clean; beyondWindow = list.beyondWindow; onlySoftRemain = list.onlySoftRemain
        suggestions = list.suggestions.enumerated().map { i, s in
            SuggestionJSON(slot: SlotJSON(s.meeting, state), rank: i + 1, host: s.host, hostName: state.schools[s.host]?.name ?? s.host,
                           reasons: s.reasons.map { ReasonJSON($0, state, w) },
                           softConflicts: s.soft.map { CodedText(code: $0.code, text: w.message($0, in: state)) })
        }
    }
}

struct PlanJSON: Encodable {
    struct ClusterRow: Encodable { let cluster: String, name: String, wanted: Int, booked: Int, planned: Int, missing: Int }
    let from: String, to: String, perCluster: Int, meetings: [SlotJSON], clusters: [ClusterRow]
    init(_ plan: RoundPlan, perCluster: Int, _ state: NetworkState) {
        from = plan.window.lowerBound.iso; to = plan.window.upperBound.iso; self.perCluster = perCluster
        meetings = plan.meetings.map { SlotJSON($0, state) }
        clusters = plan.clusters.map {
            ClusterRow(cluster: $0.cluster, name: state.clusters[$0.cluster]?.name ?? $0.cluster, wanted: $0.wanted, booked: $0.booked,
                       planned: $0.planned.count, missing: $0.missing)
        }
    }
}
