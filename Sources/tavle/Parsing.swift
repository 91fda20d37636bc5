import Domain
import Wording

/// Turns command-line words into domain values, with the same clear errors as the dashboard.
enum Parse {
    /// A whole number an option takes, within its range; outside it, refused with the range.
    static func bounded(_ value: Int, _ option: String, _ range: ClosedRange<Int>, _ words: Catalogue) throws -> Int {
        guard range.contains(value) else {
            throw Failure(message: words(.cliOutOfRange, option, value, range.lowerBound, range.upperBound), code: Exit.refused)
        }
        return value
    }

    /// A date as d.m.yyyy or yyyy-mm-dd, or d.m without the year: the one nearest `near`.
    static func day(_ text: String, _ words: Catalogue, near: Day) throws -> Day {
        guard let d = words.day(text, today: near) else { throw Failure(message: words(.cliBadDate, text), code: Exit.refused) }
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

    static func contactForm(_ text: String, _ words: Catalogue) throws -> ContactForm {
        if let f = Names.contactForm(text) { return f }
        throw Failure(message: words(.cliBadChoice, text, "sparringsbesøg, videosparring, telefon, mail"), code: Exit.refused)
    }

    /// "12,5" or "12.5" per cent as hundredths.
    static func percent(_ text: String, _ words: Catalogue) throws -> Int {
        guard let h = Quantities.hundredths(text) else { throw Failure(message: words(.cliBadNumber, text), code: Exit.refused) }
        return h
    }

    static func time(_ text: String, _ words: Catalogue) throws -> Int {
        guard let m = ClockTime.parse(text), m < 1440 else { throw Failure(message: words(.cliBadTime, text), code: Exit.refused) }
        return m
    }

    /// "+2t30m", "2t", "45m", "1:30" or plain minutes.
    static func duration(_ text: String, _ words: Catalogue) throws -> Int {
        guard let m = Quantities.minutes(text) else { throw Failure(message: words(.cliBadDuration, text), code: Exit.refused) }
        return m
    }

    /// The programme a school takes part in, when only one fits.
    /// An intervention kind by its id ("turbo") or its name as the dashboard shows it ("Turboforløb"); otherwise
    /// refused with every kind of the programme listed.
    static func kind(_ text: String, in programme: ProgrammeID, _ state: NetworkState, _ words: Catalogue) throws -> String {
        let kinds = state.interventionKinds.values.filter { $0.programme == programme }.sorted { $0.id < $1.id }
        if kinds.contains(where: { $0.id == text }) { return text }
        let key = Folding.keys(text).short
        if let k = kinds.first(where: { Folding.keys($0.name).short == key }) { return k.id }
        throw Failure(message: words(.cliBadChoice, text, kinds.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")), code: Exit.refused)
    }

    static func programme(for school: String, _ given: String?, _ state: NetworkState, _ words: Catalogue) throws -> ProgrammeID {
        if let given { return try resolveProgramme(given, in: state, text: words) }
        let mine = state.programmes.keys.filter { state.participation[Enrolment($0, school)] != nil }
        if mine.count == 1 { return mine[0] }
        return try resolveProgramme(nil, in: state, text: words)
    }
}
