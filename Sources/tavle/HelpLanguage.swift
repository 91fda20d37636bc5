import ArgumentParser
import Foundation
import Wording

/// The language of `--help` and of argument errors, settled before ArgumentParser reads the arguments: `--lang` on the
/// command line, else `$TAVLE_LANG`, else `lang` in config.toml, else Danish (as for everything else Tavle says).
enum HelpLanguage {
    static let catalogue = Catalogue(resolve(CommandLine.arguments, ProcessInfo.processInfo.environment))

    static func resolve(_ arguments: [String], _ environment: [String: String]) -> Language {
        var flag: String?
        for (i, a) in arguments.enumerated() {
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count { flag = arguments[i + 1] }
            if a.hasPrefix("--lang=") { flag = String(a.dropFirst(7)) }
        }
        return resolve(flag: flag, environment)
    }

    /// The one order for every command and the dashboard: `--lang`, `$TAVLE_LANG`, `lang` in config.toml, Danish.
    static func resolve(flag: String?, _ environment: [String: String]) -> Language {
        UserFiles.loadLanguages()
        if let flag, let l = Language(rawValue: flag.lowercased()) { return l }
        if (environment["TAVLE_LANG"] ?? "").isEmpty, let configured = UserFiles.current.0.language, let l = Language(rawValue: configured) {
            return l
        }
        return Language.resolve(nil, environment: environment)
    }
}

/// An option's help in the help language.
func help(_ key: HelpText) -> ArgumentHelp { ArgumentHelp(HelpLanguage.catalogue(key)) }

/// A command's abstract or discussion in the help language.
func about(_ key: HelpText) -> String { HelpLanguage.catalogue(key) }
