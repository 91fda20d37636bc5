/// A problem in a theme or the config file, naming the file, the line and the key.
public struct SettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
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
