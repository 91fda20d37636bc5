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
