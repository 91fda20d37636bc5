import FuzzChecks
#if FUZZING
import CFuzzer
import Glibc
#endif

/// Built with -sanitize=fuzzer -DFUZZING (see .ci/fuzz), this hands libFuzzer the check.
/// A plain build replays the files or folders given as arguments through the same check.
@main struct FuzzCSV {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        Glibc.exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            if let broken = CSVChecks.check(bytes) { fatalError(broken) }
            return 0
        })
        #else
        replay(CommandLine.arguments.dropFirst(), check: CSVChecks.check)
        #endif
    }
}
