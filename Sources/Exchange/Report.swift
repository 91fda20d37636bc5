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
        /// A bar per row: label and value, for the chart.
        let chart: [(String, Int)]
        /// A sentence under the title.
        var note: String? = nil
    }

    let title: String
    let subtitle: String
    let sections: [Section]

    public init(state s: NetworkState, programme p: ProgrammeID, asOf day: Day, text w: Catalogue) {
        title = w(.repTitle, s.programmes[p]?.name ?? p)
        subtitle = w(.repAsOf, w.longDate(day))
        var sections: [Section] = []

        let counts = s.participationCounts(p)
        sections.append(Section(title: w(.panelParticipation), header: [w(.colStatus), w(.repCount)],
                                rows: ParticipationStatus.allCases.map { [w.name($0), String(counts[$0] ?? 0)] },
                                chart: ParticipationStatus.allCases.map { (w.name($0), counts[$0] ?? 0) }))

        let kinds = s.interventionKinds.values.filter { $0.programme == p }
        var byKind: [String: [InterventionStatus: Int]] = [:]
        for i in s.interventions.values where i.key.programme == p { byKind[i.key.kind, default: [:]][i.status, default: 0] += 1 }
        sections.append(Section(title: w(.repKindsStatus), header: [w(.colKind)] + InterventionStatus.allCases.map { w.name($0) },
                                rows: kinds.map { k in [k.name] + InterventionStatus.allCases.map { String(byKind[k.id]?[$0] ?? 0) } },
                                chart: kinds.map { k in (k.name, byKind[k.id]?.values.reduce(0, +) ?? 0) }))

        let stalled = s.stalledInterventions(p, today: day)
        sections.append(Section(title: w(.stalledTitle) + " (\(stalled.count))", header: [w(.colSchool), w(.colKind), w(.colStatus), w(.colUpdated)],
                                rows: stalled.map { [s.schools[$0.key.school]?.name ?? $0.key.school, s.interventionKind(p, $0.key.kind)?.name ?? $0.key.kind,
                                                     w.name($0.status), w.shortDate($0.updated)] },
                                chart: []))

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
                                chart: consultants.map { c in (c.name, contacts.filter { $0.by == c.name }.count) }))

        // Held means recorded as held; a past meeting still only booked is counted apart, so it can be caught up.
        let held = s.meetings.values.filter { $0.programme == p && $0.status == .held && $0.day <= day }
        let unrecorded = s.unrecordedMeetings(p, today: day).count
        let ratings = Dictionary(grouping: s.feedback.values, by: \.meeting)
        sections.append(Section(title: w(.repMeetings), header: [w(.colKind), w(.repHeld), w(.repRatings), w(.repRating)],
                                rows: MeetingKind.allCases.compactMap { k in
                                    let ms = held.filter { $0.kind == k }
                                    guard !ms.isEmpty else { return nil }
                                    let rs = ms.flatMap { ratings[$0.id] ?? [] }.map(\.rating)
                                    return [w.name(k), String(ms.count), String(rs.count), rs.isEmpty ? "–" : w.percent(rs.reduce(0, +) * 100 / rs.count)]
                                },
                                chart: MeetingKind.allCases.compactMap { k in
                                    let rs = held.filter { $0.kind == k }.flatMap { ratings[$0.id] ?? [] }.map(\.rating)
                                    return rs.isEmpty ? nil : (w.name(k), rs.reduce(0, +) * 20 / rs.count)
                                }, note: unrecorded > 0 ? w(.unrecordedCount, unrecorded) + "." : nil))

        let values = s.evaluations.values.filter { $0.programme == p && $0.date <= day }
        var evalRows: [[String]] = []
        var evalChart: [(String, Int)] = []
        for region in Region.all {
            for indicator in Indicator.allCases {
                let vs = values.filter { $0.indicator == indicator && s.schools[$0.school].flatMap { Municipality.byCode[$0.municipality]?.regionCode } == region.code }
                guard !vs.isEmpty else { continue }
                func avg(_ pt: MeasuringPoint) -> Int? {
                    let x = vs.filter { $0.point == pt }.map(\.hundredths)
                    return x.isEmpty ? nil : x.reduce(0, +) / x.count
                }
                let cells = MeasuringPoint.allCases.map { avg($0).map { w.percent($0) + " %" } ?? "–" }
                evalRows.append([region.name, indicator.rawValue] + cells)
                if let latest = avg(.final) ?? avg(.midway) ?? avg(.baseline) {
                    evalChart.append(("\(region.name.replacingOccurrences(of: "Region ", with: "")) · \(indicator.rawValue)", latest / 100))
                }
            }
        }
        sections.append(Section(title: w(.repEvaluation), header: [w(.detailRegion), w(.formIndicator)] + MeasuringPoint.allCases.map(\.rawValue),
                                rows: evalRows, chart: evalChart))
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
            if !s.chart.isEmpty {
                let most = max(1, s.chart.map(\.1).max() ?? 1)
                let width = s.chart.map { $0.0.count }.max() ?? 0
                out += "\n```\n"
                for (label, v) in s.chart {
                    // Inside the code block nothing is markup, but a label may not close it.
                    let label = TextRules.printable(label, multiline: false).replacingOccurrences(of: "`", with: "'")
                    out += label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Charts.bar(v, of: most, width: 40) + " \(v)\n"
                }
                out += "```\n"
            }
        }
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

    public func html() -> String {
        func esc(_ s: String) -> String {
            TextRules.printable(s).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
        }
        var out = """
        <!DOCTYPE html>
        <html lang="da"><head><meta charset="utf-8"><title>\(esc(title))</title>
        <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}
        table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
        th{background:#f2f4f7}svg text{font-size:12px;font-family:system-ui,sans-serif}h2{margin-top:2rem}</style></head>
        <body><h1>\(esc(title))</h1><p><em>\(esc(subtitle))</em></p>

        """
        for s in sections {
            out += "<section><h2>\(esc(s.title))</h2>\n"
            if let note = s.note { out += "<p>\(esc(note))</p>\n" }
            if s.rows.isEmpty { out += "<p>–</p></section>\n"; continue }
            if !s.chart.isEmpty {
                let most = max(1, s.chart.map(\.1).max() ?? 1)
                let h = s.chart.count * 22 + 4
                out += "<svg role=\"img\" width=\"640\" height=\"\(h)\" viewBox=\"0 0 640 \(h)\">"
                for (i, (label, v)) in s.chart.enumerated() {
                    let y = i * 22 + 2
                    let w = v * 360 / most
                    out += "<text x=\"0\" y=\"\(y + 14)\">\(esc(label))</text>"
                    out += "<rect x=\"240\" y=\"\(y + 2)\" width=\"\(w)\" height=\"16\" fill=\"#2b7bb9\"/>"
                    out += "<text x=\"\(246 + w)\" y=\"\(y + 14)\">\(v)</text>"
                }
                out += "</svg>\n"
            }
            out += "<table><thead><tr>" + s.header.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            for r in s.rows { out += "<tr>" + r.map { "<td>\(esc($0))</td>" }.joined() + "</tr>\n" }
            out += "</tbody></table></section>\n"
        }
        return out + "</body></html>\n"
    }
}
