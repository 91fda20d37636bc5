import Foundation
import Domain

public enum Language: String, CaseIterable, Sendable {
    case da, en

    /// `--lang`, else `TAVLE_LANG`, else Danish.
    public static func resolve(_ flag: String?, environment: [String: String]) -> Language {
        if let flag, let l = Language(rawValue: flag.lowercased()) { return l }
        if let env = environment["TAVLE_LANG"], let l = Language(rawValue: env.lowercased().prefix(2).description) { return l }
        return .da
    }
}

/// The strings of one language, with `{0}`-style placeholders.
public struct Catalogue: Sendable {
    public let language: Language
    let table: [Str: String]

    public init(_ language: Language) {
        self.language = language
        table = language == .da ? danish : english
    }

    public static func table(_ language: Language) -> [Str: String] { language == .da ? danish : english }

    public func callAsFunction(_ key: Str, _ args: CustomStringConvertible...) -> String {
        var s = table[key] ?? key.rawValue
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a.description) }
        return s
    }

    public func name(_ p: ParticipationStatus) -> String {
        switch p {
        case .offered: return self(.offered)
        case .accepted: return self(.acceptedStatus)
        case .declined: return self(.declined)
        case .withdrawn: return self(.withdrawn)
        }
    }

    public func name(_ s: InterventionStatus) -> String {
        switch s {
        case .planned: return self(.planned)
        case .started: return self(.started)
        case .anchored: return self(.anchored)
        case .completed: return self(.completed)
        case .evaluated: return self(.evaluated)
        case .paused: return self(.paused)
        case .stopped: return self(.stopped)
        }
    }

    public func name(_ k: MeetingKind) -> String {
        switch k {
        case .cluster: return self(.meetingCluster)
        case .network: return self(.meetingNetwork)
        case .themeDay: return self(.meetingThemeDay)
        case .guidanceDay: return self(.meetingGuidanceDay)
        case .conference: return self(.meetingConference)
        case .sparring: return self(.meetingSparring)
        case .videoSparring: return self(.meetingVideoSparring)
        }
    }

    public func name(_ k: SchoolKind) -> String {
        switch k {
        case .folkeskole: return self(.kindFolkeskole)
        case .friskole: return self(.kindFriskole)
        case .specialskole: return self(.kindSpecialskole)
        case .erhvervsskole: return self(.kindErhvervsskole)
        }
    }

    public func name(_ s: MeetingStatus) -> String {
        switch s {
        case .scheduled: return self(.stScheduled)
        case .held: return self(.stHeld)
        case .cancelled: return self(.cancelled)
        }
    }

    public func name(_ f: ContactForm) -> String {
        switch f {
        case .sparring: return self(.meetingSparring)
        case .videoSparring: return self(.meetingVideoSparring)
        case .phone: return self(.formPhone)
        case .mail: return self(.formMail)
        }
    }

    public func name(_ r: Domain.Role?) -> String {
        switch r {
        case .consultant: return self(.roleConsultant)
        case .coordinator: return self(.roleCoordinator)
        case nil: return self(.roleReader)
        }
    }
}
