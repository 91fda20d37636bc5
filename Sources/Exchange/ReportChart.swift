import Domain
import Foundation
import Wording

/// A chart in the report that says what it shows: a caption with its unit, bars on a stated scale whose values
/// are written rounded (never cut), stacked segments with a legend where a bar has parts, and a sentence that says
/// the same in words for a screen reader.
struct ReportChart {
    struct Bar {
        let label: String
        /// The parts of the bar, in the legend's order; a plain bar has one.
        let parts: [Double]
        /// The value as written beside the bar: "103", "3,6 af 5", "23,9 %".
        let shown: String
    }

    let caption: String
    let bars: [Bar]
    /// The axis' end: 5 for ratings, 100 for shares, else the largest bar.
    let scale: Double
    /// The name and letter of each part, for stacked bars.
    var legend: [(letter: String, name: String)] = []
    /// What the chart shows, in a sentence or two.
    let alternative: String

    /// Text: a bar of 40 cells, stacked parts as their letters, the value after it.
    func markdown(_ label: (String) -> String) -> String {
        let width = bars.map { $0.label.count }.max() ?? 0
        var out = "_\(label(caption))_\n\n```\n"
        for b in bars {
            let name = TextRules.printable(b.label, multiline: false).replacingOccurrences(of: "`", with: "'")
            let line: String
            if legend.isEmpty {
                line = Charts.bar(Int((b.parts.first ?? 0) * 1000), of: Int(scale * 1000), width: 40)
            } else {
                // Each part as its letter, in cells rounded from the running total so the bar's length stays true.
                var cells = "", total = 0.0
                for (i, p) in b.parts.enumerated() {
                    let before = Int((total / scale * 40).rounded()); total += p
                    cells += String(repeating: legend[i].letter, count: max(0, Int((total / scale * 40).rounded()) - before))
                }
                line = cells
            }
            out += name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + line + " " + b.shown + "\n"
        }
        if !legend.isEmpty { out += legend.map { "\($0.letter) \($0.name)" }.joined(separator: " · ") + "\n" }
        return out + "```\n"
    }

    static let colours = ["#8c96a0", "#2b7bb9", "#1a9850", "#66bd63", "#a6d96a", "#fdae61", "#d73027"]

    /// SVG with a title and a description (its accessible name and text alternative), and a visible caption.
    func svg(id: Int, _ esc: (String) -> String) -> String {
        let rowHeight = 22, top = legend.isEmpty ? 0 : 24
        let h = bars.count * rowHeight + 4 + top
        var out = "<figure><svg role=\"img\" aria-labelledby=\"chart\(id)-title chart\(id)-desc\" width=\"640\" height=\"\(h)\" viewBox=\"0 0 640 \(h)\">"
        out += "<title id=\"chart\(id)-title\">\(esc(caption))</title><desc id=\"chart\(id)-desc\">\(esc(alternative))</desc>"
        var x = 0
        for (i, l) in legend.enumerated() {
            out += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(Self.colours[i % Self.colours.count])\"/>"
            out += "<text x=\"\(x + 16)\" y=\"14\">\(esc(l.name))</text>"
            x += 24 + l.name.count * 7
        }
        for (i, b) in bars.enumerated() {
            let y = top + i * rowHeight + 2
            out += "<text x=\"0\" y=\"\(y + 14)\">\(esc(b.label))</text>"
            var at = 240.0
            for (j, p) in b.parts.enumerated() where p > 0 {
                let w = p / scale * 320
                out += "<rect x=\"\(Int(at.rounded()))\" y=\"\(y + 2)\" width=\"\(max(1, Int(w.rounded())))\" height=\"16\" fill=\"\(legend.isEmpty ? "#2b7bb9" : Self.colours[j % Self.colours.count])\"/>"
                at += w
            }
            out += "<text x=\"\(Int(at.rounded()) + 6)\" y=\"\(y + 14)\">\(esc(b.shown))</text>"
        }
        return out + "</svg><figcaption>\(esc(caption))</figcaption></figure>\n"
    }
}
