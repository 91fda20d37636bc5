import FuzzChecks

/// The fuzz harness for the log reader: see FuzzChecks/Driver.swift and .ci/fuzz.
@main struct FuzzLog {
    static func main() { fuzzMain(LogChecks.check) }
}
