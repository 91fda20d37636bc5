import Foundation
import TUI
import Wording

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
        loadLanguages()
        guard let dir = configDirectory, let source = read(dir + "/config.toml") else { return (Settings(), []) }
        return ConfigParser.parse(source, file: dir + "/config.toml")
    }

    /// Languages of the user's own, from `languages/<code>/*.json` in the config folder (the files of one that ships,
    /// translated): added once per process, before anything is said; what their files lack is said on standard error.
    static func loadLanguages() { _ = languagesLoaded }

    private static let languagesLoaded: Bool = {
        guard let dir = configDirectory.map({ $0 + "/languages" }),
              let codes = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return false }
        for code in codes.sorted() {
            let folder = dir + "/" + code
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            var files: [String: String] = [:]
            for name in names where name.hasSuffix(".json") { files[String(name.dropLast(5))] = read(folder + "/" + name) }
            guard let pack = LanguagePack(files: files) else { continue }
            LanguagePack.add(pack)
            if !pack.problems.isEmpty {
                let say = Catalogue(Language(rawValue: pack.code) ?? .standard)
                FileHandle.standardError.write(Data((say(.cliLanguageProblems, folder, pack.problems.map(say.message).joined(separator: "; ")) + "\n").utf8))
            }
        }
        return true
    }()

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
