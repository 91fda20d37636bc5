import FuzzChecks

/// The fuzz harness for the CSV importers: see FuzzChecks/Driver.swift and .ci/fuzz.
@main struct FuzzCSV {
    static func main() { fuzzMain(CSVChecks.check) }
}
