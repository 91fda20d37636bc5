import Foundation

/// One language as data: its texts by area and how it writes dates, times and numbers, read from its folder's
/// JSON files (`language.json`, then one file an area: `dashboard.json`, `messages.json`, …).
public struct LanguagePack: Sendable {
    public let code: String
    public let name: String
    /// Its place in lists; the lowest is the default language.
    public let rank: Int
    /// ArgumentParser writes its own messages in this language, so they are shown as they are, not translated.
    public let parserLanguage: Bool
    let weekdays: [String], weekdaysShort: [String], months: [String]
    let formats: [String: String]
    /// The forms split once into text and slots, so a date is written in one pass.
    let compiled: [String: [FormPart]]
    let dashboard: [UIText: String]
    let shared: [SharedText: String]
    let messages: [MessageText: String]
    let commandLine: [CLIText: String]
    let importing: [ImportText: String]
    let report: [ReportText: String]
    let help: [HelpText: String]
    /// What its files lack or hold in error, for `tavle` to say and tests to refuse.
    public let problems: [LanguageFileProblem]

    /// The areas and their files.
    static let areas = ["dashboard", "shared", "messages", "command-line", "import", "report", "help"]
    /// The forms a language must give, in `language.json`.
    static let formatKeys = ["longDate", "shortDate", "compactDate", "compactDateWithYear", "time", "decimalMark", "thousandsMark"]

    /// Reads a language from its files' texts by area (`language` and the areas above); nil when `language.json`
    /// is missing or names no code. Missing texts are listed in `problems` and fall back to the key's name.
    public init?(files: [String: String]) {
        var problems: [LanguageFileProblem] = []
        func object(_ area: String) -> [String: Any] {
            guard let text = files[area] else { problems.append(.missingFile(area)); return [:] }
            guard let o = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
                problems.append(.notAnObject(area)); return [:]
            }
            return o
        }
        let head = object("language")
        guard let code = head["code"] as? String, !code.isEmpty else { return nil }
        self.code = code
        name = head["name"] as? String ?? code
        rank = head["rank"] as? Int ?? 100
        parserLanguage = head["parserLanguage"] as? Bool ?? false
        func list(_ key: String, _ count: Int) -> [String] {
            guard let l = head[key] as? [String], l.count == count else {
                problems.append(.wrongList(key, count: count)); return Array(repeating: "?", count: count)
            }
            return l
        }
        weekdays = list("weekdays", 7); weekdaysShort = list("weekdaysShort", 7); months = list("months", 12)
        var formats: [String: String] = [:]
        for k in Self.formatKeys {
            if let v = head[k] as? String { formats[k] = v } else { problems.append(.missingForm(k)) }
        }
        self.formats = formats
        compiled = formats.mapValues(FormPart.split)
        func table<K: TextKey & CaseIterable>(_ area: String, _: K.Type) -> [K: String] {
            let o = object(area)
            var t: [K: String] = [:]
            for (k, v) in o {
                guard let key = K(rawValue: k) else { problems.append(.unknownKey(area, k)); continue }
                guard let s = v as? String else { problems.append(.notText(area, k)); continue }
                t[key] = s
            }
            let missing = K.allCases.filter { t[$0] == nil }.map(\.rawValue)
            if !missing.isEmpty { problems.append(.missingTexts(area, missing)) }
            return t
        }
        dashboard = table("dashboard", UIText.self)
        shared = table("shared", SharedText.self)
        messages = table("messages", MessageText.self)
        commandLine = table("command-line", CLIText.self)
        importing = table("import", ImportText.self)
        report = table("report", ReportText.self)
        help = table("help", HelpText.self)
        self.problems = problems
    }

    /// A form from `language.json` with its `{name}` slots filled by `slot`.
    func format(_ key: String, _ slot: (String) -> String) -> String {
        var out = ""
        for part in compiled[key] ?? [] {
            switch part {
            case .text(let t): out += t
            case .slot(let name): out += slot(name)
            }
        }
        return out
    }
}

/// A piece of a form: text as it is, or a `{slot}` to fill.
enum FormPart: Sendable {
    case text(String)
    case slot(String)

    static func split(_ form: String) -> [FormPart] {
        var parts: [FormPart] = [], rest = form[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }
}

/// What a language's files lack or hold in error: each names the file's area ("dashboard" for dashboard.json).
public enum LanguageFileProblem: Sendable, Equatable {
    case missingFile(String)
    case notAnObject(String)
    /// A list in language.json (weekdays, months) that does not hold this many names.
    case wrongList(String, count: Int)
    /// A form language.json must give (longDate, decimalMark, …).
    case missingForm(String)
    case unknownKey(String, String)
    case notText(String, String)
    /// Keys the area's file does not give; their texts show their keys' names.
    case missingTexts(String, [String])
}

/// The languages known to this run: those built in, and any added from the user's folder before first use.
final class LanguageRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var packs: [LanguagePack]

    init(_ packs: [LanguagePack]) { self.packs = packs.sorted { ($0.rank, $0.code) < ($1.rank, $1.code) } }

    var all: [LanguagePack] { lock.withLock { packs } }
    func pack(_ code: String) -> LanguagePack? { lock.withLock { packs.first { $0.code == code } } }

    func add(_ pack: LanguagePack) {
        lock.withLock {
            packs.removeAll { $0.code == pack.code }
            packs.append(pack)
            packs.sort { ($0.rank, $0.code) < ($1.rank, $1.code) }
        }
    }
}

extension LanguagePack {
    /// The languages that ship with Tavle, as read from their files (once).
    public static let builtin: [LanguagePack] = builtinSources.values.compactMap { LanguagePack(files: $0) }.sorted { ($0.rank, $0.code) < ($1.rank, $1.code) }

    static let registry = LanguageRegistry(builtin)

    /// The files of a language that ships, by area, as a starting point for another (a test's pseudo-language).
    public static func builtinFiles(_ code: String) -> [String: String]? { builtinSources[code] }

    /// Adds (or replaces) a language for the rest of the run: one read from the user's own folder, or a test's.
    public static func add(_ pack: LanguagePack) { registry.add(pack) }

    /// The pack of a known language.
    public static func of(_ language: Language) -> LanguagePack { language.pack }

    /// Every text of this pack, keyed "area.key", and its forms: what a pseudo-language or a check walks.
    public var texts: [String: String] {
        var out: [String: String] = [:]
        for (k, v) in dashboard { out["dashboard." + k.rawValue] = v }
        for (k, v) in shared { out["shared." + k.rawValue] = v }
        for (k, v) in messages { out["messages." + k.rawValue] = v }
        for (k, v) in commandLine { out["command-line." + k.rawValue] = v }
        for (k, v) in importing { out["import." + k.rawValue] = v }
        for (k, v) in report { out["report." + k.rawValue] = v }
        for (k, v) in help { out["help." + k.rawValue] = v }
        return out
    }
}
