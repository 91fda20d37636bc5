import Testing
@testable import Domain

/// Reading on every core must come out exactly as reading line by line: the same records, state and position,
/// and the same first problem at the same line and offset.
@Suite struct ParallelReadTests {
    struct Outcome: Equatable {
        var error: LogError?
        var events: [Recorded], state: NetworkState
        var lines: Int, offset: Int, lastCRC: UInt32, lastSeq: Int, halted: Bool, readOnly: ReadOnlyReason?
    }

    static func read(_ bytes: [UInt8], chunk: Int) -> Outcome {
        var r = LogReader(path: "<bytes>")
        r.chunkBytes = chunk
        var failure: LogError?
        do { _ = try r.consume(bytes) } catch { failure = error }
        return Outcome(error: failure, events: r.events, state: r.state, lines: r.lines, offset: r.offset, lastCRC: r.lastCRC,
                       lastSeq: r.lastSeq, halted: r.halted, readOnly: r.readOnly)
    }

    /// Line by line, then in pieces of one line, of about 1 kB and of about 64 kB.
    static func expectSame(_ bytes: [UInt8], _ note: Comment) {
        let one = read(bytes, chunk: Int.max / 4)
        for chunk in [1, 1 << 10, 64 << 10] {
            #expect(read(bytes, chunk: chunk) == one, note)
        }
    }

    static let records: [Recorded] = (try? ReplayTests.demoRecords()) ?? []

    static func image(_ records: [Recorded]) throws -> [UInt8] {
        try LogFormat.image(records, created: Timestamp(milliseconds: 0))
    }

    @Test func wholeDemoLogReadsTheSameInPieces() throws {
        #expect(Self.records.count > 1000)
        let bytes = try Self.image(Self.records)
        Self.expectSame(bytes, "the whole log")
        let read = Self.read(bytes, chunk: 1 << 10)
        #expect(read.error == nil && read.events.count == Self.records.count && read.offset == bytes.count)
        // With a torn last line: only the whole lines are read.
        Self.expectSame(bytes + Array(#"{"seq":99999,"v":1,"#.utf8), "a torn tail")
    }

    @Test func damageIsFoundAtTheSameLineAndOffset() throws {
        let bytes = try Self.image(Self.records)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }.dropLast()
        // A flipped bit in the first, a middle and the last record, and on a line boundary of a 1 kB piece.
        for at in [lineStarts[1] + 5, bytes.count / 2, bytes.count - 3, 1 << 10, (1 << 10) + 1] {
            var damaged = bytes
            damaged[at] ^= 0x04
            Self.expectSame(damaged, "bit flipped at \(at)")
            #expect(Self.read(damaged, chunk: 1 << 10).error != nil, "bit flipped at \(at)")
        }
    }

    @Test func sequenceGapsAndNewerSchemasStopWhereTheyWould() throws {
        for at in [1, 400, Self.records.count - 1] {
            var gap = Self.records
            gap[at].seq += 7
            let bytes = try Self.image(gap)
            Self.expectSame(bytes, "sequence gap at record \(at)")
            #expect(Self.read(bytes, chunk: 1 << 10).error == .damaged(line: at + 2, offset: Self.offset(ofLine: at + 2, in: bytes),
                                                                        problem: .sequence(expected: at + 1, found: at + 8)))
            var newer = Self.records
            newer[at].version = Recorded.currentVersion + 1
            let later = try Self.image(newer)
            Self.expectSame(later, "newer schema at record \(at)")
            let read = Self.read(later, chunk: 1 << 10)
            #expect(read.halted && read.readOnly == .newerSchema(version: Recorded.currentVersion + 1, line: at + 2) && read.events.count == at)
        }
    }

    static func offset(ofLine n: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for (i, b) in bytes.enumerated() where b == 10 {
            line += 1
            if line == n { return i + 1 }
        }
        return -1
    }
}
