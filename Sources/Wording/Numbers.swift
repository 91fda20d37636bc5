/// Numbers as the language writes them: thousands grouped, one decimal, shares and file sizes with its marks.
extension Catalogue {
    /// Thousands grouped the language's way: "70.339" in Danish, "70,339" in English.
    public func grouped(_ n: Int) -> String {
        let digits = Array(String(abs(n)))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += thousandsMark }
            out.append(d)
        }
        return out
    }

    /// A count after a title, grouped: " (1.000.001)" in Danish.
    public func titleCount(_ n: Int) -> String { " (" + grouped(n) + ")" }

    /// A file size: "12,8 MB" in Danish, "12.8 MB" in English; below a megabyte in kB.
    public func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 20 { return "\(Int((Double(bytes) / 1024).rounded())) kB" }
        let tenths = Int((Double(bytes) / 1_048_576 * 10).rounded())
        return "\(tenths / 10)\(decimalMark)\(tenths % 10) MB"
    }

    /// A number rounded to one decimal, with the language's decimal mark, the decimal kept when it is 0 so a column
    /// of them reads alike: "3,6", "24,0", "-0,4".
    public func oneDecimal(_ value: Double) -> String {
        let t = Int((value * 10).rounded())
        return (t < 0 ? "-" : "") + "\(abs(t) / 10)\(decimalMark)\(abs(t) % 10)"
    }

    /// A share in hundredths of a per cent, with the language's decimal mark: "12,5".
    public func percent(_ hundredths: Int) -> String { Self.percent(hundredths, mark: decimalMark) }

    /// A share in hundredths of a per cent with the given decimal mark ("." for files read by machines).
    public static func percent(_ hundredths: Int, mark sep: String) -> String {
        let whole = hundredths / 100, frac = abs(hundredths % 100)
        if frac == 0 { return String(whole) }
        return "\(whole)\(sep)" + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0\(frac)" : String(frac)))
    }
}
