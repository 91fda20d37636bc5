import CSV
import Domain
import Foundation
import Wording

/// Tables that leave Tavle: for Danish Excel (BOM, `;`, CRLF, dd-mm-yyyy, decimal comma), for other
/// tools (plain RFC 4180 with ISO dates), or as JSON with stable English keys.
public enum Export {
    public enum Table: String, CaseIterable, Sendable { case programmes, schools, interventions, contacts, meetings, evaluations, measurements, people, clusters }

    enum Value {
        case text(String)
        /// A fixed value or a reference: its code or id in JSON, its word or name in CSV.
        case coded(String, String)
        case codedList([String], [String])
        case date(Day)
        case time(Int)
        /// Hundredths: a decimal with the language's mark in Danish Excel, a number in JSON.
        case decimal(Int)
        case number(Int)
        /// An indicator's value with its decimals: the language's mark in Danish Excel, a point elsewhere, a number in JSON.
        case fixed(Fixed, decimals: Int)
        case list([String])
        case none
    }

    struct Column {
        let key: String
        let title: SharedText
    }

    static func columns(_ t: Table) -> [Column] {
        switch t {
        case .schools:
            return [Column(key: "institution", title: .colInstitution), Column(key: "name", title: .colName),
                    Column(key: "municipality", title: .colMunicipality), Column(key: "region", title: .colRegion),
                    Column(key: "kind", title: .colSchoolKind), Column(key: "participation", title: .colParticipation),
                    Column(key: "consultant", title: .colConsultant), Column(key: "cluster", title: .colCluster), Column(key: "track", title: .colTrack)]
        case .interventions:
            return [Column(key: "institution", title: .colInstitution), Column(key: "school", title: .colSchool),
                    Column(key: "kind", title: .colKind), Column(key: "status", title: .colStatus),
                    Column(key: "updated", title: .colUpdated), Column(key: "reason", title: .colReason)]
        case .contacts:
            return [Column(key: "id", title: .colID), Column(key: "institution", title: .colInstitution), Column(key: "school", title: .colSchool),
                    Column(key: "date", title: .colDate), Column(key: "form", title: .colForm), Column(key: "participants", title: .colParticipants),
                    Column(key: "summary", title: .colSummary), Column(key: "consultant", title: .colConsultant)]
        case .meetings:
            return [Column(key: "id", title: .colID), Column(key: "kind", title: .colKind), Column(key: "title", title: .colTitle),
                    Column(key: "date", title: .colDate), Column(key: "start", title: .colStart), Column(key: "end", title: .colEnd),
                    Column(key: "clusters", title: .colCluster), Column(key: "schools", title: .colSchool),
                    Column(key: "consultants", title: .colConsultant), Column(key: "location", title: .colWhere), Column(key: "status", title: .colStatus)]
        case .programmes:
            return [Column(key: "id", title: .colID), Column(key: "name", title: .colName), Column(key: "from", title: .colFrom),
                    Column(key: "to", title: .colTo), Column(key: "tracks", title: .colTracks), Column(key: "kinds", title: .colKinds)]
        case .evaluations:
            return [Column(key: "institution", title: .colInstitution), Column(key: "school", title: .colSchool),
                    Column(key: "indicator", title: .colIndicator), Column(key: "point", title: .colPoint),
                    Column(key: "value", title: .colValuePercent), Column(key: "date", title: .colDate)]
        case .measurements:
            return [Column(key: "institution", title: .colInstitution), Column(key: "school", title: .colSchool),
                    Column(key: "indicator", title: .colIndicator), Column(key: "period", title: .colPeriod),
                    Column(key: "value", title: .colValue), Column(key: "pupils", title: .colPupils),
                    Column(key: "group", title: .colGroup), Column(key: "source", title: .colSource)]
        // People and clusters with the columns `import consultants` and `import clusters` read, so a network moves whole.
        case .people:
            return [Column(key: "name", title: .colInitials), Column(key: "fullName", title: .colFullName),
                    Column(key: "role", title: .colRole), Column(key: "base", title: .colBase)]
        case .clusters:
            return [Column(key: "id", title: .colID), Column(key: "name", title: .colName), Column(key: "track", title: .colTrack)]
        }
    }

