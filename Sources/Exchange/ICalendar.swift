import Domain
import Foundation
import Wording

/// Meetings as RFC 5545 iCalendar that Outlook and Google Calendar accept: CRLF lines folded at 75
/// octets without splitting a character, escaped text, stable UIDs, Europe/Copenhagen times with a
/// VTIMEZONE, SEQUENCE raised on every move, and STATUS:CANCELLED.
public enum ICalendar {
    /// `version`: the Tavle that made it, for PRODID.
    public static func document(_ meetings: [Meeting], state: NetworkState, logID: String, stamp: Timestamp, text: Catalogue,
                                version: String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tavle//Tavle \(version)//\(text.language.rawValue.uppercased())", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        lines += timezone
        for m in meetings {
            let schools = state.participants(m).sorted().map { state.schools[$0].map { "\($0.name) (\($0.institution))" } ?? $0 }
            let clusterNames = m.clusters.compactMap { state.clusters[$0]?.name }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(m.id)-\(logID)@tavle",
                "DTSTAMP:\(utc(stamp))",
                "DTSTART;TZID=Europe/Copenhagen:\(local(m.day, m.start))",
                "DTEND;TZID=Europe/Copenhagen:\(local(m.day, m.end))",
                "SEQUENCE:\(m.sequence)",
                "STATUS:\(m.status == .cancelled ? "CANCELLED" : "CONFIRMED")",
                // Clients that ignore STATUS (calcurse, khal) still show that the meeting is off.
                "SUMMARY:\(escape((m.status == .cancelled ? text(.icsCancelledPrefix) : "") + text.title(m).firstUppercased + (clusterNames.isEmpty ? "" : " – " + clusterNames.joined(separator: ", "))))",
                "LOCATION:\(escape(text.location(m)))",
                "DESCRIPTION:\(escape(description(m, schools, text)))",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// The schools, and why a meeting was cancelled or who came to it.
    static func description(_ m: Meeting, _ schools: [String], _ text: Catalogue) -> String {
        var d = ([text(.icsSchools)] + schools).joined(separator: "\n")
        if let reason = m.cancelReason { d += "\n\n" + text(.icsCancelled, reason) }
        if m.status == .held { d += "\n\n" + text(.meetingHeldWith, m.attendance?.count ?? 0) }
        return d
    }

    static let timezone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func local(_ d: Day, _ minutes: Int) -> String {
        let c = d.civil
        return String(format: "%04d%02d%02dT%02d%02d00", c.year, c.month, c.day, minutes / 60, minutes % 60)
    }

    static func utc(_ t: Timestamp) -> String {
        let iso = t.iso   // yyyy-mm-ddThh:mm:ss.sssZ
        return iso.prefix(19).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
    }

    /// TEXT as RFC 5545 escapes it, with control characters from the log (a lone CR would end the property, a NUL
    /// or ESC reaches the calendar client) shown as U+FFFD first.
    static func escape(_ s: String) -> String {
        TextRules.printable(s).replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a content line at 75 octets, never inside a UTF-8 character, and ends it with CRLF.
    static func fold(_ line: String) -> String {
        var out = "", current = 0, limit = 75
        for ch in line {
            let n = String(ch).utf8.count
            if current + n > limit {
                out += "\r\n "
                current = 1
                limit = 75
            }
            out.append(ch)
            current += n
        }
        return out + "\r\n"
    }
}
