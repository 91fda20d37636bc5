import Foundation
import Glibc

/// Reading a long run of lines on every core: each line states its own checksum, so a piece of the log can be
/// checked and decoded knowing only the checksum the line before it states. Pieces are decoded in parallel while
/// this thread folds them in order, so the outcome (records, state, and the first problem, with its line and
/// offset) is exactly that of reading line by line.
extension LogReader {
    /// What a piece of lines decoded to: its records, then where and why it stopped early, if it did.
    struct Piece {
        var records: [Recorded] = []
        /// Bytes of the lines decoded, and the checksum the last of them states.
        var bytes = 0
        var lastCRC: UInt32 = 0
        /// The first line's sequence number, once its envelope was read: checked against the piece before.
        var firstSeq: Int?
        var stop: Stop?

        enum Stop {
            case damage(LogDamage, line: Int, offset: Int)
            /// A record of a newer schema; reading stops after it (`length` bytes), as it does line by line.
            case newer(version: Int, line: Int, length: Int)
        }
    }

    /// Reads the whole lines of `rest`, which follows the header. Returns the bytes consumed.
    mutating func consumeInParallel(_ rest: UnsafeRawBufferPointer) throws(LogError) -> Int {
        let ranges = Self.pieces(of: rest, size: chunkBytes)
        guard let base = rest.baseAddress, !ranges.isEmpty else { return 0 }
        let results = Results(count: ranges.count)
        let shared = Shared(base: base, ranges: ranges, firstCRC: lastCRC)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: ranges.count) { i in
                results.waitForRoom(i)
                results.set(i, shared.decode(i))
            }
        }
        // Every piece is waited for, even after a stop: the workers read `rest`, which must outlive them.
        defer {
            for i in 0..<ranges.count where !results.taken(i) {
                results.free(i)
                results.wait(i)
            }
        }
        var consumed = 0
        for i in 0..<ranges.count {
            results.wait(i)
            var piece = results.take(i)
            results.free(i)
            let number = lines + 1
            if let first = piece.firstSeq, first != lastSeq + 1 {
                throw .damaged(line: number, offset: offset, problem: .sequence(expected: lastSeq + 1, found: first))
            }
            if fold { for r in piece.records { state.apply(r) } }
            if let last = piece.records.last { lastSeq = last.seq }
            lines += piece.records.count
            offset += piece.bytes
            consumed += piece.bytes
            if !piece.records.isEmpty { lastCRC = piece.lastCRC }
            if keepEvents { events.appendMoving(&piece.records) } else { piece.records = [] }
            switch piece.stop {
            case nil: continue
            case .damage(let d, let line, let at):
                throw .damaged(line: number + line, offset: offset - piece.bytes + at, problem: d)
            case .newer(let version, let line, let length):
                readOnly = .newerSchema(version: version, line: number + line)
                halted = true
                offset += length
                return consumed + length
            }
        }
        return consumed
    }

    /// Splits the whole lines of `bytes` into pieces of about `size` bytes, each ending with a newline.
    static func pieces(of bytes: UnsafeRawBufferPointer, size: Int) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        var ranges: [Range<Int>] = [], start = 0
        while start < bytes.count {
            let probe = min(bytes.count, start + max(1, size)) - 1
            var end = memchr(base + probe, 10, bytes.count - probe).map { base.distance(to: UnsafeRawPointer($0)) + 1 } ?? probe
            // No newline after the probe: the piece ends at the last one before it, if any.
            while end > start, bytes[end - 1] != 10 { end -= 1 }
            guard end > start else { break }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}

/// The pieces' bytes, shared read-only with the workers.
private struct Shared: @unchecked Sendable {
    let base: UnsafeRawPointer
    let ranges: [Range<Int>]
    let firstCRC: UInt32

    /// Decodes one piece, line by line, until its end or its first problem.
    func decode(_ index: Int) -> LogReader.Piece {
        let range = ranges[index]
        var piece = LogReader.Piece()
        piece.records.reserveCapacity(range.count / 150)
        var previous = index == 0 ? firstCRC : statedCRC(endingAt: range.lowerBound)
        var expected: Int?
        var start = range.lowerBound, line = 0
        var scratch = LineScratch(repeated: RepeatedValues())
        while start < range.upperBound {
            let end = base.distance(to: UnsafeRawPointer(memchr(base + start, 10, range.upperBound - start)!))
            var seq: Int?, version = 0
            do {
                let out = try LogReader.record(UnsafeRawBufferPointer(start: base + start, count: end - start),
                                               previous: previous, expected: expected, seq: &seq, version: &version,
                                               scratch: &scratch)
                if line == 0 { piece.firstSeq = seq }
                guard let r = out.record else {
                    piece.stop = .newer(version: version, line: line, length: end + 1 - start)
                    return piece
                }
                piece.records.append(r)
                previous = out.crc
                piece.lastCRC = out.crc
                expected = r.seq + 1
            } catch {
                if line == 0 { piece.firstSeq = seq }
                piece.stop = .damage(error, line: line, offset: start - range.lowerBound)
                return piece
            }
            piece.bytes += end + 1 - start
            start = end + 1
            line += 1
        }
        return piece
    }

    /// The checksum stated by the line that ends just before `offset`. If that line states none, its own piece
    /// stops there first, so the value does not matter.
    func statedCRC(endingAt offset: Int) -> UInt32 {
        let lineEnd = offset - 1
        let from = max(ranges[0].lowerBound, lineEnd - RecordReader.suffixLength - 2)
        let tail = UnsafeRawBufferPointer(start: base + from, count: lineEnd - from)
        return (try? RecordReader.splitChecksum(tail).crc) ?? 0
    }
}

/// The workers' results, each handed over once its piece is decoded.
private final class Results: @unchecked Sendable {
    private let pieces: UnsafeMutablePointer<LogReader.Piece?>
    private let ready: [DispatchSemaphore]
    private var handed: [Bool]
    private let count: Int
    /// Decoded pieces not yet folded hold memory: piece `i` is decoded only once piece `i - window` was folded.
    private let freed: [DispatchSemaphore]
    private static let window = 4

    init(count: Int) {
        self.count = count
        pieces = .allocate(capacity: count)
        pieces.initialize(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        handed = Array(repeating: false, count: count)
        freed = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// From a worker: waits until piece `i` is few enough pieces ahead of the fold.
    func waitForRoom(_ i: Int) {
        if i >= Self.window { freed[i - Self.window].wait() }
    }

    /// Piece `i` was folded (or will not be): the piece `window` after it may be decoded.
    func free(_ i: Int) { freed[i].signal() }

    deinit {
        pieces.deinitialize(count: count)
        pieces.deallocate()
    }

    /// From a worker: piece `i` is decoded.
    func set(_ i: Int, _ piece: LogReader.Piece) {
        pieces[i] = piece
        ready[i].signal()
    }

    /// Blocks until piece `i` is decoded. Called once per piece: before taking it, or at the end if it was not.
    func wait(_ i: Int) { ready[i].wait() }

    /// Whether piece `i` was handed to the fold.
    func taken(_ i: Int) -> Bool { handed[i] }

    func take(_ i: Int) -> LogReader.Piece {
        handed[i] = true
        defer { pieces[i] = nil }
        return pieces[i]!
    }
}
