/// An exact decimal with at most four decimals, as indicators' values, ranges and targets are held: 12,5 is
/// 125 000 ten-thousandths. Sums and comparisons are exact; only means and spreads become `Double`.
public struct Fixed: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let units: Int
    public static let scale = 10_000
    public static let maxDecimals = 4
    /// The largest magnitude held: twelve digits before the decimal point.
    public static let limit = 1_000_000_000_000 * scale

    public init(units: Int) { self.units = units }
    public init(_ whole: Int) { units = whole * Self.scale }
    public static let zero = Fixed(units: 0)

    public static func < (a: Fixed, b: Fixed) -> Bool { a.units < b.units }
    public static func + (a: Fixed, b: Fixed) -> Fixed { Fixed(units: a.units + b.units) }
    public static func - (a: Fixed, b: Fixed) -> Fixed { Fixed(units: a.units - b.units) }
    public static prefix func - (a: Fixed) -> Fixed { Fixed(units: -a.units) }

    public var double: Double { Double(units) / Double(Self.scale) }

    /// The fewest decimals that spell the value exactly.
    public var decimals: Int {
        var d = Self.maxDecimals, u = units
        while d > 0, u % 10 == 0 { u /= 10; d -= 1 }
        return d
    }

    /// The one spelling the log uses: `-12.5`, `0.0001`, `3`; no plus sign, no leading or trailing zeros.
    public var spelled: String {
        let whole = abs(units) / Self.scale, frac = abs(units) % Self.scale
        var s = (units < 0 ? "-" : "") + String(whole)
        if frac != 0 {
            var digits = pad(frac, Self.maxDecimals)
            while digits.last == "0" { digits.removeLast() }
            s += "." + digits
        }
        return s
    }
    public var description: String { spelled }

    /// Reads a spelling with a decimal point (`12.5`, `-0.25`, `3.`, `.5` are read, and more than four decimals are
    /// not); the log's reader then checks the spelling is the canonical one.
    public static func parse(_ text: some StringProtocol) -> Fixed? {
        parse(utf8: Substring(text).utf8[...])
    }

    /// The same from a spelling's bytes (the log's reader, without making a string).
    public static func parse<C: Collection>(utf8 text: C) -> Fixed? where C.Element == UInt8, C.SubSequence == C {
        var u = text
        var negative = false
        if u.first == UInt8(ascii: "-") { negative = true; u = u.dropFirst() }
        var whole = 0, frac = 0, decimals = 0, digits = 0, seenPoint = false
        for b in u {
            if b == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true; continue
            }
            guard b >= 48, b <= 57 else { return nil }
            digits += 1
            if seenPoint {
                decimals += 1
                guard decimals <= maxDecimals else { return nil }
                frac = frac * 10 + Int(b - 48)
            } else {
                whole = whole * 10 + Int(b - 48)
                guard whole < limit / scale else { return nil }
            }
        }
        guard digits > 0 else { return nil }
        for _ in decimals..<maxDecimals { frac *= 10 }
        let units = whole * scale + frac
        return Fixed(units: negative ? -units : units)
    }

    /// Rounded to `decimals` (half away from zero).
    public func rounded(to decimals: Int) -> Fixed {
        var step = 1
        for _ in 0..<max(0, Self.maxDecimals - decimals) { step *= 10 }
        let half = step / 2, a = abs(units)
        let r = (a + half) / step * step
        return Fixed(units: units < 0 ? -r : r)
    }

    /// The value nearest a `Double` (for means shown with their decimals).
    public init(rounding d: Double) { units = Int((d * Double(Self.scale)).rounded()) }
}

/// The kind of period an indicator is measured by.
public enum PeriodKind: String, CaseIterable, Sendable {
    /// A school year, written `2016/17`.
    case schoolYear = "school-year"
    /// A calendar year, written `2016`.
    case year
    /// A day, written `2016-06-30`.
    case date
    /// A programme's measuring point (baseline, midway, final): only the values recorded before indicators were
    /// data, read as measurements of the built-in indicators.
    case point = "measuring-point"

    /// The kinds a programme can define an indicator by.
    public static let definable: [PeriodKind] = [.schoolYear, .year, .date]
}

/// When a value was measured.
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    case schoolYear(Int)
    case year(Int)
    case day(Day)
    case point(MeasuringPoint)

    public var kind: PeriodKind {
        switch self {
        case .schoolYear: return .schoolYear
        case .year: return .year
        case .day: return .date
        case .point: return .point
        }
    }

    /// The day the period begins, for ordering and for "has it begun yet"; a measuring point has none.
    public var start: Day? {
        switch self {
        case .schoolYear(let y): return Day(year: y, month: 8, day: 1)
        case .year(let y): return Day(year: y, month: 1, day: 1)
        case .day(let d): return d
        case .point: return nil
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .point(let p): return (0, MeasuringPoint.allCases.firstIndex(of: p)!)
        default: return (1, start?.ordinal ?? 0)
        }
    }
    public static func < (a: Period, b: Period) -> Bool { a.order < b.order }

    /// The log's spelling: `2016/17`, `2016`, `2016-06-30`, or a measuring point's code.
    public var spelled: String {
        switch self {
        case .schoolYear(let y): return "\(pad(y, 4))/\(pad((y + 1) % 100, 2))"
        case .year(let y): return pad(y, 4)
        case .day(let d): return d.iso
        case .point(let p): return p.rawValue
        }
    }
    public var description: String { spelled }

    /// Reads the log's spelling (a school year's second part must follow its first: `2016/17`, never `2016/18`).
    public static func parse(_ s: String) -> Period? {
        var s = s
        return s.withUTF8 { parse(bytes: $0) }
    }

    /// The same from a spelling's bytes, as the log's reader has them.
    public static func parse(bytes u: UnsafeBufferPointer<UInt8>) -> Period? {
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard u[i] >= 48, u[i] <= 57 else { return nil }; n = n * 10 + Int(u[i] - 48) }
            return n
        }
        switch u.count {
        case 4: return number(0..<4).flatMap { $0 >= 1900 ? .year($0) : nil }
        case 7 where u[4] == UInt8(ascii: "/"):
            guard let y = number(0..<4), y >= 1900, let next = number(5..<7), next == (y + 1) % 100 else { return nil }
            return .schoolYear(y)
        case 10: return Day.parseISO(bytes: u).flatMap { $0.year >= 1900 ? .day($0) : nil }
        default: return MeasuringPoint(rawValue: String(decoding: u, as: UTF8.self)).map { .point($0) }
        }
    }

    /// The period of this kind that holds `day`.
    public static func containing(_ day: Day, kind: PeriodKind) -> Period? {
        switch kind {
        case .schoolYear: return .schoolYear(SchoolYear(containing: day).startYear)
        case .year: return .year(day.year)
        case .date: return .day(day)
        case .point: return nil
        }
    }

    /// The period just before, for school and calendar years.
    public var previous: Period? {
        switch self {
        case .schoolYear(let y): return .schoolYear(y - 1)
        case .year(let y): return .year(y - 1)
        case .day, .point: return nil
        }
    }
}
