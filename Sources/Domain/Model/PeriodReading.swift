import Foundation

extension Period {
    /// A period as people and files write it: a school year `2016/17`, `2016/2017`, `2016-17` or `2016-2017`; a
    /// year `2016`; a date as `Day.parse` reads it. Nil when it is not one of `kind`.
    public static func read(_ text: String, kind: PeriodKind, near: Day) -> Period? {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .schoolYear:
            let parts = t.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "–" }).map(String.init)
            guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), y >= 1900, let n = Int(parts[1]) else { return nil }
            guard (parts[1].count == 2 && n == (y + 1) % 100) || (parts[1].count == 4 && n == y + 1) else { return nil }
            return .schoolYear(y)
        case .year:
            guard t.count == 4, let y = Int(t), y >= 1900 else { return nil }
            return .year(y)
        case .date:
            return Day.parse(t, near: near).flatMap { $0.year >= 1900 ? .day($0) : nil }
        case .point:
            return MeasuringPoint(rawValue: t).map { .point($0) }
        }
    }
}
