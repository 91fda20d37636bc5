import Domain
import Effects
import Wording

/// Effekt: for each intervention kind (a heading) and indicator (a row), the difference in development of the
/// schools that started it against schools without it, its 95 % interval, how it reads in the indicator's direction
/// (in words, never by colour alone), and its n. `w` and `B` change the comparison and the base year; `Enter` opens
/// the event study, the ATT(g,t) table, the warnings and the method.
enum EffectsView {
    enum Column { case indicator, figure, reading, n, preTest, warnings }

    static func title(_ m: Model) -> String {
        m.text(.effectsTitle, m.text(m.effects.comparison == .never ? .effectsVsNever : .effectsVsNotYet),
               m.text(m.effects.base == .varying ? .effectBaseVarying : .effectBaseUniversal))
    }

    static func draw(_ m: Model, in r: Rect, into g: inout Grid) {
        guard m.programme != nil else { return }
        guard let cells = m.effectCells else {
            g.box(r, title: title(m), style: Style(.accent))
            g.put(m.text(.effectsComputing), x: r.x + 2, y: r.y + 1, style: Style(.muted), limit: r.width - 4)
            return
        }
        if m.effects.detail, cells.indices.contains(m.effects.cursor.selected) {
            EffectDetail.draw(m, cells[m.effects.cursor.selected], in: r, into: &g)
            return
        }
        g.box(r, title: title(m), style: Style(.accent))
        let inner = r.inset(1)
        guard !cells.isEmpty else {
            for (i, line) in m.text(.effectsNone).wrapped(to: inner.width - 2).enumerated() where i < inner.height {
                g.put(line, x: inner.x + 1, y: inner.y + i, style: Style(.muted))
            }
            return
        }
        let notes = noteLines(m, cells, width: inner.width - 2)
        let listHeight = inner.height - 1 - notes.count - 1
        let cols = columns(m, cells, width: inner.width - 4)
        let lines = rows(cells)
        let scroll = firstLine(m, lines, height: listHeight)
        var x = inner.x + 3
        for (c, w) in cols {
            g.put(heading(m, c).padded(to: w), x: x, y: inner.y, style: Style(.header, .bold))
            x += w + 2
        }
        // Scrolled into a kind's indicators, its heading above them is out of sight: the kind stands in the
        // indicators' column heading instead, where kinds' headings begin.
        if case .cell(let k)? = lines.dropFirst(scroll).first, let first = cols.first, first.0 == .indicator {
            g.put(cells[k].kind.name.truncated(to: first.1 + 2).padded(to: first.1 + 2), x: inner.x + 1, y: inner.y, style: Style(.title, .bold))
        }
        for (i, line) in lines.dropFirst(scroll).prefix(listHeight).enumerated() {
            let y = inner.y + 1 + i
            switch line {
            case .kind(let name):
                let x = inner.x + 1 + g.put(name, x: inner.x + 1, y: y, style: Style(.title, .bold), limit: inner.width - 2)
                // Narrow, the n stands on the kind's line: its schools with and without, a range where its indicators differ.
                if !cols.contains(where: { $0.0 == .n }), let n = kindN(m, cells, kind: name) {
                    g.put("  " + n, x: x, y: y, style: Style(.muted), limit: inner.maxX - 1 - x)
                }
            case .cell(let k):
                let c = cells[k], selected = k == m.effects.cursor.selected
                var x = inner.x + 3
                for (col, w) in cols {
                    let (text, style) = cell(m, c, col)
                    g.put(text.padded(to: w, alignRight: col == .n), x: x, y: y, style: selected ? Style(.selection) : style, limit: w)
                    x += w + 2
                }
                if selected { g.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: Style(.selection)) }
            }
        }
        if lines.count > listHeight {
            ScrollBar.draw(x: r.maxX - 1, y: inner.y + 1, height: listHeight, offset: scroll, total: lines.count, &g)
        }
        for (i, line) in notes.enumerated() { g.put(line, x: inner.x + 1, y: inner.maxY - notes.count + i, style: Style(.muted)) }
    }

    enum Row: Equatable { case kind(String), cell(Int) }

    /// "16 med / 1.104 uden" for a kind's cells, or "16–18 med / 1.102–1.104 uden" where its indicators differ.
    static func kindN(_ m: Model, _ cells: [EffectCell], kind name: String) -> String? {
        let mine = cells.filter { $0.kind.name == name }.compactMap(\.estimate)
        guard !mine.isEmpty else { return nil }
        func span(_ xs: [Int]) -> String {
            let (lo, hi) = (xs.min()!, xs.max()!)
            return lo == hi ? m.text.grouped(lo) : m.text.grouped(lo) + "–" + m.text.grouped(hi)
        }
        return m.text(.effectN, span(mine.map(\.treated)), span(mine.map(\.comparison)))
    }

    /// A heading for each kind, then its indicators.
    static func rows(_ cells: [EffectCell]) -> [Row] {
        var out: [Row] = []
        for (i, c) in cells.enumerated() {
            if i == 0 || cells[i - 1].kind.id != c.kind.id { out.append(.kind(c.kind.name)) }
            out.append(.cell(i))
        }
        return out
    }

    /// The first line shown: the selected cell on screen, with its kind's heading when there is room.
    static func firstLine(_ m: Model, _ lines: [Row], height: Int) -> Int {
        guard let at = lines.firstIndex(of: .cell(m.effects.cursor.selected)) else { return 0 }
        let top = max(0, min(m.effects.cursor.scroll, lines.count - height))
        if at - 1 < top { return max(0, at - 1) }
        if at >= top + height { return at - height + 1 }
        return top
    }

    static func heading(_ m: Model, _ c: Column) -> String {
        switch c {
        case .indicator: return m.text(.colIndicator)
        case .figure: return m.text(.colDifference)
        case .reading: return m.text(.colReading)
        case .n: return m.text(.colSchoolsWithWithout)
        case .preTest: return m.text(.effectsPreTest)
        case .warnings: return ""
        }
    }

    static func cell(_ m: Model, _ c: EffectCell, _ col: Column) -> (String, Style) {
        guard let e = c.estimate else {
            return col == .figure ? (m.text.effectMissing(c), Style(.muted)) : ("", .plain)
        }
        switch col {
        case .indicator: return (m.text.name(c.indicator), .plain)
        case .figure: return (m.text.effectFigure(e.overall, c.indicator), Style(.text, .bold))
        case .reading:
            let role: Role = c.verdict == .better ? .ok : c.verdict == .worse ? .warning : .muted
            return (m.text.verdict(c.verdict), Style(role, .bold))
        case .n: return (m.text.effectN(e), Style(.muted))
        case .preTest: return (e.preTest.map { "p " + m.text.pValue($0.pValue) } ?? "–", Style(e.preTest?.rejects == true ? .warning : .muted))
        case .warnings:
            let n = e.warnings.count + c.panel.alsoStarted.count
            return (n == 0 ? "" : n == 1 ? m.text(.effectsOneWarning) : m.text(.effectsWarnings, n), Style(.warning))
        }
    }

    /// The columns that fit, each as wide as its widest text; the least important drop first.
    static func columns(_ m: Model, _ cells: [EffectCell], width: Int) -> [(Column, Int)] {
        let order: [Column] = [.indicator, .figure, .reading, .n, .warnings, .preTest]
        let widths = order.map { col in
            max(heading(m, col).displayWidth, cells.map { cell(m, $0, col).0.displayWidth }.max() ?? 0)
        }
        var shown = Array(zip(order, widths))
        while shown.count > 3, shown.reduce(0, { $0 + $1.1 + 2 }) - 2 > width { shown.removeLast() }
        // The indicator's name gives way when even three do not fit.
        let over = shown.reduce(0) { $0 + $1.1 + 2 } - 2 - width
        if over > 0 { shown[0].1 = max(12, shown[0].1 - over) }
        return shown
    }

    static func noteLines(_ m: Model, _ cells: [EffectCell], width: Int) -> [String] {
        let o = cells.first?.estimate?.options ?? EstimateOptions(repetitions: EffectsState.repetitions)
        return (m.text(.effectMultiple, m.text.grouped(cells.count)) + ". " + m.text.effectOptions(o) + ".")
            .wrapped(to: max(20, width))
    }

    static func listRows(_ m: Model) -> Int {
        guard let cells = m.effectCells else { return 1 }
        return max(1, m.listHeight - noteLines(m, cells, width: m.width - 4).count - 1)
    }
}

