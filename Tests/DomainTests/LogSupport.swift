import Foundation
import TestSupport
@testable import Domain
@testable import FileStore

/// A fresh directory per test, removed with the test process's own (`Scratch`).
func tempDirectory() -> String { Scratch.directory("domain") }

func readLines(_ path: String) -> [String] {
    let text = try! String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

func writeLines(_ lines: [String], to path: String) {
    try! lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
}

/// A small log written with `EventLog.create`: the fixture's events.
func smallLog(in dir: String) throws -> (path: String, events: Int) {
    let path = dir + "/t.log"
    var g = Fixture()
    var entries: [(at: Timestamp, actor: String, event: Event)] = []
    for c in standardCommands() {
        for e in try g.run(c) { entries.append((g.now, g.actor, e)) }
    }
    try EventLog.create(path: path, events: entries)
    return (path, entries.count)
}

func standardCommands() -> [Command] {
    let p = Fixture.p
    var list: [Command] = [
        .registerPerson(Person(name: "mfr", fullName: "Maja Fogh Riis", role: .coordinator)),
        .defineProgramme(Programme(id: p, name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!, end: Day(year: 2028, month: 7, day: 31)!)),
    ]
    for i in 1...8 {
        let inst = "10100\(i)"
        list.append(.registerSchool(School(institution: inst, name: "Skole \(i) – \"æøå\" \\ {tab}", municipality: 101, kind: .folkeskole)))
        list.append(.setParticipation(Enrolment(p, inst), status: .offered))
    }
    return list
}

/// Tests write at the wall clock's time unless they say otherwise; the program itself always passes its clock.
extension LiveNetwork {
    @discardableResult
    func append(_ command: Command, actor: String) throws -> [Recorded] { try append([command], actor: actor, now: .now()) }
    @discardableResult
    func append(_ commands: [Command], actor: String) throws -> [Recorded] { try append(commands, actor: actor, now: .now()) }
    @discardableResult
    func writeSnapshot() throws -> SnapshotInfo { try writeSnapshot(now: .now()) }
    var snapshotPath: String { snapshotLocation! }
}

extension EventLog {
    static func create(path: String, events: [(at: Timestamp, actor: String, event: Event)]) throws {
        try create(path: path, events: events, created: events.first?.at ?? .now())
    }
}
