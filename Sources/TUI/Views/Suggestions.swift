import Domain

/// A suggestion's reasons in words.
public enum Suggestions {
    public static func reasons(_ s: Suggestion, _ w: Catalogue) -> String {
        (s.reasons.map { r -> String in
            switch r {
            case .freeForEveryone: return w(.sgFree)
            case .noHolidays: return w(.sgNoHolidays)
            case .weeksSinceLast(let n): return w(.sgSpacing, n)
            case .firstMeeting: return w(.sgFirst)
            case .host(let school): return w(.sgHost, school)
            case .travel(let c, let minutes): return w(.sgTravel, minutes, c)
            }
        } + s.soft.map { w.message($0) }).joined(separator: " · ")
    }
}
