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
        // Every problem is reported at once; each setting that is wrong keeps its default.
        var errors: [SettingsError] = []
        func failTop(_ key: String, _ message: String) {
            errors.append(SettingsError(file: file, line: SettingsError.line(of: key, in: source), message: message))
        }
        for key in table.keys.sorted() where !Self.known.contains(key) {
            failTop(key, "unknown setting \"\(key)\"; settings are \(Self.known.joined(separator: ", "))")
        }
        if let t = table["theme"] {
            if let name = t.string { settings.theme = name } else { failTop("theme", "theme must be a theme's name or a file") }
        }
        if let l = table["lang"] {
            if let code = l.string, ["da", "en"].contains(code) { settings.language = code } else { failTop("lang", "lang must be \"da\" or \"en\"") }
        }
        if let w = table["contact_weeks"] {
            if let n = w.int, (1...52).contains(n) { settings.contactWeeks = n } else {
                failTop("contact_weeks", "contact_weeks must be a whole number of weeks from 1 to 52")
            }
        }
        if let v = table["snapshot_every"] {
            if let n = v.int, (1...10_000_000).contains(n) { settings.snapshotEvery = n } else {
                failTop("snapshot_every", "snapshot_every must be a whole number of events from 1 to 10000000")
            }
        }
        guard let keyTable = table["keys"] else { return (settings, errors) }
        guard let keys = keyTable.table else { failTop("keys", "keys must be a table: [keys]"); return (settings, errors) }
        var map = KeyMap.defaults
        let before = errors.count
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
        if errors.count == before { settings.keyMap = map }
        return (settings, errors)
    }

    /// The settings config.toml may hold.
    static let known = ["theme", "lang", "contact_weeks", "snapshot_every", "keys"]
}
