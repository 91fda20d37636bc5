import Domain

/// Version 3: names as the client's `decide` takes them. `tavle.check_record` refuses, in identifiers and one-line
/// text, the invisible characters `TextRules.invisible` lists (zero-width, direction marks, tags…), and text of
/// any kind not in Unicode's composed form (NFC), which the client writes everything in.
extension Schema {
    static var version3: [String] {
        [recordRules, "INSERT INTO tavle.schema_version (version) VALUES (3)"]
    }

    /// `TextRules.invisible` as the inside of a PostgreSQL regular expression's bracket expression.
    static var invisibleClass: String {
        func escape(_ v: UInt32) -> String { v <= 0xFFFF ? String(format: "\\u%04x", v) : String(format: "\\U%08x", v) }
        return TextRules.invisible.map { $0.lowerBound == $0.upperBound ? escape($0.lowerBound) : escape($0.lowerBound) + "-" + escape($0.upperBound) }.joined()
    }
}

/// Version 4: indicators and measurements. The shapes are written again (four new kinds of record, and decimals and
/// periods as kinds of value), and the spelling functions learn the new kinds.
extension Schema {
    static var version4: [String] {
        [shapeRows, canonicalFunctions, "INSERT INTO tavle.schema_version (version) VALUES (4)"]
    }
}
