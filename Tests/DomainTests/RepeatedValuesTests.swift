import Foundation
import Testing
@testable import Domain

/// A log's repeated values (a measurement's indicator and source, a contact's participants) are made once per
/// piece read, not once per record, and read as the same values either way.
@Suite struct RepeatedValuesTests {
    static let sources: [String?] = ["Uddannelsesstatistik", "Skolens egen måling, foråret", nil, "kort"]
    static let rolesUsed: [[String]] = [["skoleleder"], ["skoleleder", "læsevejleder"], [], ["pædagogisk leder", "skoleleder"]]

    static func records() -> [Recorded] {
        var records: [Recorded] = []
        func put(_ e: Event) {
            records.append(Recorded(seq: records.count + 1, at: Timestamp(milliseconds: 1_780_000_000_000), actor: "koord", event: e))
        }
        put(.personRegistered(Person(name: "koord", fullName: "Koordinator", role: .coordinator)))
        // Three long indicator names over and over, then more distinct ones than are kept: all read as written.
        let indicators = ["matematik-under-4", "trivsel-i-klassen", "dansk-læsning-2.-kl"] + (0..<60).map { "indikator-nummer-\($0)" }
        for i in 0..<900 {
            let indicator = i < 600 ? indicators[i % 3] : indicators[3 + i % 60]
            put(.measurementRecorded(Domain.Measurement(programme: "landsdækkende-programmet", indicator: indicator, school: String(100_000 + i),
                                                 period: .schoolYear(2015 + i % 10), value: Fixed(units: i * 37), pupils: 20 + i % 90,
                                                 source: sources[i % sources.count])))
        }
        for i in 0..<300 {
            put(.contactRecorded(Contact(id: "C\(i)", programme: "p", school: String(100_000 + i % 40), date: Day(ordinal: 740_000 + i),
                                         form: .sparring, participants: rolesUsed[i % rolesUsed.count], summary: "Besøg nr. \(i)", by: "koord")))
        }
        return records
    }

    /// Where a string's bytes live: equal strings made apart live apart.
    func storage(_ s: String?) -> Int? {
        guard let s, s.utf8.count > 15 else { return nil }
        return s.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } ?? nil
    }

    @Test func aPieceMakesEachRepeatedValueOnceAndEveryValueReadsAsWritten() throws {
        let records = Self.records()
        let bytes = try LogFormat.image(records, created: Timestamp(milliseconds: 0))
        let whole = ParallelReadTests.read(bytes, chunk: Int.max / 4)
        let pieces = ParallelReadTests.read(bytes, chunk: 64 << 10)
        #expect(whole.error == nil && pieces.error == nil)
        #expect(whole.events == records && pieces.events == records)
        #expect(pieces.state == whole.state)
        let pieceCount = bytes.count / (64 << 10) + 1
        #expect(pieceCount >= 3)
        var measurements: [Domain.Measurement] = [], contacts: [Contact] = []
        for r in pieces.events {
            if case .measurementRecorded(let m) = r.event { measurements.append(m) }
            if case .contactRecorded(let c) = r.event { contacts.append(c) }
        }
        for value in ["Uddannelsesstatistik", "Skolens egen måling, foråret"] {
            let held = Set(measurements.filter { $0.source == value }.compactMap { storage($0.source) })
            #expect(!held.isEmpty && held.count <= pieceCount, "\(value) held \(held.count) times in \(pieceCount) pieces")
        }
        for value in ["matematik-under-4", "trivsel-i-klassen"] {
            let held = Set(measurements.filter { $0.indicator == value }.compactMap { storage($0.indicator) })
            #expect(!held.isEmpty && held.count <= pieceCount, "\(value) held \(held.count) times")
        }
        let programmes = Set(measurements.compactMap { storage($0.programme) })
        #expect(!programmes.isEmpty && programmes.count <= pieceCount, "the programme held \(programmes.count) times")
        for roles in Self.rolesUsed where !roles.isEmpty {
            let same = contacts.filter { $0.participants == roles }
            let held = Set(same.map { c in c.participants.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } })
            #expect(held.count <= pieceCount, "\(roles) held \(held.count) times")
        }
    }
}
