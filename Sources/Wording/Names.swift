import Domain

/// Words people type for kinds and forms, shared by the command line and the dashboard: an id ("cluster"), or a
/// name in any language Tavle speaks, spelled with or without Danish letters ("klyngemøde", "klyngemode",
/// "cluster meeting"), and for contact forms the short words people use ("video", "email").
public enum Names {
    /// Whether a typed word is this name, in either spelling of Danish letters.
    static func same(_ typed: String, _ name: String) -> Bool {
        let a = Folding.keys(typed), b = Folding.keys(name)
        return a.long == b.long || a.short == b.short
    }

    public static func meetingKind(_ s: String) -> MeetingKind? {
        if let k = MeetingKind(rawValue: s) { return k }
        return MeetingKind.allCases.first { k in Language.allCases.contains { same(s, Catalogue($0).name(k)) } }
    }

    /// Short words for a contact's form that are no language's name for it.
    static let contactFormShort: [String: ContactForm] = ["sparring": .sparring, "video": .videoSparring, "e-mail": .mail, "email": .mail]

    /// A contact's form by a typed word, its id, or its name in any language ("sparring visit" as the English
    /// form shows it).
    public static func contactForm(_ s: String) -> ContactForm? {
        if let f = contactFormShort[s.lowercased()] ?? ContactForm(rawValue: s) { return f }
        return ContactForm.allCases.first { f in Language.allCases.contains { same(s, Catalogue($0).name(f)) } }
    }

    /// A measuring point by its id ("final") or its name in any language ("slutmåling").
    public static func measuringPoint(_ s: String) -> MeasuringPoint? {
        if let p = MeasuringPoint(rawValue: s) { return p }
        return MeasuringPoint.allCases.first { p in Language.allCases.contains { same(s, Catalogue($0).name(p)) } }
    }

    /// The meeting kinds by name, for "choose one of".
    public static func meetingKindList(_ text: Catalogue) -> String { MeetingKind.allCases.map { text.name($0) }.joined(separator: ", ") }
}

/// Names for ids, from the state when there is one. The static forms read a state passed in place: a struct holding
/// one is a copy of it, which retains every table, too dear per sentence over a national history's search index.
struct StateNames {
    let state: NetworkState?
    func school(_ id: String) -> String { Self.school(id, in: state) }
    func cluster(_ id: String) -> String { Self.cluster(id, in: state) }
    func programme(_ id: String) -> String { Self.programme(id, in: state) }
    func person(_ id: String) -> String { Self.person(id, in: state) }
    func kind(_ programme: String, _ id: String) -> String { Self.kind(programme, id, in: state) }
    func followUp(_ id: String) -> String { Self.followUp(id, in: state) }

    static func school(_ id: String, in state: NetworkState?) -> String { state?.schools[id]?.name ?? id }
    static func cluster(_ id: String, in state: NetworkState?) -> String { state?.clusters[id]?.name ?? id }
    static func programme(_ id: String, in state: NetworkState?) -> String { state?.programmes[id]?.name ?? id }
    static func person(_ id: String, in state: NetworkState?) -> String { state?.people[id]?.fullName ?? id }
    static func kind(_ programme: String, _ id: String, in state: NetworkState?) -> String { state?.interventionKind(programme, id)?.name ?? id }
    /// "«Sende data» (Englundskolen)".
    static func followUp(_ id: String, in state: NetworkState?) -> String {
        guard let f = state?.followUps[id] else { return id }
        return "«\(f.what)» (\(school(f.school, in: state)))"
    }
}
