import Foundation
import Wording

/// A pseudo-language for tests ("qps", as pseudo-locales are named): the default language's files with every text
/// bracketed, its vowels accented and lengthened by 30 %, placeholders kept. Shown on a screen or by a command, a
/// word in plain Danish or English came from somewhere other than the catalogue, a key's name means a text fell
/// back, and a line that no longer fits shows where a layout assumed short words.
public enum PseudoLanguage {
    public static let code = "qps"

    static let accents: [Character: Character] = ["a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý",
                                                   "A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú", "Y": "Ý"]

    /// A text's vowels accented, placeholders and their plural forms' separators kept.
    static func accented(_ s: String) -> String {
        var out = "", depth = 0, slot = 0
        for c in s {
            if c == "{" { depth += 1; slot = 0; out.append(c); continue }
            if c == "}" { depth = max(0, depth - 1); out.append(c); continue }
            if depth > 0 {
                if c == "|" { slot += 1 }
                // Inside `{0|skole|skoler}` the forms are words; the number before the first bar is not.
                out.append(slot > 0 ? accents[c] ?? c : c)
                continue
            }
            out.append(accents[c] ?? c)
        }
        return out
    }

    /// One text in the pseudo-language: "[Skólér~~]".
    public static func text(_ s: String) -> String {
        guard !s.isEmpty else { return s }
        let pad = max(0, Int((Double(s.count) * 0.3).rounded(.up)) - 2)
        return "[" + accented(s) + String(repeating: "~", count: pad) + "]"
    }

    /// Its files, by area, made from the default language's.
    public static var files: [String: String] {
        let base = LanguagePack.builtinFiles(Language.allCases.first { LanguagePack.builtinFiles($0.rawValue) != nil }!.rawValue)!
        var out: [String: String] = [:]
        for (area, json) in base {
            guard var object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else { continue }
            if area == "language" {
                object["code"] = code; object["name"] = text("Pseudo"); object["rank"] = 99; object["parserLanguage"] = false
                for key in ["weekdays", "weekdaysShort", "months"] { object[key] = (object[key] as? [String] ?? []).map(accented) }
            } else {
                object = object.mapValues { ($0 as? String).map(text) ?? $0 }
            }
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            out[area] = String(decoding: data, as: UTF8.self)
        }
        return out
    }

    /// The pseudo-language, known to this process from the first use on.
    public static let language: Language = {
        LanguagePack.add(LanguagePack(files: files)!)
        return Language(rawValue: code)!
    }()

    /// Writes its files under `configHome/tavle/languages/qps/`, for a `tavle` run with XDG_CONFIG_HOME=configHome.
    public static func install(configHome: String) throws {
        let dir = configHome + "/tavle/languages/" + code
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (area, json) in files { try json.write(toFile: dir + "/" + area + ".json", atomically: true, encoding: .utf8) }
    }

    /// Every key's name of more than one word ("tabSchools"), lower-cased as `Vocabulary.tokens` gives words: one on
    /// screen is a text that fell back. A one-word key ("accepted") reads as the word it is, so it is not counted.
    public static let keyNames: Set<String> = Set(LanguagePack.builtin[0].texts.keys.map { String($0.split(separator: ".").last!) }
        .filter { $0.contains { $0.isUppercase } }.map { $0.lowercased() })
}
