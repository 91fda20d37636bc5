/// Times of day as minutes after midnight. The log writes "09:30"; Danes write "9.30".
public enum ClockTime {
    public static func format(_ minutes: Int) -> String { "\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))" }

    /// Danish style: "9.30".
    public static func danish(_ minutes: Int) -> String { "\(minutes / 60).\(pad(minutes % 60, 2))" }

    /// Parses "09:30", "9.30" and "9".
    public static func parse(_ text: String) -> Int? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), let h = Int(parts[0]), (0...24).contains(h) else { return nil }
        let m = parts.count == 2 ? Int(parts[1]) : 0
        guard let m, (0..<60).contains(m), parts.count == 1 || parts[1].count == 2, h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }
}
