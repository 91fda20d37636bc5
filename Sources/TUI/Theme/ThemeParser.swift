import TOMLKit

/// Reads a theme from TOML: `[roles]` with `role = { fg = "...", bg = "...", bold = true }`.
public enum ThemeParser {
    static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11, "bright-blue": 12,
        "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15, "grey": 8, "gray": 8,
    ]
    static let attributeNames: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic,
    ]

    /// The theme, or the first of its problems.
    public static func parse(_ source: String, file: String) throws(SettingsError) -> Theme {
        let (theme, errors) = read(source, file: file)
        if let first = errors.first { throw first }
        return theme!
    }

    /// The theme and every problem found in it, each with its line, so one edit can fix them all; no theme when
    /// there is any problem.
    public static func read(_ source: String, file: String) -> (theme: Theme?, errors: [SettingsError]) {
        let table: TOMLTable
        do { table = try TOMLTable(string: source) } catch let e as TOMLParseError {
            return (nil, [SettingsError(file: file, line: e.source.begin.line, .notTOML(detail: e.description))])
        } catch {
            return (nil, [SettingsError(file: file, line: nil, .notTOML(detail: "\(error)"))])
        }
        var errors: [SettingsError] = []
        func fail(_ key: String, _ problem: SettingsProblem, section: String? = "roles") {
            errors.append(SettingsError(file: file, line: SettingsError.line(of: key, in: source, after: section), problem))
        }
        let name = table["name"]?.string ?? file
        let usesColor = table["color"]?.bool ?? true
        guard let roles = table["roles"]?.table else { fail("roles", .rolesMissing, section: nil); return (nil, errors) }
        var paints: [Role: Paint] = [:]
        for key in roles.keys.sorted(by: { (SettingsError.line(of: $0, in: source, after: "roles") ?? 0, $0) < (SettingsError.line(of: $1, in: source, after: "roles") ?? 0, $1) }) {
            guard let role = Role(rawValue: key) else {
                fail(key, .unknownRole(key, known: Role.allCases.map(\.rawValue))); continue
            }
            guard let spec = roles[key]?.table else { fail(key, .roleNotATable(key)); continue }
            var paint = Paint()
            for field in spec.keys.sorted() {
                switch field {
                case "fg", "bg":
                    guard let color = color(spec[field]!) else {
                        fail(key, .notAColour(role: key, field: field, value: "\(spec[field]!)")); continue
                    }
                    if field == "fg" { paint.foreground = color } else { paint.background = color }
                default:
                    guard let a = attributeNames[field] else {
                        fail(key, .unknownRoleSetting(role: key, field: field, known: ["fg", "bg"] + attributeNames.keys.sorted())); continue
                    }
                    guard let on = spec[field]?.bool else { fail(key, .notABool(role: key, field: field)); continue }
                    if on { paint.attributes.insert(a) }
                }
            }
            paints[role] = paint
        }
        return errors.isEmpty ? (Theme(name: name, paints: paints, usesColor: usesColor), []) : (nil, errors)
    }

    static func color(_ v: TOMLValueConvertible) -> Color? {
        if let n = v.int { return (0...255).contains(n) ? .indexed(n) : nil }
        guard let s = v.string?.lowercased() else { return nil }
        if s == "default" { return .terminalDefault }
        if let n = names[s] { return .indexed(n) }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        return nil
    }
}
