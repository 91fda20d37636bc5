import Foundation
import Wording
import CSearch

/// Every row's folded search text in two flat byte buffers, searched with memmem, so that an
/// incremental filter over 10 000 schools stays well inside a frame.
struct SearchIndex: Sendable {
    private var long: [UInt8] = []
    private var short: [UInt8] = []
    private var longStarts: [Int] = []
    private var shortStarts: [Int] = []

    init() {}

    init(_ texts: [String]) {
        self.init(count: texts.count) { texts[$0] }
    }

    /// The texts `text(0)` … `text(count - 1)`, worded and folded on every core in pieces of consecutive rows (the
    /// history's million sentences), then joined in order: the same index as building it row by row.
    init(count: Int, _ text: @escaping @Sendable (Int) -> String) {
        let pieces = count < 4096 ? 1 : 8
        let parts = Slots<SearchIndex>(pieces)
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            var part = SearchIndex()
            for i in (count * k / pieces)..<(count * (k + 1) / pieces) {
                part.longStarts.append(part.long.count); part.shortStarts.append(part.short.count)
                Folding.appendKeys(text(i), long: &part.long, short: &part.short)
                part.long.append(10); part.short.append(10)
            }
            parts.put(k, part)
        }
        for part in parts.all { append(part) }
    }

    /// Another index's rows after these (its answers to earlier queries are forgotten, as they lack the new rows).
    mutating func append(_ other: SearchIndex) {
        let (l, s) = (long.count, short.count)
        long += other.long; short += other.short
        longStarts += other.longStarts.map { $0 + l }; shortStarts += other.shortStarts.map { $0 + s }
        recent = []
    }

    var count: Int { longStarts.count }

    /// The answers to the last few queries: a backspace goes back to a query typed a moment ago. (Sixteen, since
    /// an answer over a million events' history is a megabyte.)
    private var recent: [(query: String, hits: [Bool])] = []

    /// As `matches`, remembering the last few answers.
    mutating func cachedMatches(_ query: String) -> [Bool] {
        if let i = recent.firstIndex(where: { $0.query == query }) { return recent[i].hits }
        let hits = matches(query)
        recent.append((query, hits))
        if recent.count > 16 { recent.removeFirst() }
        return hits
    }

    /// Rows whose text holds every word of the query, in either spelling.
    func matches(_ query: String) -> [Bool] {
        var all = [Bool](repeating: true, count: count)
        for word in query.split(separator: " ") {
            let k = Folding.keys(String(word))
            var hit = [Bool](repeating: false, count: count)
            mark(Array(k.long.utf8), in: long, starts: longStarts, &hit)
            mark(Array(k.short.utf8), in: long, starts: longStarts, &hit)
            mark(Array(k.short.utf8), in: short, starts: shortStarts, &hit)
            for i in 0..<count where !hit[i] { all[i] = false }
        }
        return all
    }

    private func mark(_ needle: [UInt8], in hay: [UInt8], starts: [Int], _ hit: inout [Bool]) {
        guard !needle.isEmpty, !hay.isEmpty else { return }
        hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                var from = 0, row = 0
                while from < h.count, let p = tavle_memmem(h.baseAddress! + from, h.count - from, n.baseAddress!, n.count) {
                    let offset = h.baseAddress!.distance(to: UnsafeRawPointer(p))
                    // Hits come in order, so the row moves forward only: no search for it.
                    while row + 1 < starts.count, starts[row + 1] <= offset { row += 1 }
                    hit[row] = true
                    // Skip to the next row: one hit per row is enough.
                    from = row + 1 < starts.count ? starts[row + 1] : h.count
                }
            }
        }
    }
}
