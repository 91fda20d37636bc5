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

    public static func contactForm(_ s: String) -> ContactForm? {
        contactForms[s.lowercased()] ?? ContactForm(rawValue: s)
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
