#if FUZZING
import CFuzzer
import Glibc

/// The check libFuzzer's callback runs; a C callback cannot capture it.
nonisolated(unsafe) private var activeCheck: (([UInt8]) -> String?)?
#endif

/// A harness's whole main: under -DFUZZING (see .ci/fuzz) libFuzzer drives `check`, and a broken promise
/// crashes so libFuzzer keeps the input; a plain build replays the files or folders given as arguments.
public func fuzzMain(_ check: @escaping ([UInt8]) -> String?) -> Never {
    #if FUZZING
    activeCheck = check
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let broken = activeCheck?(bytes) { fatalError(broken) }
        return 0
    })
    #else
    replay(CommandLine.arguments.dropFirst(), check: check)
    #endif
}
