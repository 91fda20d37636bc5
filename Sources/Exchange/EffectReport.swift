import Domain
import Effects
import Wording

/// The report's "Effekt af indsatserne": the kinds × indicators table (each difference with its interval, reading
/// and n), the method and its assumption in plain words, and for each kind an event study: one panel per indicator,
/// the difference by years since the start with its simultaneous band, drawn as SVG with a title and a description.
struct EventStudyFigure {
    struct Panel {
        let title: String
        let points: [(label: String, att: Double, low: Double, high: Double, shown: String)]
        /// The axis's numbers, as the report's language writes them.
        let number: (Double) -> String
    }
    let caption: String
    let panels: [Panel]

    var alternative: String {
        caption + ". " + panels.map { p in p.title + ": " + p.points.map { "\($0.label) \($0.shown)" }.joined(separator: "; ") }.joined(separator: ". ") + "."
    }

    func markdown(_ md: (String) -> String) -> String {
        var out = "_\(md(caption))_\n\n"
        for p in panels {
            out += "- \(md(p.title)): " + p.points.map { md("\($0.label): \($0.shown)") }.joined(separator: "; ") + "\n"
        }
        return out + "\n"
    }

    /// Panels side by side in rows of up to three; in each, a dot per event time with its band as a vertical line and
    /// caps, the zero line dashed, event times below, the extremes of the axis written out.
    func svg(id: Int, _ esc: (String) -> String) -> String {
        let width = 660, panelWidth = 210, panelHeight = 190, perRow = 3
        let rows = (panels.count + perRow - 1) / perRow
        let h = rows * (panelHeight + 10)
        var out = "<figure><svg role=\"img\" aria-labelledby=\"study\(id)-title study\(id)-desc\" width=\"\(width)\" height=\"\(h)\" viewBox=\"0 0 \(width) \(h)\">"
        out += "<title id=\"study\(id)-title\">\(esc(caption))</title><desc id=\"study\(id)-desc\">\(esc(alternative))</desc>"
        for (i, p) in panels.enumerated() {
            let ox = (i % perRow) * (panelWidth + 12), oy = (i / perRow) * (panelHeight + 10)
            let plotTop = oy + 40, plotHeight = panelHeight - 60, plotLeft = ox + 40, plotWidth = panelWidth - 48
            // The panel's title on up to two lines of about 26 letters.
            for (k, line) in p.title.wrapped(to: 26).prefix(2).enumerated() {
                out += "<text x=\"\(ox)\" y=\"\(oy + 13 + k * 15)\" font-weight=\"bold\" font-size=\"13\">\(esc(line))</text>"
            }
            let finite = p.points.filter { $0.att.isFinite }
            guard !finite.isEmpty else { continue }
            var low = 0.0, high = 0.0
            for q in finite { low = min(low, q.low.isFinite ? q.low : q.att); high = max(high, q.high.isFinite ? q.high : q.att) }
            let span = max(high - low, 1e-9)
            func y(_ v: Double) -> Int { plotTop + Int(((high - v) / span * Double(plotHeight)).rounded()) }
            let step = Double(plotWidth) / Double(max(1, p.points.count))
            out += "<line x1=\"\(plotLeft)\" x2=\"\(plotLeft + plotWidth)\" y1=\"\(y(0))\" y2=\"\(y(0))\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>"
            out += "<text x=\"\(plotLeft - 4)\" y=\"\(y(high) + 5)\" text-anchor=\"end\" font-size=\"11\">\(esc(p.number(high)))</text>"
            out += "<text x=\"\(plotLeft - 4)\" y=\"\(y(low) + 5)\" text-anchor=\"end\" font-size=\"11\">\(esc(p.number(low)))</text>"
            out += "<text x=\"\(plotLeft - 4)\" y=\"\(y(0) + 4)\" text-anchor=\"end\" font-size=\"11\">0</text>"
            for (j, q) in p.points.enumerated() {
                let x = plotLeft + Int((Double(j) + 0.5) * step)
                out += "<text x=\"\(x)\" y=\"\(plotTop + plotHeight + 18)\" text-anchor=\"middle\" font-size=\"11\">\(esc(q.label))</text>"
                guard q.att.isFinite else { continue }
                if q.low.isFinite, q.high.isFinite {
                    out += "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(y(q.low))\" y2=\"\(y(q.high))\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"
                    out += "<line x1=\"\(x - 4)\" x2=\"\(x + 4)\" y1=\"\(y(q.low))\" y2=\"\(y(q.low))\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"
                    out += "<line x1=\"\(x - 4)\" x2=\"\(x + 4)\" y1=\"\(y(q.high))\" y2=\"\(y(q.high))\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"
                }
                out += "<circle cx=\"\(x)\" cy=\"\(y(q.att))\" r=\"4\" fill=\"#222\"/>"
            }
        }
        return out + "</svg><figcaption>\(esc(caption))</figcaption></figure>\n"
    }
}

extension Report {
    /// The section and one event study per kind, from Domain's effect table (as the dashboard and `tavle effect`).
    static func effectSection(_ s: NetworkState, _ p: ProgrammeID, _ w: Catalogue, head: (seq: Int, text: String)?) -> (Section, [EventStudyFigure])? {
        let cells = s.effectTable(p, options: EstimateOptions())
        guard !cells.isEmpty else { return nil }
        let rows = cells.map { c -> [String] in
            guard let e = c.estimate else { return [c.kind.name, w.name(c.indicator), w.effectMissing(c), "", ""] }
            return [c.kind.name, w.name(c.indicator), w.effectFigure(e.overall, c.indicator), w.verdict(c.verdict), w.effectN(e)]
        }
        let computed = head.map { w(.repEffectComputed, $0.seq) } ?? ""
        let note = w(.repEffectsNote, w.grouped(cells.count), computed) + " " + w(.effectMethod)
        var figures: [EventStudyFigure] = []
        var seen: [String] = []
        for c in cells where !seen.contains(c.kind.id) {
            seen.append(c.kind.id)
            let mine = cells.filter { $0.kind.id == c.kind.id && $0.estimate != nil }
            guard !mine.isEmpty else { continue }
            figures.append(EventStudyFigure(caption: w(.repEffectChart, c.kind.name), panels: mine.map { cell in
                let e = cell.estimate!, crit = e.dynamic.critical
                return EventStudyFigure.Panel(title: w.name(cell.indicator), points: e.dynamic.points.map { q in
                    (String(q.key), q.att, q.att - crit * q.se, q.att + crit * q.se, w.effectFigure(q, critical: crit, cell.indicator) + " (n " + w.grouped(q.treated) + ")")
                }, number: { w.value($0, cell.indicator, signed: true) })
            }))
        }
        let section = Section(title: w(.repEffects), header: [w(.colIntervention), w(.formIndicator), w(.colDifference), w(.colReading), w(.colSchoolsWithWithout)],
                              rows: rows, note: note)
        return (section, figures)
    }
}
