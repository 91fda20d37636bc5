@testable import Domain

/// A small network built through `decide`, as the log would build it.
struct Fixture {
    var state = NetworkState()
    var now = Timestamp.parse("2026-11-20T10:00:00Z")!
    var actor = "mfr"

    var context: Context { Context(actor: actor, now: now) }

    /// Each command is its own write, a millisecond after the last, as the log makes sure.
    @discardableResult
    mutating func run(_ c: Command) throws -> [Event] {
        now = Timestamp(milliseconds: now.milliseconds + 1)
        let events = try decide(c, state, context)
        for e in events { state.apply(Recorded(seq: state.lastSeq + 1, at: now, actor: actor, event: e)) }
        return events
    }

    func refusal(_ c: Command) -> DomainError? {
        do { _ = try decide(c, state, context); return nil } catch { return error }
    }

    static let p = "elevloeft"

    static func standard() throws -> Fixture {
        var f = Fixture()
        try f.run(.registerPerson(Person(name: "mfr", fullName: "Maja Fogh Riis", role: .coordinator)))
        try f.run(.defineProgramme(Programme(id: p, name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!,
                                             end: Day(year: 2028, month: 7, day: 31)!, tracks: [Track(id: "spor1", name: "Spor 1")])))
        try f.run(.registerPerson(Person(name: "ahj", fullName: "Anne Holm Jensen", role: .consultant)))
        try f.run(.registerSchool(School(institution: "049001", name: "Ærø Skole", municipality: 492, kind: .folkeskole)))
        try f.run(.registerSchool(School(institution: "101001", name: "Bakkeskolen", municipality: 101, kind: .folkeskole)))
        try f.run(.defineInterventionKind(InterventionKind(programme: p, id: "turbo", name: "Turboforløb")))
        try f.run(.formCluster(id: "K1", programme: p, name: "Øerne"))
        try f.run(.formCluster(id: "K2", programme: p, name: "Hovedstaden"))
        return f
    }
}
