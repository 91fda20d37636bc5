import Wording

/// The two languages that ship, by name, for tests only: production code knows no language by name.
extension Language {
    public static let da = Language(rawValue: "da")!
    public static let en = Language(rawValue: "en")!
}
