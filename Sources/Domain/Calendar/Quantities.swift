import Foundation

/// Lengths and shares as people type them.
public enum Quantities {
    /// The longest meeting: a day.
    public static let longestMinutes = 24 * 60

    /// "2t30m", "2t", "45m", "1:30" or plain minutes, from 1 minute to a day. A leading "+" is allowed; a
    /// number that does not fit is refused, not wrapped around.
    public static func minutes(_ text: String) -> Int? {
        var t = text.lowercased().replacingOccurrences(of: " ", with: "")
        if t.hasPrefix("+") { t.removeFirst() }
        guard !t.isEmpty, t.count <= 12 else { return nil }
        if t.allSatisfy(\.isASCIIDigit) { return Int(t).flatMap { (1...longestMinutes).contains($0) ? $0 : nil } }
        if t.contains(":"), let m = ClockTime.parse(t) { return m > 0 ? m : nil }
        var total = 0, number = ""
        for c in t {
            if c.isASCIIDigit { number.append(c); continue }
            guard let n = Int(number), n <= longestMinutes else { return nil }
            switch c {
            case "t", "h": total += 60 * n
            case "m": total += n
            default: return nil
            }
            number = ""
        }
        return number.isEmpty && (1...longestMinutes).contains(total) ? total : nil
    }

    /// "12,5", "12.5" or "12,5 %" as hundredths of a per cent (1250). One sign at most, digits only, and at
    /// most nine of them before the comma, so nothing overflows.
    public static func hundredths(_ text: String) -> Int? {
        let t = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        let negative = t.hasPrefix("-")
        let parts = (negative ? String(t.dropFirst()) : t).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 9, parts[0].allSatisfy(\.isASCIIDigit),
              parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigit), let whole = Int(parts[0]) else { return nil }
        var frac = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let f = Int(parts[1]) else { return nil }
            frac = parts[1].count == 1 ? f * 10 : f
        }
        let value = whole * 100 + frac
        return negative ? -value : value
    }
}

extension Character {
    /// 0–9 only: `isNumber` also takes other scripts' digits and fractions, which `Int` does not read.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
