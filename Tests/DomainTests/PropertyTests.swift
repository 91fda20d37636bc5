import Foundation
import PropertyBased
import Testing
import TestSupport
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
        let contact = Command.recordContact(Contact(programme: p, school: school, date: day, form: .phone, summary: "Samtale \(n)"),
                                            followUps: [FollowUp(programme: p, school: school, what: "Opgave \(n)", who: "leder", due: day.adding(days: n % 30))])
        let open = f.state.followUps.values.filter { $0.done == nil }.map(\.id).sorted()
        switch n % 11 {
        case 0:
            // A change the rules allow, most often back to taking part, so later caseload work is accepted.
            let current = f.state.participation[Enrolment(p, school)]?.status
            let allowed = ParticipationStatus.allCases.filter { ParticipationRules.allows(from: current, to: $0) }
            let status = allowed.contains(.accepted) && n % 3 != 0 ? .accepted : allowed[n / 11 % allowed.count]
            return ("mfr", .setParticipation(Enrolment(p, school), status: status, reason: "Grund"))
        case 1:
            let assigned = f.state.caseload[Enrolment(p, school)] != nil
            return assigned ? ("ahj", contact) : ("mfr", .assignConsultant(Enrolment(p, school), consultant: "ahj"))
        case 2: return ("ahj", contact)
        case 3: return open.isEmpty ? ("ahj", contact) : ("ahj", .completeFollowUp(id: open[n % open.count]))
        case 4:
            // Mostly a step the intervention can take; now and then one it cannot.
            let key = InterventionKey(p, school, kinds[n / 11 % 2])
            let steps = f.state.interventions[key].map { InterventionStatus.allCases.filter($0.status.next.contains) } ?? [.planned, .started]
            let status = steps.isEmpty || n % 5 == 0 ? InterventionStatus.allCases[n / 7 % 7] : steps[n / 11 % steps.count]
            return ("ahj", .setInterventionStatus(key, status: status, reason: "Grund"))
        case 5:
            let other = f.state.clusterOf[Enrolment(p, school)] == "K1" ? "K2" : "K1"
            return ("mfr", .placeSchool(cluster: n % 7 == 0 ? "K1" : other, school: school))
        case 6:
            // Now and then a value over 100 %, which is refused.
            return ("ahj", .recordEvaluation(Evaluation(programme: p, school: school, indicator: .danskUnder4,
                                                        hundredths: n * 37 % (n % 9 == 0 ? 12_000 : 10_001), date: day)))
        case 7: return ("mfr", .renameCluster(id: "K1", name: "Navn \(n)"))
        case 8: return open.isEmpty ? ("ahj", contact) : ("ahj", .moveFollowUp(id: open[n % open.count], due: day.adding(days: 40), reason: "Travlt"))
        case 9: return ("ahj", .undoLast())
        default: return ("mfr", .undoLast())
        }
    }

    /// The setup, then the commands `numbers` stand for (those refused left out): the fixture after them and the
    /// history as the log would hold it.
    static func randomHistory(_ numbers: [Int]) -> (Fixture, [Recorded]) {
        var f = try! start()
        var history = setupEntries().enumerated().map { Recorded(seq: $0.offset + 1, at: $0.element.at, actor: $0.element.actor, event: $0.element.event) }
        for n in numbers {
            let (actor, c) = command(n, f)
            f.actor = actor
            guard let events = try? f.run(c) else { continue }
            for e in events { history.append(Recorded(seq: history.count + 1, at: f.now, actor: actor, event: e)) }
        }
        return (f, history)
    }

    static func start() throws -> Fixture {
        var f = Fixture()
        for c in setupCommands() { try f.run(c) }
        return f
    }

    @Test func randomValidSequencesReplayToTheSameState() async throws {
        let tally = Tally()
        await propertyCheck(count: 60, input: Gen.int(in: 0...2000).array(of: 1...60)) { numbers in
            var f = try! Self.start()
            var entries: [(at: Timestamp, actor: String, event: Event)] = []
            for n in numbers {
                let (actor, c) = Self.command(n, f)
                f.actor = actor
                tally.tried()
                guard let events = try? f.run(c) else { continue }
                tally.succeeded()
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
        // The generator must reach deep states: most commands are accepted, not refused.
        print("property: \(tally.ok) of \(tally.all) commands accepted")
        #expect(tally.all >= 600 && tally.ok * 2 >= tally.all, "only \(tally.ok) of \(tally.all) commands were accepted")
    }

    @Test func undoRestoresThePreviousState() async throws {
        let tally = Tally()
        await propertyCheck(count: 60, input: Gen.int(in: 0...2000).array(of: 1...40)) { numbers in
            var f = try! Self.start()
            for n in numbers {
                let (actor, c) = Self.command(n, f)
                if case .undoLast = c { continue }
                f.actor = actor
                let before = f.state.content
                tally.tried()
                guard (try? f.run(c)) != nil else { continue }
                tally.succeeded()
                var undone = f
                try! undone.run(.undoLast())
                #expect(undone.state.content == before, "undoing \(c) did not restore the state")
            }
        }
        print("property: \(tally.ok) of \(tally.all) undos checked")
        #expect(tally.all >= 400 && tally.ok * 2 >= tally.all, "only \(tally.ok) of \(tally.all) commands were accepted and undone")
    }

    /// Looking back keeps no undo bookkeeping but for the records the history undoes, yet shows the same network:
    /// at random points of random histories with undos in them, replayed from the start or stepped forward from an
    /// earlier point (past undos of records from before it), every table is that of the full replay.
    @Test func lookingBackShowsWhatTheFullReplayShows() async throws {
        let tally = Tally()
        await propertyCheck(count: 40, input: Gen.int(in: 0...2000).array(of: 1...60)) { numbers in
            let (f, history) = Self.randomHistory(numbers)
            let a = numbers[0] % (history.count + 1), b = a + (numbers.last ?? 0) % (history.count - a + 1)
            #expect(NetworkState.replayForLookingBack(history[..<a]).content == NetworkState.replay(history[..<a]).content)
            // Stepping forward needs the undos of the whole history known from the start.
            let undone = NetworkState.undoneSeqs(in: history)
            var looking = NetworkState.replayForLookingBack(history[..<a], undone: undone)
            for r in history[a..<b] { looking.applyForLookingBack(r, undone: undone) }
            #expect(looking.content == NetworkState.replay(history[..<b]).content, "stepping from \(a) to \(b)")
            #expect(looking.content == f.state.content || b < history.count)
            tally.tried(); if history[..<b].contains(where: { if case .undone = $0.event { true } else { false } }) { tally.succeeded() }
        }
        print("property: \(tally.all) histories looked back on, \(tally.ok) with an undo before the point")
        #expect(tally.ok >= 10, "the histories must hold undos before the points looked at")
    }

    /// Whether a write can be undone is worked out without copying the state; at every step of a random history,
    /// for both people and each of their writes, it agrees with undoing the write's records on a copy, one by one.
    @Test func whatBlocksAnUndoIsWhatUndoingOnACopyMeetsFirst() async throws {
        let tally = Tally()
        await propertyCheck(count: 40, input: Gen.int(in: 0...2000).array(of: 1...50)) { numbers in
            var f = try! Self.start()
            for n in numbers {
                let (actor, c) = Self.command(n, f)
                f.actor = actor
                guard (try? f.run(c)) != nil else { continue }
                for person in ["mfr", "ahj"] {
                    for write in f.state.writes(of: person) {
                        let copied = Self.blockerOnACopy(f.state, write, person)
                        tally.tried(); if copied != nil { tally.succeeded() }
                        #expect(f.state.blocker(of: write, by: person) == copied, "\(person)'s write \(write)")
                    }
                }
            }
        }
        print("property: \(tally.all) writes asked about, \(tally.ok) of them blocked")
        #expect(tally.ok >= 20 && tally.ok < tally.all, "the histories must hold both blocked and free writes")
    }

    /// The plain way: undo the write's records newest first on a copy and ask, before each, what builds on it.
    static func blockerOnACopy(_ state: NetworkState, _ write: [Int], _ actor: String) -> Int? {
        var scratch = state
        for seq in write.reversed() {
            guard let record = scratch.undoStacks[actor]?.last(where: { $0.seq == seq }) else { return nil }
            if let later = scratch.builtOn(record) { return later }
            scratch.undo(seq, by: actor)
        }
        return nil
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
        ] + schools.flatMap { s -> [Command] in
            [.setParticipation(Enrolment(p, s), status: .offered), .setParticipation(Enrolment(p, s), status: .accepted),
             .assignConsultant(Enrolment(p, s), consultant: "ahj")]
        }
    }
}
