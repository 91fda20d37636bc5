import Domain
import Wording

/// A school's full page: facts, interventions, contacts, follow-ups, meetings, evaluation and history.
enum SchoolPage {
    /// The keys the status bar offers on a page: they act on its school.
    static let hints: [Action] = [.back, .recordContact, .interventionStatus, .followUpDone, .moveSchool]

    static func lines(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageFacts)] + SchoolText.facts(m, inst, width: width - 2).map { Line([("  ", .plain)] + $0.segments) }
        lines += [.blank] + SchoolText.interventions(m, inst, width: width)
        lines += [.blank] + contacts(m, inst, width: width) + [.blank] + followUps(m, inst, width: width) + [.blank] + evaluation(m, inst, width: width)
        lines += [.blank] + SchoolText.meetings(m, inst, upcomingOnly: false, width: width)
        lines += [.blank, SchoolText.heading(m, .pageHistory)]
        if m.link.historyReading { return lines + [Line("  " + m.text(.historyReading), Style(.muted))] }
        let clusters = Set(m.state.clusterOf.filter { $0.key.school == inst }.map(\.value))
        let records = m.events.indices.reversed().filter { m.events[$0].event.names(school: inst) || m.events[$0].event.concerns(clusters: clusters) }
        // Who wrote each record, as wide as the widest name shown (at least ten columns, at most a fifth of the line).
        let who = min(max(10, width / 5), max(10, records.lazy.map { m.shortName(m.events[$0].actor).displayWidth }.max() ?? 0))
        // One write's values (an import, a year's figures) make one line, not one per period and indicator.
        var run: (first: Recorded, periods: [Period], indicators: Set<String>)?
        func line(_ r: Recorded, _ text: String) -> Line {
            let local = Copenhagen.local(r.at)
            return Line([
                ("  " + m.text.shortDate(local.day).padded(to: 10) + " " + m.text.time(local.minutes).padded(to: 5, alignRight: true) + "  ", Style(.muted)),
                (m.shortName(r.actor).padded(to: who) + " ", Style(.accent)),
                (text, .plain),
            ])
        }
        func flush() {
            guard let (r, periods, indicators) = run else { return }
            run = nil
            guard case .measurementRecorded(let first) = r.event, periods.count > 1 else {
                lines.append(line(r, m.text.sentence(r.event, in: m.state, history: m.events))); return
            }
            let sorted = periods.sorted(), from = m.text.period(sorted.first!), to = m.text.period(sorted.last!)
            lines.append(line(r, indicators.count == 1
                ? m.text(.pageMeasurementsLine, periods.count, m.text.indicatorName(first.programme, first.indicator, in: m.state), from, to)
                : m.text(.pageMeasurementsMany, periods.count, indicators.count, from, to)))
        }
        for r in records.lazy.map({ m.events[$0] }) {
            if case .measurementRecorded(let v) = r.event, let (first, periods, indicators) = run, first.at == r.at {
                run = (first, periods + [v.period], indicators.union([v.indicator]))
                continue
            }
            flush()
            if case .measurementRecorded(let v) = r.event { run = (r, [v.period], [v.indicator]); continue }
            lines.append(line(r, m.text.sentence(r.event, in: m.state, history: m.events)))
        }
        flush()
        return lines
    }

    static func contacts(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageContacts)]
        let list = m.state.contacts.values.filter { $0.school == inst && $0.programme == m.programme }.sorted { $0.date > $1.date }
        if list.isEmpty { lines.append(Line("  " + m.text(.pageNotYet), Style(.muted))) }
        // The form column as wide as the widest form shown, so the summary has the rest of the line.
        let formWidth = list.map { m.text.name($0.form).displayWidth }.max() ?? 0
        // And who recorded it as wide as the widest name (at least ten columns, at most 24).
        let byWidth = min(24, max(10, list.map { m.shortName($0.by).displayWidth }.max() ?? 0))
        // A summary longer than the line goes on under itself, at its own column, never cut (unless that column leaves
        // it fewer than twenty); where its column is narrow (under forty, as at 80 columns), the lines after the first
        // go on under the form instead, so a summary takes two lines rather than five.
        let indent = 2 + 10 + 1 + formWidth + 1 + byWidth + 1
        let under = width - indent >= 40 ? indent : 13
        for c in list {
            let head: [(String, Style)] = [("  " + m.text.shortDate(c.date).padded(to: 10) + " ", .plain), (m.text.name(c.form).padded(to: formWidth) + " ", Style(.header)),
                                           (m.shortName(c.by).padded(to: byWidth) + " ", Style(.accent))]
            let who = c.participants.isEmpty ? "" : " (" + c.participants.joined(separator: ", ") + ")"
            guard width - indent >= 20, (c.summary + who).displayWidth > width - indent else {
                lines.append(Line(head + [(c.summary, .plain), (who, Style(.muted))]))
                continue
            }
            // Who took part after the summary's last line where they fit, else on lines of their own, muted.
            let room = width - under
            var body = c.summary.wrapped(to: room, first: width - indent).map { [($0, Style.plain)] }
            if !who.isEmpty, let last = body.last?.first?.0 {
                let left = (body.count == 1 ? width - indent : room) - last.displayWidth
                if who.displayWidth <= left { body[body.count - 1].append((who, Style(.muted))) } else {
                    body += String(who.dropFirst()).wrapped(to: room).map { [($0, Style(.muted))] }
                }
            }
            for (n, part) in body.enumerated() { lines.append(Line((n == 0 ? head : [(String(repeating: " ", count: under), .plain)]) + part)) }
        }
        return lines
    }

    static func followUps(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageFollowUps)]
        let list = m.state.followUps.values.filter { $0.school == inst && $0.programme == m.programme }.sorted { a, b in a.done == nil && b.done != nil || (a.done == nil) == (b.done == nil) && a.due < b.due }
        if list.isEmpty { lines.append(Line("  " + m.text(.pageNotYet), Style(.muted))) }
        for f in list {
            let overdue = f.isOverdue(on: m.today)
            let mark: (String, Style)
            if f.done != nil { mark = ("✓ ", Style(.ok, .bold)) } else if overdue { mark = ("! ", Style(.error, .bold)) } else { mark = ("○ ", Style(.accent)) }
            let due: (String, Style) = (m.text.shortDate(f.due).padded(to: 10) + " ", overdue ? Style(.error, .bold) : .plain)
            let why: String = f.reason.map { " (" + $0 + ")" } ?? ""
            // What is to be done, then who and why, muted: longer than the line, each goes on under the text at its
            // column (fifteen in), not cut at the page's edge.
            let under = 15, room = max(20, width - under), tail = " – " + m.doer(f.who) + why
            var body = f.what.wrapped(to: room).map { [($0, Style.plain)] }
            if let last = body.last?.first?.0, tail.displayWidth <= room - last.displayWidth { body[body.count - 1].append((tail, Style(.muted))) } else {
                body += String(tail.dropFirst()).wrapped(to: room).map { [($0, Style(.muted))] }
            }
            for (n, part) in body.enumerated() { lines.append(Line((n == 0 ? [("  ", .plain), mark, due] : [(String(repeating: " ", count: under), .plain)]) + part)) }
        }
        return lines
    }

    /// Each indicator's series as a small bar chart, its baseline, latest value, improvement and target, and the
    /// band of the school's own year-to-year variation before the programme, with whether the latest change lies in it.
    static func evaluation(_ m: Model, _ inst: String, width: Int) -> [Line] {
        var lines = [SchoolText.heading(m, .pageIndicators)]
        guard let p = m.programme else { return lines }
        let measured = m.state.indicatorDefinitions(p).map { ($0, m.state.series($0, school: inst)) }.filter { !$0.1.isEmpty }
        if measured.isEmpty { lines.append(Line("  " + m.text(.pageNotYet), Style(.muted))) }
        for (d, series) in measured {
            lines.append(Line([("  " + m.text.name(d), Style(.header)), (" · " + m.text.name(d.unit) + ", " + m.text.name(d.better), Style(.muted))],
                              heading: 2))
            let span = max(1, (d.maximum - d.minimum).units)
            for point in series {
                let barWidth = max(8, min(30, width - 50))
                let bar = Charts.bar((point.value - d.minimum).units / 100, of: span / 100, width: barWidth)
                var notes: [String] = []
                if d.baseline.contains(point.period) { notes.append(m.text(.pageBaselineMark)) }
                if point.corrections > 0 { notes.append(m.text(.pageCorrected, point.corrections)) }
                if let n = point.pupils { notes.append(m.text(.pupilsCount, m.text.grouped(n))) }
                lines.append(Line([("    " + m.text.period(point.period).padded(to: 11) + " ", Style(.muted)),
                                   (m.text.shown(point.value, d).padded(to: 10, alignRight: true) + " ", Style(.text, .bold)),
                                   (bar.padded(to: barWidth), Style(d.baseline.contains(point.period) ? .muted : .accent)),
                                   (notes.isEmpty ? "" : "  " + notes.joined(separator: " · "), Style(.muted))]))
            }
            let c = m.state.scoreCell(d, school: inst)
            let summary = m.text(.pageIndicatorSummary, m.text.baseline(c, d, unit: true), m.text.latest(c, d),
                                 c.latest.map { m.text.period($0.period) } ?? "–", m.text.improvement(c, d), m.text.targetMark(c.targetMet))
            lines += summary.wrapped(to: max(20, width - 4)).map { Line("    " + $0, Style(.text)) }
            let said: String
            if let b = c.band {
                let low = m.text.value(b.low, d, signed: true), high = m.text.value(b.high, d, signed: true)
                if let latest = b.latestChange, let inside = b.inside {
                    said = m.text(.pageBand, low, high, b.changes, m.text.value(latest, d, signed: true), m.text(inside ? .pageBandInside : .pageBandOutside))
                } else {
                    said = m.text(.pageBandNoLatest, low, high, b.changes)
                }
            } else {
                said = m.text(.pageBandNone)
            }
            lines += said.wrapped(to: max(20, width - 4)).map { Line("    " + $0, Style(.muted)) }
        }
        return lines
    }

    /// Scrolled past a section's heading (and a part's, such as an indicator's), the section and part the top line
    /// is in, for the title: «Indikatorer · Karaktergennemsnit, 9. klasse».
    static func whereTop(_ lines: [Line], _ offset: Int) -> [String] {
        guard offset > 0, lines.indices.contains(offset) else { return [] }
        guard lines[offset].headingLevel != 1, let s = lines[..<offset].lastIndex(where: { $0.headingLevel == 1 }) else { return [] }
        let part = lines[offset].headingLevel == 2 ? nil : lines[(s + 1)..<offset].last { $0.headingLevel == 2 }
        return [lines[s].headingText] + (part.map { [$0.headingText] } ?? [])
    }

    static func draw(_ m: Model, _ inst: String, in r: Rect, into g: inout Grid) {
        let name = m.state.schools[inst]?.name ?? inst
        let inner = r.inset(1)
        let key = SchoolPageCache.Key(m, inst, width: inner.width - 2)
        let all = m.page?.cache.flatMap { $0.key == key ? $0.lines : nil } ?? lines(m, inst, width: inner.width - 2)
        let offset = min((m.page?.scroll ?? 0), max(0, all.count - inner.height))
        g.box(r, title: ([name, inst] + whereTop(all, offset)).joined(separator: " · "), style: Style(.accent))
        g.draw(all, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), offset: offset)
        ScrollBar.draw(x: r.maxX - 1, y: inner.y, height: inner.height, offset: offset, total: all.count, &g)
    }
}

/// A school's page as last worked out, and what from: the network as of which record, the history's length and
/// whether it is still being read, the width, the language, the programme and the day.
struct SchoolPageCache: Sendable {
    struct Key: Equatable, Sendable {
        let school: String, seq: Int, events: Int, reading: Bool, width: Int, language: Language, programme: ProgrammeID?, today: Day

        /// The page's text is as wide as the screen less its box and margins (see `SchoolPage.draw`).
        init(_ m: Model, _ school: String, width: Int) {
            self.school = school; seq = m.state.lastSeq; events = m.events.count; reading = m.link.historyReading; self.width = width
            language = m.text.language; programme = m.programme; today = m.today
        }
    }

    let key: Key
    let lines: [Line]
}

extension Model {
    /// Works the open school page out again if what it shows changed; called after every message.
    mutating func refreshPage() {
        guard let school = page?.school, !tooSmall else { return }
        let width = width - 4
        let key = SchoolPageCache.Key(self, school, width: width)
        guard page?.cache?.key != key else { return }
        let lines = SchoolPage.lines(self, school, width: width)
        page?.cache = SchoolPageCache(key: key, lines: lines)
    }
}
