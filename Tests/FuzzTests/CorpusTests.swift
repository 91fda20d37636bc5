import Domain
import Foundation
import FuzzChecks
import Testing

/// The fuzzers' seed corpus, replayed through the same checks on every test run.
struct CorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func inputs(_ kind: String) throws -> [(String, [UInt8])] {
        let dir = corpus.appendingPathComponent(kind)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
            ($0, [UInt8](try Data(contentsOf: dir.appendingPathComponent($0))))
        }
    }

    @Test func logSeedsHoldEveryPromise() throws {
        let seeds = try Self.inputs("log")
        #expect(seeds.count >= 8)
        for (name, bytes) in seeds { #expect(LogChecks.check(bytes) == nil, "\(name)") }
        // Both sides are seeded: logs that read (so the rewrite and bit-flip checks run) and logs that are refused.
        let accepted = seeds.filter { (try? LogReader.read($0.1)) != nil }
        #expect(accepted.count >= 4 && seeds.count - accepted.count >= 4)
        #expect(accepted.contains { (try? LogReader.read($0.1))?.reader.events.count ?? 0 > 20 })
    }

    @Test func theLogCheckCatchesARefusalThatNamesNoRealLine() {
        let outOfRange = LogError.damaged(line: 9, offset: 0, problem: .record(.checksumMismatch))
        #expect(LogChecks.refusalProblem(outOfRange, lines: 3) != nil)
        #expect(LogChecks.refusalProblem(.damaged(line: 2, offset: 140, problem: .record(.checksumMismatch)), lines: 3) == nil)
    }

    @Test func csvSeedsHoldEveryPromise() throws {
        let seeds = try Self.inputs("csv")
        #expect(seeds.count >= 8)
        for (name, bytes) in seeds { #expect(CSVChecks.check(bytes) == nil, "\(name)") }
    }
}
