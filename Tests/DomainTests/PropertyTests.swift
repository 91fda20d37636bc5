import Foundation
import PropertyBased
import Testing
@testable import Domain
@testable import FileStore

/// Random sequences of commands from two people, with refusals skipped as the log would.
@Suite struct PropertyTests {
    static let p = Fixture.p
    static let schools = ["049001", "101001"]

    /// The command the number `n` stands for, against the network as it stands.
    static func command(_ n: Int, _ f: Fixture) -> (actor: String, command: Command) {
        let school = schools[n % 2]
        let day = Day(year: 2026, month: 11, day: 1 + n % 18)!
        let kinds = ["turbo", "peer"]
        switch n % 11 {
        case 0: return ("mfr", .setParticipation(Enrolment(p, school), status: ParticipationStatus.allCases[n / 11 % 4]))
        case 1: return ("mfr", .assignConsultant(Enrolment(p, school), consultant: "ahj"))
        case 2: return ("ahj", .recordContact(Contact(programme: p, school: school, date: day, form: .phone, summary: "Samtale \(n)"),
                                              followUps: [FollowUp(programme: p, school: school, what: "Opgave \(n)", who: "leder", due: day.adding(days: n % 30))]))
        case 3: return ("ahj", .completeFollowUp(id: f.state.followUps.keys.first { f.state.followUps[$0]?.done == nil } ?? "F0001"))
        case 4: return ("ahj", .setInterventionStatus(InterventionKey(p, school, kinds[n / 11 % 2]),
                                                      status: InterventionStatus.allCases[n / 7 % 7], reason: "Grund"))
        case 5: return ("mfr", .placeSchool(cluster: ["K1", "K2"][n / 11 % 2], school: school))
        case 6: return ("ahj", .recordEvaluation(Evaluation(programme: p, school: school, indicator: .danskUnder4, hundredths: n * 37 % 12_000, date: day)))
        case 7: return ("mfr", .renameCluster(id: "K1", name: "Navn \(n % 3)"))
        case 8: return ("ahj", .moveFollowUp(id: f.state.followUps.keys.last ?? "F0001", due: day.adding(days: 40), reason: "Travlt"))
        case 9: return ("ahj", .undoLast())
        default: return ("mfr", .undoLast())
        }
    }

    static func start() throws -> Fixture {
        var f = try Fixture.standard()
        try f.run(.defineInterventionKind(InterventionKind(programme: p, id: "peer", name: "Peer learning")))
        return f
    }

    @Test func randomValidSequencesReplayToTheSameState() async throws {
        await propertyCheck(count: 60, input: Gen.int(in: 0...2000).array(of: 1...60)) { numbers in
            var f = try! Self.start()
            var entries: [(at: Timestamp, actor: String, event: Event)] = []
            for n in numbers {
                let (actor, c) = Self.command(n, f)
                f.actor = actor
                guard let events = try? f.run(c) else { continue }
                entries += events.map { (f.now, actor, $0) }
            }
            // Replaying the events one by one, and through a real log file, gives the state built as we went.
            let dir = NSTemporaryDirectory() + "tavle-prop-" + UUID().uuidString
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let all = Self.setupEntries() + entries
            try! EventLog.create(path: dir + "/p.log", events: all)
            let reopened = try! EventLog.open(path: dir + "/p.log")
            #expect(reopened.state.content == f.state.content)
            #expect(reopened.state.undoStacks == f.state.undoStacks)
        }
    }

    @Test func undoRestoresThePreviousState() async throws {
        await propertyCheck(count: 60, input: Gen.int(in: 0...2000).array(of: 1...40)) { numbers in
            var f = try! Self.start()
            for n in numbers {
                let (actor, c) = Self.command(n, f)
                if case .undoLast = c { continue }
                f.actor = actor
                let before = f.state.content
                guard (try? f.run(c)) != nil else { continue }
                var undone = f
                try! undone.run(.undoLast())
                #expect(undone.state.content == before, "undoing \(c) did not restore the state")
            }
        }
    }

    /// The fixture's own setup, as log entries, so a log file can hold the whole history.
    static func setupEntries() -> [(at: Timestamp, actor: String, event: Event)] {
        var f = Fixture()
        var out: [(Timestamp, String, Event)] = []
        for c in setupCommands() { for e in try! f.run(c) { out.append((f.now, f.actor, e)) } }
        return out
    }

    static func setupCommands() -> [Command] {
        let p = Fixture.p
        return [
            .registerPerson(Person(name: "mfr", fullName: "Maja Fogh Riis", role: .coordinator)),
            .defineProgramme(Programme(id: p, name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!,
                                       end: Day(year: 2028, month: 7, day: 31)!, tracks: [Track(id: "spor1", name: "Spor 1")])),
            .registerPerson(Person(name: "ahj", fullName: "Anne Holm Jensen", role: .consultant)),
            .registerSchool(School(institution: "049001", name: "Ærø Skole", municipality: 492, kind: .folkeskole)),
            .registerSchool(School(institution: "101001", name: "Bakkeskolen", municipality: 101, kind: .folkeskole)),
            .defineInterventionKind(InterventionKind(programme: p, id: "turbo", name: "Turboforløb")),
            .formCluster(id: "K1", programme: p, name: "Øerne"),
            .formCluster(id: "K2", programme: p, name: "Hovedstaden"),
            .defineInterventionKind(InterventionKind(programme: p, id: "peer", name: "Peer learning")),
        ]
    }
}
