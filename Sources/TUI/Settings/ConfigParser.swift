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
            return (settings, [SettingsError(file: file, line: e.source.begin.line, .notTOML(detail: e.description))])
        } catch {
            return (settings, [SettingsError(file: file, line: nil, .notTOML(detail: "\(error)"))])
        }
        // Every problem is reported at once; each setting that is wrong keeps its default.
        var errors: [SettingsError] = []
        func failTop(_ key: String, _ problem: SettingsProblem) {
            errors.append(SettingsError(file: file, line: SettingsError.line(of: key, in: source), problem))
        }
        for key in table.keys.sorted() where !Self.known.contains(key) { failTop(key, .unknownSetting(key, known: Self.known)) }
        if let t = table["theme"] {
            if let name = t.string { settings.theme = name } else { failTop("theme", .themeNotAName) }
        }
        if let l = table["lang"] {
            if let code = l.string, Language(rawValue: code) != nil { settings.language = code } else { failTop("lang", .langNotKnown) }
        }
        if let w = table["contact_weeks"] {
            if let n = w.int, (1...52).contains(n) { settings.contactWeeks = n } else { failTop("contact_weeks", .contactWeeksRange) }
        }
        if let v = table["snapshot_every"] {
            if let n = v.int, (1...10_000_000).contains(n) { settings.snapshotEvery = n } else { failTop("snapshot_every", .snapshotEveryRange) }
        }
        guard let keyTable = table["keys"] else { return (settings, errors) }
        guard let keys = keyTable.table else { failTop("keys", .keysNotATable); return (settings, errors) }
        var map = KeyMap.defaults
        let before = errors.count
        func fail(_ key: String, _ problem: SettingsProblem) {
            errors.append(SettingsError(file: file, line: SettingsError.line(of: key, in: source, after: "keys"), problem))
        }
        for name in keys.keys {
            guard let action = Action(rawValue: name), let index = map.bindings.firstIndex(where: { $0.action == action }) else {
                fail(name, .unknownAction(name, known: Action.allCases.map(\.rawValue)))
                continue
            }
            let names = keys[name]!.array.map { $0.compactMap(\.string) } ?? keys[name]!.string.map { [$0] } ?? []
            guard !names.isEmpty else { fail(name, .keyNamesNeeded(action: name)); continue }
            var parsed: [Key] = []
            for n in names {
                guard let k = Key(name: n) else { fail(name, .unknownKey(n, action: name)); continue }
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
                    fail(culprit, .boundTwice(key: k.name, first: other.rawValue, second: b.action.rawValue))
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
