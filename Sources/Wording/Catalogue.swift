import Foundation
import Domain

/// A key into one area's table of strings.
public protocol TextKey: Hashable, Sendable, RawRepresentable where RawValue == String {}

/// The strings of one language, by area, with `{0}`-style placeholders.
public struct Catalogue: Sendable {
    public let language: Language
    let pack: LanguagePack

    public init(_ language: Language) {
        self.language = language
        pack = language.pack
    }

    public func callAsFunction(_ key: UIText, _ args: CustomStringConvertible...) -> String { fill(pack.dashboard[key], key, args) }
    public func callAsFunction(_ key: SharedText, _ args: CustomStringConvertible...) -> String { fill(pack.shared[key], key, args) }
    public func callAsFunction(_ key: MessageText, _ args: CustomStringConvertible...) -> String { fill(pack.messages[key], key, args) }
    public func callAsFunction(_ key: CLIText, _ args: CustomStringConvertible...) -> String { fill(pack.commandLine[key], key, args) }
    public func callAsFunction(_ key: ImportText, _ args: CustomStringConvertible...) -> String { fill(pack.importing[key], key, args) }
    public func callAsFunction(_ key: ReportText, _ args: CustomStringConvertible...) -> String { fill(pack.report[key], key, args) }
    public func callAsFunction(_ key: HelpText, _ args: CustomStringConvertible...) -> String { fill(pack.help[key], key, args) }

    /// ArgumentParser's own messages are in this language, and shown as they are.
    public var isParserLanguage: Bool { pack.parserLanguage }

    /// Fills `{0}`-style placeholders; `{0|uge|uger}` is the singular when argument 0 is 1, else the plural.
    /// One pass over the template: an argument's own text is never searched for placeholders.
    private func fill<K: TextKey>(_ text: String?, _ key: K, _ args: [CustomStringConvertible]) -> String {
        let template = text ?? key.rawValue
        guard !args.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let values = args.map(\.description)
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if let n = Int(digits), n < values.count {
                let next = after[digits.endIndex...]
                if next.first == "}" {
                    out += values[n]
                    rest = next.dropFirst()
                    continue
                }
                if next.first == "|", let close = next.firstIndex(of: "}") {
                    let forms = next[next.index(after: next.startIndex)..<close].split(separator: "|", omittingEmptySubsequences: false)
                    let one = values[n] == "1" || values[n] == "−1" || values[n] == "-1"
                    if forms.count == 2 { out += forms[one ? 0 : 1] }
                    rest = next[next.index(after: close)...]
                    continue
                }
            }
            out += "{"
            rest = after
        }
        out += rest
        return out
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

    /// An intervention status's letter, the same in both languages (so it reads without colour).
    public static func letter(_ s: InterventionStatus) -> String {
        switch s {
        case .planned: return "P"
        case .started: return "I"
        case .anchored: return "F"
        case .completed: return "A"
        case .evaluated: return "E"
        case .paused: return "S"
        case .stopped: return "X"
        }
    }

    /// An indicator as the language names it; the id ("dansk-under-4") stays where it is typed.
    public func name(_ i: BuiltinIndicator) -> String {
        switch i {
        case .danskUnder4: return self(.indicatorDanish)
        case .matematikUnder4: return self(.indicatorMaths)
        case .fastholdelse: return self(.indicatorRetention)
        }
    }

    /// A measuring point as the language says it: "førmåling", "baseline".
    public func name(_ p: MeasuringPoint) -> String {
        switch p {
        case .baseline: return self(.pointBaseline)
        case .midway: return self(.pointMidway)
        case .final: return self(.pointFinal)
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
