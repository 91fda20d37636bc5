/// Where two copies of a log part: their bytes compared in pieces from the start, and the first line that
/// differs. Line 0 is the header, line n the record with sequence number n. Every store holds the same bytes, so
/// a file and a database compare as well as two files.
public enum LogComparison {
    public enum Outcome: Equatable, Sendable {
        /// Byte for byte the same, with this many records.
        case same(records: Int)
        /// Both hold this line and it differs (and so may every line after it).
        case differ(line: Int)
        /// Every line of the shorter is in the longer, which goes on from this line; `firstIsLonger` says which.
        case longer(firstIsLonger: Bool, from: Int)
    }

    /// Compares `a`'s bytes before `aEnd` with `b`'s before `bEnd`; both ends are the ends of whole lines.
    public static func compare(_ a: EventStore, upTo aEnd: Int, _ b: EventStore, upTo bEnd: Int,
                               piece: Int = 8 << 20) throws(LogError) -> Outcome {
        let common = min(aEnd, bEnd)
        var at = 0, newlines = 0
        while at < common {
            let n = min(piece, common - at)
            let x = try a.read(from: at, count: n), y = try b.read(from: at, count: n)
            guard x.count == n else { throw .replaced(a.location) }
            guard y.count == n else { throw .replaced(b.location) }
            for i in 0..<n {
                if x[i] != y[i] { return .differ(line: newlines) }
                if x[i] == 10 { newlines += 1 }
            }
            at += n
        }
        if aEnd == bEnd { return .same(records: max(0, newlines - 1)) }
        return .longer(firstIsLonger: aEnd > bEnd, from: newlines)
    }
}
