import Domain

/// Version 5: `tavle.line_problem` checks the ranges the reader checks in every line (`EventShape.rangesReadChecks`:
/// a value's decimals, a measurement's pupils), so the two judge every line alike; before, a line with decimals
/// past four was refused by the reader and taken by the line check (the append's `tavle.check_record` refused it).
extension Schema {
    static var version5: [String] {
        [canonicalFunctions, "INSERT INTO tavle.schema_version (version) VALUES (5)"]
    }
}
