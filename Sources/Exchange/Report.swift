import Domain
import Foundation
import Wording

/// The steering group's status report, as Markdown with text charts or as one self-contained HTML file with SVG.
public struct Report {
    public enum Format: String, CaseIterable, Sendable { case md, html }

    struct Section {
        let title: String
        let header: [String]
        let rows: [[String]]
        var chart: ReportChart? = nil
        /// A sentence under the title.
        var note: String? = nil
        /// Event studies after the table (the effects section).
        var studies: [EventStudyFigure] = []
    }

    let title: String
    let subtitle: String
    /// The head of the history the report was made from, so a report on paper pins it.
    let pin: String?
    let language: Language
    let sections: [Section]
    /// "Side", "Page": before the page number at the foot of a printed page.
    let pageWord: String

    public init(state s: NetworkState, programme p: ProgrammeID, asOf day: Day, text w: Catalogue, head: (seq: Int, text: String)? = nil) {
        title = w(.repTitle, s.programmes[p]?.name ?? p)
        subtitle = w(.repAsOf, w.longDate(day))
        pin = head.map { w(.repHead, $0.seq, $0.text) }
        language = w.language
        pageWord = w(.repPage).filter { $0.isLetter }
        func said(_ caption: String, _ bars: [ReportChart.Bar]) -> String {
            caption + ": " + bars.map { "\($0.label) \($0.shown)" }.joined(separator: "; ") + "."
        }
        func counted(_ caption: String, _ pairs: [(String, Int)]) -> ReportChart {
            let bars = pairs.map { ReportChart.Bar(label: $0.0, parts: [Double($0.1)], shown: w.grouped($0.1)) }
            return ReportChart(caption: caption, bars: bars, scale: Double(max(1, pairs.map(\.1).max() ?? 1)), alternative: said(caption, bars))
        }
        var sections: [Section] = []

        let counts = s.participationCounts(p)
        sections.append(Section(title: w(.panelParticipation), header: [w(.colStatus), w(.repCount)],
                                rows: ParticipationStatus.allCases.map { [w.name($0), String(counts[$0] ?? 0)] },
                                chart: counted(w(.repChartParticipation), ParticipationStatus.allCases.map { (w.name($0), counts[$0] ?? 0) })))

        // Kinds × status: one bar per kind, in parts by status, the letters the dashboard uses.
        let kinds = s.interventionKinds.values.filter { $0.programme == p }
        var byKind: [String: [InterventionStatus: Int]] = [:]
        for i in s.interventions.values where i.key.programme == p { byKind[i.key.kind, default: [:]][i.status, default: 0] += 1 }
        let statuses = InterventionStatus.allCases
        let kindBars = kinds.map { k in
            ReportChart.Bar(label: k.name, parts: statuses.map { Double(byKind[k.id]?[$0] ?? 0) },
                            shown: w.grouped(byKind[k.id]?.values.reduce(0, +) ?? 0))
        }
        let kindsCaption = w(.repChartKinds)
        let kindsSaid = kindsCaption + ": " + kinds.map { k in
            k.name + " (" + statuses.compactMap { st in byKind[k.id]?[st].map { "\(w.name(st)) \($0)" } }.joined(separator: ", ") + ")"
        }.joined(separator: "; ") + "."
        sections.append(Section(title: w(.repKindsStatus), header: [w(.colKind)] + statuses.map { w.name($0) },
                                rows: kinds.map { k in [k.name] + statuses.map { String(byKind[k.id]?[$0] ?? 0) } },
                                chart: kinds.isEmpty ? nil : ReportChart(caption: kindsCaption, bars: kindBars,
                                                                         scale: max(1, kindBars.map { $0.parts.reduce(0, +) }.max() ?? 1),
                                                                         legend: statuses.map { (Catalogue.letter($0), w.name($0)) }, alternative: kindsSaid)))

        let stalled = s.stalledInterventions(p, today: day)
        sections.append(Section(title: w(.stalledTitle) + " (\(stalled.count))", header: [w(.colSchool), w(.colKind), w(.colStatus), w(.colUpdated)],
                                rows: stalled.map { [s.schools[$0.key.school]?.name ?? $0.key.school, s.interventionKind(p, $0.key.kind)?.name ?? $0.key.kind,
                                                     w.name($0.status), w.shortDate($0.updated)] }))

        let consultants = s.people.values.filter { $0.role == .consultant }
        let contacts = s.contacts.values.filter { $0.programme == p }
        let followUps = s.followUps.values.filter { $0.programme == p }
        sections.append(Section(title: w(.repContacts), header: [w(.colConsultant), w(.repCount), w(.repLastContact), w(.repOpen), w(.repOverdue)],
                                rows: consultants.map { c in
                                    let mine = contacts.filter { $0.by == c.name }
                                    let schools = Set(s.caseload.filter { $0.key.programme == p && $0.value == c.name }.map(\.key.school))
                                    let open = followUps.filter { schools.contains($0.school) && $0.done == nil }
                                    return [c.fullName, String(mine.count), mine.map(\.date).max().map(w.shortDate) ?? "–",
                                            String(open.count), String(open.filter { $0.isOverdue(on: day) }.count)]
                                },
                                chart: counted(w(.repChartContacts), consultants.map { c in (c.fullName, contacts.filter { $0.by == c.name }.count) })))

        // Held means recorded as held; a past meeting still only booked is counted apart, so it can be caught up.
        let unrecorded = s.unrecordedMeetings(p, today: day).count
        let ratedKinds = s.ratingsByKind(p, upTo: day)
        let ratingBars: [ReportChart.Bar] = ratedKinds.compactMap { row in
            row.average.map { a in ReportChart.Bar(label: w.name(row.kind), parts: [Double(a.tenths) / 10], shown: w.rating(a)) }
        }
        let ratingRows: [[String]] = ratedKinds.map { row in
            [w.name(row.kind), String(row.held), String(row.average?.ratings ?? 0), row.average.map { w.oneDecimal(Double($0.tenths) / 10) + ($0.isFew ? "*" : "") } ?? "–"]
        }
        let meetingNote = [unrecorded > 0 ? w(.unrecordedCount, unrecorded) + "." : nil, ratingBars.isEmpty ? nil : w(.repRatingNote)].compactMap { $0 }
        sections.append(Section(title: w(.repMeetings), header: [w(.colKind), w(.repHeld), w(.repRatings), w(.repRating)],
                                rows: ratingRows,
                                chart: ratingBars.isEmpty ? nil : ReportChart(caption: w(.repChartRatings), bars: ratingBars, scale: 5,
                                                                             alternative: said(w(.repChartRatings), ratingBars)),
                                note: meetingNote.isEmpty ? nil : meetingNote.joined(separator: " ")))

        // Indicators: the programme, its regions and the comparison schools, every mean with its n and * when it
        // rests on fewer than five schools; the chart, how many of the programme's schools met their target. The
        // figures are Domain's (`groupScore`), as the dashboard and `tavle scorecard` show them.
        var indicatorRows: [[String]] = []
        var targetBars: [ReportChart.Bar] = []
        for d in s.indicatorDefinitions(p) {
            let groups = s.scoreGroups(d, schools: s.scorecardSchools(p)).filter { $0.kind != .cluster }
            for g in groups where g.kind == .programme || g.score.measured > 0 {
                let sc = g.score, star = sc.isFew ? "*" : ""
                let latest = sc.meanLatest.map { w.withUnit(w.value($0, d), d) + " (n \(w.grouped(sc.measured))\(star))" } ?? "–"
                let gain = sc.meanGain.map { w.value($0, d, signed: true) + " (n \(w.grouped(sc.withBaseline)))" } ?? "–"
                indicatorRows.append([w.name(d), w.groupName(g, in: s), latest, gain, w.targetCount(sc)])
                if g.kind == .programme, sc.targetKnown > 0 {
                    let share = Double(sc.targetMet) * 100 / Double(sc.targetKnown)
                    targetBars.append(ReportChart.Bar(label: w.name(d), parts: [share],
                                                      shown: w(.repTargetsShown, w.grouped(sc.targetMet), w.grouped(sc.targetKnown), w.oneDecimal(share))))
                }
            }
        }
        sections.append(Section(title: w(.repIndicators), header: [w(.formIndicator), w(.colGroup), w(.colLatest), w(.colImprovement), w(.colTarget)],
                                rows: indicatorRows,
                                chart: targetBars.isEmpty ? nil : ReportChart(caption: w(.repChartTargets), bars: targetBars, scale: 100,
                                                                             alternative: said(w(.repChartTargets), targetBars)),
                                note: indicatorRows.isEmpty ? nil : w(.repIndicatorsNote)))
        if let (effects, studies) = Self.effectSection(s, p, w, head: head) {
            var section = effects
            section.studies = studies
            sections.append(section)
        }
        self.sections = sections
    }

