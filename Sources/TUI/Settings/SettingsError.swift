import Wording

/// What is wrong in a theme or the config file, as a fact; `worded` says it in the interface language.
public enum SettingsProblem: Equatable, Sendable {
    case notTOML(detail: String)
    case unreadable
    case unknownSetting(String, known: [String])
    case themeNotAName, langNotKnown, contactWeeksRange, snapshotEveryRange, keysNotATable
    case unknownAction(String, known: [String])
    case keyNamesNeeded(action: String)
    case unknownKey(String, action: String)
    case boundTwice(key: String, first: String, second: String)
    case rolesMissing
    case unknownRole(String, known: [String])
    case roleNotATable(String)
    case notAColour(role: String, field: String, value: String)
    case unknownRoleSetting(role: String, field: String, known: [String])
    case notABool(role: String, field: String)
    case noTheme(String, builtIn: [String])
}

/// A problem in a theme or the config file, naming the file, the line and the key.
public struct SettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: SettingsProblem

    public init(file: String, line: Int?, _ problem: SettingsProblem) { self.file = file; self.line = line; self.problem = problem }

    /// "file:line: problem" in the catalogue's language.
    public func worded(_ text: Catalogue) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        return place.isEmpty ? message(text) : place + ": " + message(text)
    }

    /// In the language the program's own messages are in, for logs and test failures; the dashboard and commands
    /// use `worded`.
    public var description: String { worded(Catalogue(Language.allCases.first { Catalogue($0).isParserLanguage } ?? .standard)) }

    public func message(_ text: Catalogue) -> String {
        func list(_ l: [String]) -> String { l.joined(separator: ", ") }
        switch problem {
        case .notTOML(let detail): return text(.cfgNotTOML, detail)
        case .unreadable: return text(.cfgUnreadable)
        case .unknownSetting(let k, let known): return text(.cfgUnknownSetting, k, list(known))
        case .themeNotAName: return text(.cfgThemeNotAName)
        case .langNotKnown: return text(.cfgLang)
        case .contactWeeksRange: return text(.cfgContactWeeks)
        case .snapshotEveryRange: return text(.cfgSnapshotEvery)
        case .keysNotATable: return text(.cfgKeysTable)
        case .unknownAction(let a, let known): return text(.cfgUnknownAction, a, list(known))
        case .keyNamesNeeded(let a): return text(.cfgKeyNames, a)
        case .unknownKey(let k, let a): return text(.cfgUnknownKey, k, a)
        case .boundTwice(let k, let a, let b): return text(.cfgBoundTwice, k, a, b)
        case .rolesMissing: return text(.cfgRolesMissing)
        case .unknownRole(let r, let known): return text(.cfgUnknownRole, r, list(known))
        case .roleNotATable(let r): return text(.cfgRoleTable, r)
        case .notAColour(let r, let f, let v): return text(.cfgNotAColour, r + "." + f, v)
        case .unknownRoleSetting(let r, let f, let known): return text(.cfgUnknownRoleSetting, r, f, list(known))
        case .notABool(let r, let f): return text(.cfgNotABool, r + "." + f)
        case .noTheme(let name, let known): return text(.cfgNoTheme, name, list(known))
        }
    }

    /// The line on which `key` is assigned, for errors found after parsing.
    static func line(of key: String, in source: String, after section: String? = nil) -> Int? {
        var inSection = section == nil
        for (i, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") { inSection = section.map { line == "[\($0)]" } ?? true; continue }
            guard inSection, line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("=") { return i + 1 }
        }
        return nil
    }
}
