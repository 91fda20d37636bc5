/// Matching that ignores case and Danish letters: "aero" finds "Ærø", "kobenhavn" finds "København".
public enum Folding {
    /// Two spellings of a text: æ/ø/å as ae/oe/aa, and as ae/o/a.
    public static func keys(_ s: String) -> (long: String, short: String) {
        var long = "", short = ""
        for c in s.lowercased() {
            switch c {
            case "æ": long += "ae"; short += "ae"
            case "ø": long += "oe"; short += "o"
            case "å": long += "aa"; short += "a"
            case "é", "è", "ê": long += "e"; short += "e"
            case "ü": long += "u"; short += "u"
            case "ö": long += "oe"; short += "o"
            case "ä": long += "ae"; short += "a"
            default: long.append(c); short.append(c)
            }
        }
        return (long, short)
    }

    /// Whether every word of `query` occurs in the text, in either spelling.
    public static func matches(_ query: String, long: String, short: String) -> Bool {
        for word in query.split(separator: " ") {
            let q = keys(String(word))
            if !(long.contains(q.long) || short.contains(q.short) || long.contains(q.short)) { return false }
        }
        return true
    }
}
