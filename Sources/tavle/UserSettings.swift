import Foundation
import TUI

/// Where the user's files live, after XDG: config and themes under $XDG_CONFIG_HOME/tavle.
enum UserFiles {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var configDirectory: String? {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/tavle" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/tavle" }
        return nil
    }

    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// The config file's settings and the problems found in it, read once per process.
    static let current = settings()

    static func settings() -> (Settings, [SettingsError]) {
        guard let dir = configDirectory, let source = read(dir + "/config.toml") else { return (Settings(), []) }
        return ConfigParser.parse(source, file: dir + "/config.toml")
    }

    /// A theme by path, by user theme name, or built in. A broken theme falls back to the default, with the reason.
    static func theme(_ choice: String?) -> (Theme, [SettingsError]) {
        if let nc = environment["NO_COLOR"], !nc.isEmpty { return (Theme.mono, []) }
        guard let choice, choice != "default" else { return (Theme.standard, []) }
        var path: String?
        if choice.contains("/") || choice.hasSuffix(".toml") {
            path = choice
        } else if let dir = configDirectory, FileManager.default.fileExists(atPath: dir + "/themes/\(choice).toml") {
            path = dir + "/themes/\(choice).toml"
        }
        if let path {
            guard let source = read(path) else { return (Theme.standard, [SettingsError(file: path, line: nil, .unreadable)]) }
            let (theme, errors) = ThemeParser.read(source, file: path)
            return (theme ?? Theme.standard, errors)
        }
        if let t = Theme.builtin(choice) { return (t, []) }
        return (Theme.standard, [SettingsError(file: "", line: nil, .noTheme(choice, builtIn: Theme.builtinSources.keys.sorted()))])
    }
}
