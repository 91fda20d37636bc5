import Foundation
import Testing
@testable import Domain

/// An event store in memory, shared by several networks as a database would be: it holds exactly the bytes a
/// file log would, and refuses an append that does not continue what the writer read.
final class MemoryStore: EventStore {
    final class Shared { var bytes: [UInt8] = [] }
    let shared: Shared
    var readOnly: ReadOnlyReason? { nil }
    var location: String { "memory" }
    /// Appends refused as conflicts before the store lets one through, to test retrying.
    var forcedConflicts = 0
    private(set) var appends = 0
    /// Another writer's append that lands just before this store's next one: a lost race.
    var interloper: (() throws -> Void)?

    init(_ shared: Shared = Shared()) { self.shared = shared }

    func read(from offset: Int) throws(LogError) -> [UInt8] { Array(shared.bytes[min(offset, shared.bytes.count)...]) }
    func read(from offset: Int, count: Int) throws(LogError) -> [UInt8] {
        let start = min(offset, shared.bytes.count)
        return Array(shared.bytes[start..<min(shared.bytes.count, start + count)])
    }
    func checkIdentity(covering offset: Int) throws(LogError) {
        if shared.bytes.count < offset { throw .replaced(location) }
    }
    func append(_ lines: [UInt8], at offset: Int) throws(LogError) {
        appends += 1
        if let other = interloper { interloper = nil; try? other() }
        if forcedConflicts > 0 { forcedConflicts -= 1; throw .conflict }
        guard shared.bytes.count == offset else { throw .conflict }
        shared.bytes += lines
    }
    func reopened() throws(LogError) -> EventStore { MemoryStore(shared) }
    func takeNotices() -> [LogNotice] { [] }
}

@Suite struct StoreSeamTests {
    let now = Timestamp.parse("2026-11-20T10:00:00Z")!

    @Test func aNetworkOnAnyStoreWritesTheSameLinesAsTheFileFormat() throws {
        let store = MemoryStore()
        let network = try LiveNetwork(store: store)
        let records = try network.append(standardCommands(), actor: "mfr", now: now)
        #expect(records.count == network.state.lastSeq && records.count > 10)
        // The bytes read back through the file format's reader to the same state, and open again on a new network.
        let (reader, tail) = try LogReader.read(store.shared.bytes)
        #expect(tail == 0 && reader.state == network.state)
        #expect(try LiveNetwork(store: MemoryStore(store.shared)).state == network.state)
    }

    @Test func aWriterThatLostTheRaceReadsTheOtherWriteAndDecidesAgain() throws {
        let shared = MemoryStore.Shared()
        let first = try LiveNetwork(store: MemoryStore(shared))
        try first.append(standardCommands(), actor: "mfr", now: now)
        let store = MemoryStore(shared)
        let second = try LiveNetwork(store: store)
        // The first writer registers the school between the second's reading and its append: the second's
        // append conflicts, it reads that write, and its own command is refused against the state it now knows.
        store.interloper = {
            try first.append(.registerSchool(School(institution: "999001", name: "Ny Skole", municipality: 101, kind: .folkeskole)),
                             actor: "mfr", now: self.now)
        }
        #expect(throws: DomainError.duplicateSchool("999001")) {
            try second.append(.registerSchool(School(institution: "999001", name: "Anden Skole", municipality: 101, kind: .folkeskole)),
                              actor: "mfr", now: now)
        }
        #expect(store.appends == 1 && second.state.schools["999001"]?.name == "Ny Skole")
        // A command that still holds goes in after the other write, numbered after it.
        let renamed = try second.append(.updateSchool(School(institution: "999001", name: "Nyskolen", municipality: 101, kind: .folkeskole)),
                                        actor: "mfr", now: now)
        #expect(renamed.map(\.seq) == [first.state.lastSeq + 1])
        try first.refresh()
        #expect(first.state == second.state && first.state.schools["999001"]?.name == "Nyskolen")
    }

    @Test func aFewConflictsAreRetriedAndEndlessOnesGiveUpAsBusy() throws {
        let store = MemoryStore()
        let network = try LiveNetwork(store: store)
        store.forcedConflicts = 3
        try network.append(standardCommands(), actor: "mfr", now: now)
        #expect(store.appends == 4 && network.state.programmes[Fixture.p] != nil)
        let before = store.shared.bytes
        store.forcedConflicts = .max
        #expect(throws: LogError.busy) {
            try network.append(.registerSchool(School(institution: "999002", name: "X", municipality: 101, kind: .folkeskole)),
                               actor: "mfr", now: now)
        }
        #expect(store.shared.bytes == before && store.appends == 4 + LiveNetwork.attempts)
    }

    @Test func aNetworkOpenedForReadingNeverAppends() throws {
        let store = MemoryStore()
        try LiveNetwork(store: store).append(standardCommands(), actor: "mfr", now: now)
        let reading = try LiveNetwork(store: store, access: .read)
        let before = store.appends
        #expect(throws: LogError.readOnly(.openedForReading)) {
            try reading.append(.registerSchool(School(institution: "999003", name: "X", municipality: 101, kind: .folkeskole)),
                               actor: "mfr", now: now)
        }
        #expect(store.appends == before)
    }
}
