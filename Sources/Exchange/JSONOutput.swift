import Foundation

/// JSON for scripts: pretty, with sorted keys, so the same state always prints the same bytes.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}

/// A value in a row whose columns are data (an export table): text, a whole number, a list, or null.
public enum JSONCell: Encodable, Equatable, Sendable {
    /// `decimal` is hundredths, written as the exact decimal number (1250 is 12.5).
    case text(String), number(Int), decimal(Int), list([String]), null
    /// An exact value, written as the decimal number its spelling holds ("12.5" as 12.5).
    case exact(String)

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .number(let n): try c.encode(n)
        case .decimal(let h): try c.encode(Decimal(h) / 100)
        case .list(let l): try c.encode(l)
        case .null: try c.encodeNil()
        case .exact(let s): try c.encode(Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? 0)
        }
    }
}
