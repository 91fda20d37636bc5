import Foundation

/// Lengths and shares as people type them.
public enum Quantities {
    /// "+2t30m", "2t", "45m", "1:30" or plain minutes.
    public static func minutes(_ text: String) -> Int? {
        var t = text.lowercased().replacingOccurrences(of: " ", with: "")
        if t.hasPrefix("+") { t.removeFirst() }
        if let n = Int(t) { return n > 0 ? n : nil }
        if t.contains(":"), let m = ClockTime.parse(t) { return m > 0 ? m : nil }
        var total = 0, number = ""
        for c in t {
            if c.isNumber { number.append(c); continue }
            guard let n = Int(number) else { return nil }
            switch c {
            case "t", "h": total += 60 * n
            case "m": total += n
            default: return nil
            }
            number = ""
        }
        return number.isEmpty && total > 0 ? total : nil
    }

    /// "12,5", "12.5" or "12,5 %" as hundredths of a per cent (1250).
    public static func hundredths(_ text: String) -> Int? {
        let t = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        let negative = t.hasPrefix("-")
        let parts = (negative ? String(t.dropFirst()) : t).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), !parts[0].isEmpty else { return nil }
        var frac = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let f = Int(parts[1]) else { return nil }
            frac = parts[1].count == 1 ? f * 10 : f
        }
        let value = whole * 100 + frac
        return negative ? -value : value
    }
}