    static func rows(_ t: Table, _ s: NetworkState, _ p: ProgrammeID, _ w: Catalogue) -> [[Value]] {
        switch t {
        case .schools:
            return s.schoolRows(p).map { r in
                [.text(r.institution), .text(r.name), .text(r.municipality), .text(r.region), .coded(r.kind.code, w.name(r.kind)),
                 .coded(r.participation.rawValue, w.name(r.participation)), r.consultant.map(Value.text) ?? .none,
                 r.clusterID.map { .coded($0, r.cluster ?? $0) } ?? .none,
                 s.participation[Enrolment(p, r.institution)]?.track.map(Value.text) ?? .none]
            }
        case .interventions:
            return s.interventions.values.filter { $0.key.programme == p }.map { i in
                [.text(i.key.school), .text(s.schools[i.key.school]?.name ?? ""), .coded(i.key.kind, s.interventionKind(p, i.key.kind)?.name ?? i.key.kind),
                 .coded(i.status.rawValue, w.name(i.status)), .date(i.updated), i.reason.map(Value.text) ?? .none]
            }
        case .contacts:
            return s.contacts.values.filter { $0.programme == p }.map { c in
                [.text(c.id), .text(c.school), .text(s.schools[c.school]?.name ?? ""), .date(c.date), .coded(c.form.rawValue, w.name(c.form)),
                 .list(c.participants), .text(c.summary), .text(c.by)]
            }
        case .meetings:
            return s.meetings.values.filter { $0.programme == p }.map { m in
                [.text(m.id), .coded(m.kind.rawValue, w.name(m.kind)), .coded(m.title, w.title(m).firstUppercased), .date(m.day), .time(m.start), .time(m.end),
                 .codedList(m.clusters, m.clusters.map { s.clusters[$0]?.name ?? $0 }),
                 .codedList(m.schools, m.schools.map { inst in s.schools[inst].map { "\($0.name) (\(inst))" } ?? inst }), .list(m.consultants), .coded(m.location, w.location(m)),
                 .coded(m.status.rawValue, w.name(m.status))]
            }
        case .programmes:
            // Every programme, with its tracks and kinds as ID=Name, as `import programmes` reads them.
            return s.programmes.values.map { g in
                [.text(g.id), .text(g.name), .date(g.start), .date(g.end), .list(g.tracks.map { "\($0.id)=\($0.name)" }),
                 .list(s.interventionKinds.values.filter { $0.programme == g.id }.map { "\($0.id)=\($0.name)" })]
            }
        case .evaluations:
            return s.evaluations.values.filter { $0.programme == p }.sorted { ($0.school, $0.indicator.rawValue, $0.date) < ($1.school, $1.indicator.rawValue, $1.date) }.map { e in
                [.text(e.school), .text(s.schools[e.school]?.name ?? ""), .coded(e.indicator.rawValue, w.name(e.indicator)),
                 e.point.map { .coded($0.rawValue, w.name($0)) } ?? .none, .decimal(e.hundredths), .date(e.date)]
            }
        case .measurements:
            // Every value of every indicator of the programme, its comparison schools' too, by indicator, school and period.
            return s.indicatorDefinitions(p).flatMap { d in
                let series = s.seriesLookup(d)
                return s.measuredSchools(d).sorted().flatMap { school in
                    series(school).map { v -> [Value] in
                        [.text(school), .text(s.schools[school]?.name ?? ""), .coded(d.id, w.name(d)), .coded(v.period.spelled, w.period(v.period)),
                         .fixed(v.value, decimals: d.decimals), v.pupils.map(Value.number) ?? .none,
                         s.isInProgramme(p, school) ? .coded("programme", w(.groupProgramme)) : .coded("comparison", w(.groupComparison)),
                         v.source.map(Value.text) ?? .none]
                    }
                }
            }
        case .people:
            return s.people.values.map { person in
                [.text(person.name), .text(person.fullName), .coded(person.role.rawValue, w.name(person.role)), person.base.map(Value.text) ?? .none]
            }
        case .clusters:
            // The clusters themselves; which schools are in them travels in the schools table's cluster column.
            return s.clusters.values.filter { $0.programme == p }.map { c in [.text(c.id), .text(c.name), c.track.map(Value.text) ?? .none] }
        }
    }

