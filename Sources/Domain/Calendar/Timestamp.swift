import Foundation

/// A moment in UTC, in milliseconds since 1970. Every event's time is one.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public init(day: Day, minutes: Int = 0) {
        milliseconds = (Int64(day.ordinal) * 1440 + Int64(minutes)) * 60_000
    }

    public static func now() -> Timestamp {
        Timestamp(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.milliseconds < b.milliseconds }

    /// The UTC calendar day.
    public var utcDay: Day { Day(ordinal: Int(milliseconds.floorDiv(86_400_000))) }

    /// The calendar day in Denmark (Europe/Copenhagen).
    public var danishDay: Day { Copenhagen.local(self).day }

    /// yyyy-mm-ddThh:mm:ss.sssZ
    public var iso: String {
        let day = utcDay
        let ms = Int(milliseconds - Int64(day.ordinal) * 86_400_000)
        let h = ms / 3_600_000, mi = ms / 60_000 % 60, s = ms / 1000 % 60, f = ms % 1000
        return "\(day.iso)T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    public var description: String { iso }

    /// Parses what `iso` writes (fraction optional). Works on raw bytes for fast replay.
    public static func parse<C: Collection>(bytes b: C) -> Timestamp? where C.Element == UInt8, C.Index == Int {
        var i = b.startIndex
        func num(_ n: Int) -> Int? {
            var v = 0
            for _ in 0..<n {
                guard i < b.endIndex else { return nil }
                let c = b[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48); i += 1
            }
            return v
        }
        func lit(_ c: UInt8) -> Bool {
            guard i < b.endIndex, b[i] == c else { return false }
            i += 1; return true
        }
        guard let y = num(4), lit(45), let mo = num(2), lit(45), let d = num(2), lit(84),
              let h = num(2), lit(58), let mi = num(2), lit(58), let s = num(2),
              let day = Day(year: y, month: mo, day: d), h < 24, mi < 60, s < 60 else { return nil }
        var ms = 0
        if lit(46) { guard let f = num(3) else { return nil }; ms = f }
        guard lit(90), i == b.endIndex else { return nil }
        return Timestamp(milliseconds: Int64(day.ordinal) * 86_400_000 + Int64(h * 3_600_000 + mi * 60_000 + s * 1000 + ms))
    }

    public static func parse(_ text: String) -> Timestamp? {
        var t = text
        return t.withUTF8 { parse(bytes: $0) }
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
