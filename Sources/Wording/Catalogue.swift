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
    /// A whole number with forms of its own (`{0|skole|skoler}`) is a count, and is grouped: "1.000 skoler".
    private func fill<K: TextKey>(_ text: String?, _ key: K, _ args: [CustomStringConvertible]) -> String {
        let template = text ?? key.rawValue
        return Self.fill(template, args.indices.map { i in
            if let n = args[i] as? Int, abs(n) >= 1000, template.contains("{\(i)|") { return grouped(n) }
            return args[i].description
        })
    }

    /// The filling itself, over the template's UTF-8 bytes: the braces, bars and digits it looks for are ASCII, which
    /// never occurs inside another character's bytes, so no Character need be formed (the history's search index
    /// words every record of the log with it).
    static func fill(_ template: String, _ values: [String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let t = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(t.count + 32)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), bar = UInt8(ascii: "|")
        var i = 0
        while i < t.count {
            guard t[i] == open else { out.append(t[i]); i += 1; continue }
            var j = i + 1, n = 0, digits = 0
            while j < t.count, t[j] >= 0x30, t[j] <= 0x39, digits < 18 { n = n * 10 + Int(t[j] - 0x30); j += 1; digits += 1 }
            if digits > 0, n < values.count, j < t.count {
                if t[j] == close {
                    out.append(contentsOf: values[n].utf8)
                    i = j + 1
                    continue
                }
                if t[j] == bar, let end = t[(j + 1)...].firstIndex(of: close) {
                    let forms = t[(j + 1)..<end].split(separator: bar, omittingEmptySubsequences: false)
                    let one = values[n] == "1" || values[n] == "−1" || values[n] == "-1"
                    if forms.count == 2 { out.append(contentsOf: forms[one ? 0 : 1]) }
                    i = end + 1
                    continue
                }
            }
            out.append(open)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
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