    /// CSV text. Excel: BOM, `;`, CRLF, dd-mm-yyyy; otherwise `,`, LF-free CRLF as RFC 4180 asks, ISO dates.
    public static func csv(_ t: Table, _ s: NetworkState, _ p: ProgrammeID, _ w: Catalogue, excel: Bool) throws -> Data {
        let writer = try CSVWriter(stream: .toMemory(), delimiter: excel ? ";" : ",", newline: .crlf)
        try writer.write(row: columns(t).map { w($0.title) })
        for row in rows(t, s, p, w) {
            try writer.write(row: row.map { v in
                switch v {
                case .text(let x): return cell(x)
                case .coded(_, let word): return cell(word)
                case .codedList(_, let words): return cell(words.joined(separator: ", "))
                case .date(let d): return excel ? "\(pad2(d.day))-\(pad2(d.month))-\(d.year)" : d.iso
                // A time zero-padded as a spreadsheet reads a time ("09:00"), so it sorts and sums as one.
                case .time(let m): return ClockTime.format(m)
                // Decimal points outside Danish Excel, which reads the language's own mark.
                case .decimal(let h): return excel ? w.percent(h) : Catalogue.percent(h, mark: ".")
                case .number(let n): return String(n)
                case .fixed(let f, let decimals): return excel ? w.value(f, decimals: decimals).replacingOccurrences(of: w.thousandsMark, with: "") : f.spelled
                case .list(let l): return cell(l.joined(separator: ", "))
                case .none: return ""
                }
            })
        }
        writer.stream.close()
        var data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        // RFC 4180 ends every record, the last one too, with CRLF.
        data.append(contentsOf: [13, 10])
        if excel { data.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        return data
    }

    public static func json(_ t: Table, _ s: NetworkState, _ p: ProgrammeID, _ w: Catalogue) throws -> Data {
        let keys = columns(t).map(\.key)
        let objects: [[String: JSONCell]] = rows(t, s, p, w).map { row in
            var o: [String: JSONCell] = [:]
            for (k, v) in zip(keys, row) {
                switch v {
                case .text(let x): o[k] = .text(x)
                case .coded(let code, _): o[k] = .text(code)
                case .codedList(let codes, _): o[k] = .list(codes)
                case .date(let d): o[k] = .text(d.iso)
                case .time(let m): o[k] = .text(ClockTime.format(m))
                case .decimal(let h): o[k] = .decimal(h)
                case .number(let n): o[k] = .number(n)
                case .fixed(let f, _): o[k] = .exact(f.spelled)
                case .list(let l): o[k] = .list(l)
                case .none: o[k] = .null
                }
            }
            return o
        }
        return try JSONOutput.encode(objects)
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// A text cell as a spreadsheet must show it: a cell that begins with =, +, -, @, a tab or a carriage return
    /// gets a leading ' so that Excel and LibreOffice read it as text, not a formula (OWASP's rule for CSV
    /// injection; the importer removes it again), and no control character reaches the file.
    static func cell(_ text: String) -> String {
        let safe = TextRules.printable(text)
        guard let first = safe.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return safe }
        return "'" + safe
    }
}

extension SchoolKind {
    /// The kind in JSON, in English like every JSON value; the log keeps the Danish id.
    public var code: String {
        switch self {
        case .folkeskole: return "public"
        case .friskole: return "independent"
        case .specialskole: return "special"
        case .erhvervsskole: return "vocational"
        }
    }
}
