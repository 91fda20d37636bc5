import Domain

/// Words people type for kinds and forms, in Danish or English, shared by the command line and the dashboard.
public enum Names {
    static let meetingKinds: [String: MeetingKind] = [
        "klyngemøde": .cluster, "klyngemode": .cluster, "netværksmøde": .network, "netvaerksmode": .network, "temadag": .themeDay,
        "vejledningsdag": .guidanceDay, "konference": .conference, "sparringsbesøg": .sparring, "videosparring": .videoSparring,
        "cluster meeting": .cluster, "network meeting": .network, "theme day": .themeDay, "guidance day": .guidanceDay,
        "conference": .conference, "sparring visit": .sparring, "video sparring": .videoSparring,
    ]

    static let contactForms: [String: ContactForm] = [
        "sparringsbesøg": .sparring, "sparringsbesog": .sparring, "sparring": .sparring, "videosparring": .videoSparring,
        "video": .videoSparring, "telefon": .phone, "phone": .phone, "mail": .mail, "e-mail": .mail, "email": .mail,
    ]

    public static func meetingKind(_ s: String) -> MeetingKind? {
        meetingKinds[s.lowercased()] ?? MeetingKind(rawValue: s)
    }

    /// A contact's form by a typed word, its id, or its name in either language ("sparring visit" as the English
    /// form shows it).
    public static func contactForm(_ s: String) -> ContactForm? {
        if let f = contactForms[s.lowercased()] ?? ContactForm(rawValue: s) { return f }
        let key = Folding.keys(s).short
        return ContactForm.allCases.first { f in Language.allCases.contains { Folding.keys(Catalogue($0).name(f)).short == key } }
    }

    /// A measuring point by its id ("final") or its name in either language ("slutmåling").
    public static func measuringPoint(_ s: String) -> MeasuringPoint? {
        if let p = MeasuringPoint(rawValue: s) { return p }
        let key = Folding.keys(s).short
        return MeasuringPoint.allCases.first { p in Language.allCases.contains { Folding.keys(Catalogue($0).name(p)).short == key } }
    }

    public static var meetingKindList: String { "klyngemøde, netværksmøde, temadag, vejledningsdag, konference, sparringsbesøg, videosparring" }
}

/// Names for ids, from the state when there is one.
struct StateNames {
    let state: NetworkState?
    func school(_ id: String) -> String { state?.schools[id]?.name ?? id }
    func cluster(_ id: String) -> String { state?.clusters[id]?.name ?? id }
    func programme(_ id: String) -> String { state?.programmes[id]?.name ?? id }
    func person(_ id: String) -> String { state?.people[id]?.fullName ?? id }
    func kind(_ programme: String, _ id: String) -> String { state?.interventionKind(programme, id)?.name ?? id }
    /// "«Sende data» (Englundskolen)".
    func followUp(_ id: String) -> String {
        guard let f = state?.followUps[id] else { return id }
        return "«\(f.what)» (\(school(f.school)))"
    }
}
