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

    /// Okabe and Ito's colours, safe for colour-blind readers and unlike in print: no two neighbours are of one
    /// hue (the old palette had three greens that merged on paper). Each stacked part also carries its letter.
    static let colours = ["#999999", "#0072B2", "#56B4E9", "#009E73", "#CC79A7", "#E69F00", "#D55E00"]
    /// Text on each colour: white on the dark ones, black on the light.
    static let ink = ["#000000", "#FFFFFF", "#000000", "#FFFFFF", "#000000", "#000000", "#FFFFFF"]

    /// SVG with a title and a description (its accessible name and text alternative), and a visible caption. Labels
    /// take the room their longest needs (at 14 px, about 8 px a letter), the legend wraps onto as many rows as it
    /// needs, and each stacked part carries its letter where it is wide enough, so it reads in black and white.
    func svg(id: Int, _ esc: (String) -> String) -> String {
        let width = 640, rowHeight = 24, letter = 8
        // The legend, laid out in rows that fit the width.
        var keys: [(x: Int, row: Int)] = []
        var x = 0, row = 0
        for l in legend {
            let w = 30 + l.name.count * letter
            if x > 0, x + w > width { x = 0; row += 1 }
            keys.append((x, row)); x += w
        }
        let top = legend.isEmpty ? 0 : (row + 1) * 22 + 4
        let labelWidth = min(320, (bars.map { $0.label.count }.max() ?? 0) * letter + 12)
        let valueWidth = (bars.map { $0.shown.count }.max() ?? 0) * letter + 10
        let barWidth = Double(max(120, width - labelWidth - valueWidth))
        let h = bars.count * rowHeight + 4 + top
        var out = "<figure><svg role=\"img\" aria-labelledby=\"chart\(id)-title chart\(id)-desc\" width=\"\(width)\" height=\"\(h)\" viewBox=\"0 0 \(width) \(h)\">"
        out += "<title id=\"chart\(id)-title\">\(esc(caption))</title><desc id=\"chart\(id)-desc\">\(esc(alternative))</desc>"
        for (i, l) in legend.enumerated() {
            let (x, y) = (keys[i].x, keys[i].row * 22)
            out += "<rect x=\"\(x)\" y=\"\(y + 2)\" width=\"16\" height=\"16\" fill=\"\(Self.colours[i % Self.colours.count])\"/>"
            out += "<text x=\"\(x + 8)\" y=\"\(y + 15)\" text-anchor=\"middle\" fill=\"\(Self.ink[i % Self.ink.count])\">\(esc(l.letter))</text>"
            out += "<text x=\"\(x + 20)\" y=\"\(y + 15)\">\(esc(l.name))</text>"
        }
        for (i, b) in bars.enumerated() {
            let y = top + i * rowHeight + 2
            out += "<text x=\"0\" y=\"\(y + 15)\">\(esc(b.label))</text>"
            var at = Double(labelWidth)
            for (j, p) in b.parts.enumerated() where p > 0 {
                let w = p / scale * barWidth
                out += "<rect x=\"\(Int(at.rounded()))\" y=\"\(y + 2)\" width=\"\(max(1, Int(w.rounded())))\" height=\"18\" fill=\"\(legend.isEmpty ? Self.colours[1] : Self.colours[j % Self.colours.count])\"/>"
                if !legend.isEmpty, j < legend.count, w >= 14 {
                    out += "<text x=\"\(Int((at + w / 2).rounded()))\" y=\"\(y + 16)\" text-anchor=\"middle\" fill=\"\(Self.ink[j % Self.ink.count])\">\(esc(legend[j].letter))</text>"
                }
                at += w
            }
            out += "<text x=\"\(Int(at.rounded()) + 6)\" y=\"\(y + 15)\">\(esc(b.shown))</text>"
        }
        return out + "</svg><figcaption>\(esc(caption))</figcaption></figure>\n"
    }
}
