import Domain
import TUI

/// Turns command-line words into domain values, with the same clear errors as the dashboard.
enum Parse {
    static func day(_ text: String, _ words: Catalogue) throws -> Day {
        guard let d = Day.parse(text) else { throw Failure(message: words(.cliBadDate, text), code: Exit.refused) }
        return d
    }

    static let statusNames: [String: InterventionStatus] = [
        "planlagt": .planned, "i-gang": .started, "igang": .started, "i gang": .started, "forankret": .anchored,
        "afsluttet": .completed, "evalueret": .evaluated, "pause": .paused, "sat-på-pause": .paused, "stoppet": .stopped,
    ]

    static func interventionStatus(_ text: String, _ words: Catalogue) throws -> InterventionStatus {
        let t = text.lowercased()
        if let s = InterventionStatus(rawValue: t) ?? statusNames[t] { return s }
        throw Failure(message: words(.cliBadChoice, text, InterventionStatus.allCases.map(\.rawValue).joined(separator: ", ")), code: Exit.refused)
    }

    static let formNames: [String: ContactForm] = [
        "sparringsbesøg": .sparring, "sparringsbesog": .sparring, "videosparring": .videoSparring, "video": .videoSparring,
        "telefon": .phone, "phone": .phone, "mail": .mail, "e-mail": .mail, "email": .mail,
    ]

    static func contactForm(_ text: String, _ words: Catalogue) throws -> ContactForm {
        let t = text.lowercased()
        if let f = ContactForm(rawValue: t) ?? formNames[t] { return f }
        throw Failure(message: words(.cliBadChoice, text, "sparringsbesøg, videosparring, telefon, mail"), code: Exit.refused)
    }

    /// "12,5" or "12.5" per cent as hundredths.
    static func percent(_ text: String, _ words: Catalogue) throws -> Int {
        let t = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), parts.count == 1 || (1...2).contains(parts[1].count),
              parts.count == 1 || Int(parts[1]) != nil, !t.hasPrefix("-") || whole <= 0
        else { throw Failure(message: words(.cliBadNumber, text), code: Exit.refused) }
        var frac = parts.count == 2 ? Int(parts[1])! : 0
        if parts.count == 2, parts[1].count == 1 { frac *= 10 }
        return whole * 100 + (t.hasPrefix("-") ? -frac : frac)
    }

    static func time(_ text: String, _ words: Catalogue) throws -> Int {
        guard let m = ClockTime.parse(text), m < 1440 else { throw Failure(message: words(.cliBadTime, text), code: Exit.refused) }
        return m
    }

    /// "+2t30m", "2t", "45m", "1:30" or plain minutes.
    static func duration(_ text: String, _ words: Catalogue) throws -> Int {
        var t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("+") { t.removeFirst() }
        if let n = Int(t) { return n }
        if let m = ClockTime.parse(t), t.contains(":") { return m }
        var total = 0, number = "", any = false
        for c in t {
            if c.isNumber { number.append(c); continue }
            guard let n = Int(number) else { throw Failure(message: words(.cliBadDuration, text), code: Exit.refused) }
            switch c {
            case "t", "h": total += n * 60
            case "m": total += n
            default: throw Failure(message: words(.cliBadDuration, text), code: Exit.refused)
            }
            number = ""; any = true
        }
        guard any, number.isEmpty, total > 0 else { throw Failure(message: words(.cliBadDuration, text), code: Exit.refused) }
        return total
    }

    /// The programme a school takes part in, when only one fits.
    static func programme(for school: String, _ given: String?, _ state: NetworkState, _ words: Catalogue) throws -> ProgrammeID {
        if let given { return try resolveProgramme(given, in: state, text: words) }
        let mine = state.programmes.keys.filter { state.participation[Enrolment($0, school)] != nil }
        if mine.count == 1 { return mine[0] }
        return try resolveProgramme(nil, in: state, text: words)
    }
}