    public func markdown() -> String {
        var out = "# \(md(title))\n\n_\(md(subtitle))_\n"
        for s in sections {
            out += "\n## \(md(s.title))\n\n"
            if let note = s.note { out += "\(md(note))\n\n" }
            if s.rows.isEmpty { out += "–\n"; continue }
            out += "| " + s.header.map(md).joined(separator: " | ") + " |\n"
            out += "|" + s.header.map { _ in "---" }.joined(separator: "|") + "|\n"
            for r in s.rows { out += "| " + r.map(md).joined(separator: " | ") + " |\n" }
            if let chart = s.chart { out += "\n" + chart.markdown(md) }
            for study in s.studies { out += "\n" + study.markdown(md) }
        }
        if let pin { out += "\n---\n\n_\(md(pin))_\n" }
        return out
    }

    /// Text as Markdown shows it, never as markup: the characters Markdown (and the HTML it passes through) acts on
    /// are escaped, line breaks become spaces, and control characters are not written.
    func md(_ s: String) -> String {
        var out = ""
        for c in TextRules.printable(s).replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// The sheet a printed report (`--format pdf`, or the browser's print) is laid out for.
    public enum Paper: String, CaseIterable, Sendable {
        /// 210 × 297 mm, as Denmark prints.
        case a4
        /// US Letter, 8.5 × 11 in.
        case letter
    }

    public func html(paper: Paper = .a4) -> String {
        func esc(_ s: String) -> String {
            TextRules.printable(s).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
        }
        var out = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(esc(title))</title>
        <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
        th{background:#f2f4f7}svg text{font-size:14px;font-family:system-ui,sans-serif}h2{margin-top:2rem}
        figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}figcaption{font-size:.95rem;color:#444}
        svg{max-width:100%;height:auto}h2{break-after:avoid;page-break-after:avoid}tr{break-inside:avoid}
        @page{size:\(paper == .a4 ? "A4" : "letter");margin:16mm 15mm 18mm 15mm;
        @bottom-center{content:"\(pageWord) " counter(page) " / " counter(pages);font:9pt system-ui,sans-serif;color:#555}}
        @media print{body{max-width:none;margin:0}}</style></head>
        <body><h1>\(esc(title))</h1><p><em>\(esc(subtitle))</em></p>

        """
        var n = 1
        for s in sections {
            out += "<section><h2>\(esc(s.title))</h2>\n"
            if let note = s.note { out += "<p>\(esc(note))</p>\n" }
            if s.rows.isEmpty { out += "<p>–</p></section>\n"; continue }
            if let chart = s.chart { out += chart.svg(id: n, esc); n += 1 }
            out += "<table><thead><tr>" + s.header.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            for r in s.rows { out += "<tr>" + r.map { "<td>\(esc($0))</td>" }.joined() + "</tr>\n" }
            out += "</tbody></table>\n"
            for study in s.studies { out += study.svg(id: n, esc); n += 1 }
            out += "</section>\n"
        }
        if let pin { out += "<footer><p><small>\(esc(pin))</small></p></footer>\n" }
        return out + "</body></html>\n"
    }
}
