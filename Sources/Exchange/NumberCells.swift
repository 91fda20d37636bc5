import Foundation

/// A number cell as a spreadsheet or the statistics portal writes it: a value, or a mark that there is none.
enum NumberCell: Equatable {
    case value(Decimal)
    /// Empty, "–", "-" or "..": no value for that school and period.
    case missing
}

extension Cells {
    /// What stands for "no value": empty, a dash of any length, or the statistics' "..".
    static let missingMarks: Set<String> = ["", "-", "–", "—", "..", "."]

    /// A number as Danish or English Excel and LibreOffice write it: "12,5" or "12.5"; thousands grouped by the
    /// other mark, a space, a no-break space or an apostrophe ("1.234,5", "1,234.5", "1 234,5"); a minus sign, a
    /// hyphen, an en dash or Excel's brackets for a negative ("−3,2", "–3,2", "(3,2)"); a trailing "%"; an exponent
    /// ("1,25E+01"). `decimalMark` is the file's (`decimalMark(in:)`), so "1.234" is one thousand two hundred and
    /// thirty-four in a Danish file and one point two three four in an English one. Nil: not a number (an Excel
    /// error such as "#I/T" or "#DIV/0!", text, or thousands grouped wrongly, as "12.5" in a Danish file).
    static func number(_ text: String, decimalMark: Character) -> NumberCell? {
        var t = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}")))
        if missingMarks.contains(t) { return .missing }
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}"))) }
        var negative = false
        if t.hasPrefix("("), t.hasSuffix(")") { negative = true; t = String(t.dropFirst().dropLast()) }
        if let first = t.first, "-−–".contains(first) { negative.toggle(); t = String(t.dropFirst()) }
        // The exponent, if any, after an E.
        var exponent = 0
        if let e = t.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let x = Int(t[t.index(after: e)...].replacingOccurrences(of: "+", with: "")) else { return nil }
            exponent = x
            t = String(t[..<e])
        }
        let grouping: Character = decimalMark == "," ? "." : ","
        let parts = t.split(separator: decimalMark, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        // The whole part's groups: the first one to three digits, the rest exactly three.
        let groups = parts[0].split(omittingEmptySubsequences: false) { $0 == grouping || $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "'" }
        guard let head = groups.first, !head.isEmpty || parts.count == 2, head.count <= (groups.count > 1 ? 3 : 18),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), !(parts.count == 2 && fraction.isEmpty && head.isEmpty) else { return nil }
        let plain = (negative ? "-" : "") + (groups.joined().isEmpty ? "0" : groups.joined()) + (fraction.isEmpty ? "" : "." + fraction)
        guard var value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        if exponent != 0 {
            guard abs(exponent) <= 30 else { return nil }
            let ten = Decimal(10)
            for _ in 0..<abs(exponent) { value = exponent > 0 ? value * ten : value / ten }
        }
        return .value(value)
    }

    /// The decimal mark a column of numbers uses: the last of the two marks in any value that holds both, or a
    /// mark followed by other than three digits; a Danish comma when nothing says otherwise.
    static func decimalMark(in cells: [String]) -> Character {
        for cell in cells {
            let t = cell.trimmingCharacters(in: .whitespaces)
            if let comma = t.lastIndex(of: ","), let dot = t.lastIndex(of: ".") { return comma > dot ? "," : "." }
        }
        for cell in cells {
            let t = cell.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
                .trimmingCharacters(in: .whitespaces)
            for mark: Character in [",", "."] where t.filter({ $0 == mark }).count == 1 {
                let after = t[t.index(after: t.firstIndex(of: mark)!)...].prefix { $0.isNumber }
                if after.count != 3 { return mark }
            }
        }
        return ","
    }
}