extension EffectsView: ScreenType {
    static let title: UIText = .tabEffects
    static let keyHelp: UIText = .keyEffects
    static let hints: [Action] = [.open, .toggleComparison, .toggleBase]
    /// In an estimate's details, the way back first; Enter there opens nothing, nor anywhere when the programme has
    /// nothing to estimate, where the comparison and base year have nothing to change either.
    static func hints(_ m: Model) -> [Action] {
        if m.effects.detail { return [.back, .toggleComparison, .toggleBase] }
        return m.effectCells?.isEmpty == true ? [] : hints
    }

    static func count(_ m: Model) -> Int { m.effectCells?.count ?? 0 }
    static func move(_ m: inout Model, by delta: Int) {
        if m.effects.detail, let cells = m.effectCells, cells.indices.contains(m.effects.cursor.selected) {
            // The body less its frame: what the details show at once; they scroll no further than their end.
            let total = EffectDetail.lines(m, cells[m.effects.cursor.selected], width: m.width - 4).count
            let most = max(0, total - (m.height - 4))
            m.effects.scroll = min(most, max(0, m.effects.scroll.addingReportingOverflow(delta).overflow ? most : m.effects.scroll + delta))
            return
        }
        m.effects.cursor.move(by: delta, count: count(m), height: listRows(m))
    }
    static func keepVisible(_ m: inout Model) {
        let n = count(m)
        if m.effects.cursor.selected >= n { m.effects.cursor = Cursor() }
        if n == 0 { m.effects.detail = false }
    }
    static func open(_ m: inout Model) {
        guard count(m) > 0 else { return }
        m.effects.detail = true; m.effects.scroll = 0
    }
    /// Row 0 is the table's heading; kinds' headings take rows too.
    static func click(_ m: inout Model, row: Int, x: Int) {
        guard let cells = m.effectCells, !m.effects.detail else { return }
        let lines = rows(cells)
        let i = firstLine(m, lines, height: listRows(m)) + row - 1
        if lines.indices.contains(i), case .cell(let k) = lines[i] { m.effects.cursor.selected = k }
    }

    static func perform(_ a: Action, _ m: inout Model) -> Bool {
        switch a {
        case .toggleComparison: m.effects.comparison = m.effects.comparison == .never ? .notYet : .never
        case .toggleBase: m.effects.base = m.effects.base == .varying ? .universal : .varying
        case .back where m.effects.detail && m.page == nil: m.effects.detail = false
        case .open where m.page == nil: open(&m)
        default: return false
        }
        return true
    }
}
