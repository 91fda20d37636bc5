import Foundation

/// A language Tavle speaks, by its code ("da"): one of the folders under `languages/` that ship with it, or one
/// added at run time from the user's own folder. No code names a language; the first by rank is the default.
public struct Language: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    /// A language that is known (built in or added); nil for any other code.
    public init?(rawValue: String) {
        guard LanguagePack.registry.pack(rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }

    /// Every known language, in rank order.
    public static var allCases: [Language] { LanguagePack.registry.all.map { Language(known: $0.code) } }

    /// The default: the known language of the lowest rank.
    public static var standard: Language { allCases[0] }

    init(known code: String) { rawValue = code }

    public var description: String { rawValue }

    /// Its name in itself ("Dansk", "English").
    public var name: String { pack.name }

    var pack: LanguagePack { LanguagePack.registry.pack(rawValue) ?? LanguagePack.registry.all[0] }

    /// `--lang`, else `TAVLE_LANG`, else the default.
    public static func resolve(_ flag: String?, environment: [String: String]) -> Language {
        if let flag, let l = Language(rawValue: flag.lowercased()) { return l }
        // "da", or a locale such as "da_DK.UTF-8": the code before the region and the encoding.
        if let env = environment["TAVLE_LANG"]?.lowercased(), !env.isEmpty {
            if let l = Language(rawValue: env) { return l }
            if let code = env.split(whereSeparator: { "_.@".contains($0) }).first, let l = Language(rawValue: String(code)) { return l }
        }
        return .standard
    }
}
