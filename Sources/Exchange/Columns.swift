import Wording

/// Header names, Danish or English, matched without regard to case or Danish letters.
struct Columns {
    let index: [String: Int]
    let unknown: [String]
    let header: [String]

    init(_ header: [String], known: [String: [String]]) {
        self.header = header
        var index: [String: Int] = [:]
        var unknown: [String] = []
        for (i, h) in header.enumerated() {
            let k = Folding.keys(h).short.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
            if let key = known.first(where: { $0.value.contains(k) })?.key {
                if index[key] == nil { index[key] = i }
            } else if !h.isEmpty {
                unknown.append(h)
            }
        }
        self.index = index
        self.unknown = unknown
    }

    func value(_ key: String, _ row: [String]) -> String? {
        guard let i = index[key], i < row.count else { return nil }
        let v = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }

    func has(_ key: String) -> Bool { index[key] != nil }

    /// A column's heading as the file spells it ("fra", "From"), so an error points at what the person sees.
    func heading(_ key: String) -> String { index[key].map { header[$0] } ?? key }

    /// Every importer's first check: a required column missing is an error, an unknown one a warning.
    func problems(required: [String], file: String, _ text: Catalogue) -> (errors: [String], warnings: [String]) {
        (required.filter { !has($0) }.map { text(.impMissingColumn, file, $0) }, unknown.map { text(.impUnknownColumn, file, $0) })
    }
}

/// The closest of some names to a misspelt one, for "did you mean".
func closest(_ word: String, in names: [String]) -> String? {
    let w = Array(Folding.keys(word).short)
    var best: (String, Int)?
    for name in names {
        let n = Array(Folding.keys(name).short)
        let d = levenshtein(w, n)
        if d < (best?.1 ?? Int.max) { best = (name, d) }
    }
    guard let best, best.1 <= max(2, w.count / 3) else { return nil }
    return best.0
}

func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var prev = Array(0...b.count)
    for i in 1...a.count {
        var cur = [i] + Array(repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[b.count]
}
