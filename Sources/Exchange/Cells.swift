import Domain

/// Cells as people's spreadsheets write them back.
enum Cells {
    /// A date as Tavle writes it ("1.8.2025", "2025-08-01"), as Danish Excel saves it ("01-08-2025"), and as
    /// Danish LibreOffice re-saves it ("01-08-25", "01.08.25"), or with slashes ("1/8/2025"). A two-digit year is
    /// in this century: the programmes Tavle holds began after 2000.
    static func day(_ s: String) -> Day? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let d = Day.parse(t) { return d }
        for separator: Character in ["-", ".", "/"] {
            let p = t.split(separator: separator, omittingEmptySubsequences: false)
            guard p.count == 3, p.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { ("0"..."9").contains($0) } }),
                  p[0].count <= 2, p[1].count <= 2, p[2].count == 2 || p[2].count == 4,
                  let d = Int(p[0]), let m = Int(p[1]), let y = Int(p[2]) else { continue }
            return Day(year: p[2].count == 2 ? 2000 + y : y, month: m, day: d)
        }
        return nil
    }
}
