import Domain
import Effects
import Wording

/// One kind × indicator in full: the sentence to quote, the event study drawn in the terminal (readable without
/// colour: ● the difference, ├─┤ its simultaneous band, │ zero), the differences by start year, the ATT(g,t) table,
/// the pre-trend test, the smallest detectable difference, the warnings and the method.
enum EffectDetail {
    static func draw(_ m: Model, _ c: EffectCell, in r: Rect, into g: inout Grid) {
        g.box(r, title: m.text.effectHeading(c), style: Style(.accent))
        let inner = r.inset(1)
        let all = lines(m, c, width: inner.width - 2)
        let top = min(m.effects.scroll, max(0, all.count - inner.height))
        for (i, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            line.draw(x: inner.x + 1, y: inner.y + i, limit: inner.width - 2, &g)
        }
        if all.count > inner.height {
            ScrollBar.draw(x: r.maxX - 1, y: inner.y, height: inner.height, offset: top, total: all.count, &g)
        }
    }

    static func heading(_ text: String) -> Line { Line(text, Style(.header, .bold)) }

    static func wrapped(_ text: String, _ width: Int, _ style: Style = .plain, indent: String = "") -> [Line] {
        text.wrapped(to: max(20, width - indent.displayWidth)).map { Line(indent + $0, style) }
    }

    static func lines(_ m: Model, _ c: EffectCell, width: Int) -> [Line] {
        guard let e = c.estimate else { return wrapped(m.text.effectMissing(c), width, Style(.muted)) }
        let d = c.indicator
        var out: [Line] = []
        if let s = m.text.effectSentence(c) { out += wrapped(s, width, Style(.text, .bold)) }
        out += wrapped(m.text.effectOptions(e.options), width, Style(.muted))
        out.append(.blank)
        out.append(heading(m.text(.effectEventStudy)))
        out += chart(m, e.dynamic, d, width: width, label: { String($0) })
        out.append(Line("  " + m.text(.effectsChartNote), Style(.muted)))
        out.append(.blank)
        out.append(heading(m.text(.effectByGroup)))
        out += chart(m, e.group, d, width: width, label: { m.text.startYear($0, d) })
        out.append(.blank)
        out.append(heading(m.text(.effectGroupTime)))
        out += groupTime(m, e, d)
        out.append(.blank)
        out += wrapped(m.text.preTest(e), width)
        if let mde = m.text.minimumDetectable(e, d) { out += wrapped(mde, width) }
        let warnings = m.text.warnings(c) { m.state.schools[$0]?.name ?? $0 }
        if !warnings.isEmpty {
            out.append(.blank)
            for w in warnings { out += wrapped("! " + w, width, Style(.warning)) }
        }
        out.append(.blank)
        out += wrapped(m.text(.effectMethod), width, Style(.muted))
        return out
    }

    /// A row per point: its label, the band drawn on a common axis with zero marked, and the figures.
    static func chart(_ m: Model, _ s: AggregateSeries, _ d: IndicatorDefinition, width: Int, label: (Int) -> String) -> [Line] {
        guard !s.points.isEmpty else { return [] }
        // Each point with its n: the schools of the groups it averages.
        let texts = s.points.map { m.text.effectFigure($0, critical: s.critical, d) + " (n " + m.text.grouped($0.treated) + ")" }
        let labels = s.points.map { label($0.key) }
        let labelWidth = max(labels.map(\.displayWidth).max() ?? 0, 3)
        let textWidth = texts.map(\.displayWidth).max() ?? 0
        let plot = max(10, min(48, width - labelWidth - textWidth - 6))
        var low = 0.0, high = 0.0
        for p in s.points where p.att.isFinite {
            let half = p.se.isFinite ? s.critical * p.se : 0
            low = min(low, p.att - half); high = max(high, p.att + half)
        }
        let span = max(high - low, 1e-9)
        func col(_ v: Double) -> Int { min(plot - 1, max(0, Int(((v - low) / span * Double(plot - 1)).rounded()))) }
        let zero = col(0)
        return zip(s.points, zip(labels, texts)).map { p, lt in
            var row = Array(repeating: Character(" "), count: plot)
            row[zero] = "│"
            if p.att.isFinite {
                if p.se.isFinite {
                    let a = col(p.att - s.critical * p.se), b = col(p.att + s.critical * p.se)
                    for i in a...b { row[i] = "─" }
                    row[a] = "├"; row[b] = "┤"
                    // Zero stays in sight where the band crosses it.
                    if row[zero] == "─" { row[zero] = "┼" }
                }
                row[col(p.att)] = "●"
            }
            let reads = p.att.isFinite && p.se.isFinite && (p.att - s.critical * p.se > 0 || p.att + s.critical * p.se < 0)
            return Line([("  " + lt.0.padded(to: labelWidth, alignRight: true) + "  ", Style(.muted)),
                         (String(row), Style(reads ? .accent : .text)), ("  " + lt.1, Style(p.key >= 0 || s.points.allSatisfy { $0.key > 1000 } ? .text : .muted))])
        }
    }

    /// ATT(g,t): a row per start year, a column per year, one decimal more than the indicator's.
    static func groupTime(_ m: Model, _ e: EffectEstimate, _ d: IndicatorDefinition) -> [Line] {
        let periods = Array(Set(e.cells.map(\.period))).sorted()
        let heads = periods.map { m.text.startYear($0, d) }
        let w = max(heads.map(\.displayWidth).max() ?? 0, 7)
        let labelWidth = max(e.groups.map { m.text.startYear($0, d).displayWidth }.max() ?? 0, 7)
        var out = [Line([(String(repeating: " ", count: labelWidth + 2), .plain)] + heads.map { (" " + $0.padded(to: w, alignRight: true), Style(.header)) })]
        for g in e.groups {
            var segs: [(String, Style)] = [(m.text.startYear(g, d).padded(to: labelWidth) + "  ", Style(.muted))]
            for t in periods {
                guard let c = e.cells.first(where: { $0.group == g && $0.period == t }) else {
                    segs.append((" " + "".padded(to: w), .plain)); continue
                }
                let text = c.att.isFinite ? m.text.value(c.att, d, signed: true) : "–"
                segs.append((" " + text.padded(to: w, alignRight: true), Style(c.isPost ? .text : .muted)))
            }
            out.append(Line(segs))
        }
        return out
    }
}
