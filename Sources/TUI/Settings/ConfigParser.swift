import Wording
import TOMLKit

/// The user's settings from `config.toml`: theme, language and key bindings.
public struct Settings: Sendable {
    public var theme: String?
    public var language: String?
    public var keyMap = KeyMap.defaults
    /// Weeks without contact before a school needs attention in the caseload.
    public var contactWeeks = 6
    /// New events after which the dashboard writes a snapshot in the background.
    public var snapshotEvery = 5_000
    public init() {}
}

/// Reads `config.toml`. Bad keys are reported with file and line; the default keys then stay in force.
public enum ConfigParser {
    public static func parse(_ source: String, file: String) -> (settings: Settings, errors: [SettingsError]) {
        var settings = Settings()
        let table: TOMLTable
        do { table = try TOMLTable(string: source) } catch let e as TOMLParseError {
            return (settings, [SettingsError(file: file, line: e.source.begin.line, message: e.description)])
        } catch {
            return (settings, [SettingsError(file: file, line: nil, message: "\(error)")])
        }
        settings.theme = table["theme"]?.string
        settings.language = table["lang"]?.string
        if let w = table["contact_weeks"] {
            guard let n = w.int, (1...52).contains(n) else {
                return (settings, [SettingsError(file: file, line: SettingsError.line(of: "contact_weeks", in: source), message: "contact_weeks must be a whole number of weeks from 1 to 52")])
            }
            settings.contactWeeks = n
        }
        if let v = table["snapshot_every"] {
            guard let n = v.int, (1...10_000_000).contains(n) else {
                return (settings, [SettingsError(file: file, line: SettingsError.line(of: "snapshot_every", in: source), message: "snapshot_every must be a whole number of events from 1 to 10000000")])
            }
            settings.snapshotEvery = n
        }
        guard let keys = table["keys"]?.table else { return (settings, []) }
        var map = KeyMap.defaults
        var errors: [SettingsError] = []
        func fail(_ key: String, _ message: String) {
            errors.append(SettingsError(file: file, line: SettingsError.line(of: key, in: source, after: "keys"), message: message))
        }
        for name in keys.keys {
            guard let action = Action(rawValue: name), let index = map.bindings.firstIndex(where: { $0.action == action }) else {
                fail(name, "unknown action \"\(name)\"; actions are \(Action.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            let names = keys[name]!.array.map { $0.compactMap(\.string) } ?? keys[name]!.string.map { [$0] } ?? []
            guard !names.isEmpty else { fail(name, "\(name) takes a key name or a list of key names"); continue }
            var parsed: [Key] = []
            for n in names {
                guard let k = Key(name: n) else { fail(name, "unknown key \"\(n)\" for \(name)"); continue }
                parsed.append(k)
            }
            map.bindings[index].keys = parsed
        }
        // A key may do one thing only.
        var owner: [Key: Action] = [:]
        for b in map.bindings {
            for k in b.keys {
                if let other = owner[k] {
                    // Name the later of the two lines that bind it.
                    let lines = [b.action.rawValue, other.rawValue].map { ($0, SettingsError.line(of: $0, in: source, after: "keys") ?? 0) }
                    let culprit = lines.max { $0.1 < $1.1 }!.0
                    fail(culprit, "the key \"\(k.name)\" is bound to both \(other.rawValue) and \(b.action.rawValue)")
                }
                owner[k] = b.action
            }
        }
        if errors.isEmpty { settings.keyMap = map }
        return (settings, errors)
    }
}
