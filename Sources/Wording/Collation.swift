/// Danish alphabetical order: æ, ø and å come after z, in that order, and case is ignored.
public enum Collation {
    public static func key(_ s: String) -> String {
        var out = ""
        for c in s.lowercased() {
            switch c {
            case "æ": out += "z\u{1}"
            case "ø": out += "z\u{2}"
            case "å": out += "z\u{3}"
            default: out.append(c)
            }
        }
        return out
    }
}
