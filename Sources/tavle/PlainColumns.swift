import Wording

/// A plain listing's lines: each column as wide as its widest cell, so no name is cut however long (a terminal
/// narrower than a line wraps it, as `ls -l` does), the last column left unpadded and spaces at a line's end dropped.
enum PlainColumns {
    static func lines(_ rows: [[String]], alignRight: Set<Int> = [], gap: String = "  ") -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { i in rows.map { i < $0.count ? $0[i].displayWidth : 0 }.max() ?? 0 }
        return rows.map { row -> String in
            row.indices.map { i in
                let pad = String(repeating: " ", count: max(0, widths[i] - row[i].displayWidth))
                return alignRight.contains(i) ? pad + row[i] : (i == row.count - 1 ? row[i] : row[i] + pad)
            }.joined(separator: gap)
        }.map { line in String(line[..<(line.lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex)]) }
    }
}
