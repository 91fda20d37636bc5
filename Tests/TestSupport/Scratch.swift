import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where tests put their files: one directory per test process, removed when the process exits, so a run of the
/// suite leaves nothing behind (the end-to-end tests write logs of a hundred megabytes; a run made gigabytes). A run
/// that crashed cannot remove its own: the next run removes the directories of processes that are gone.
public enum Scratch {
    static let prefix = "tavle-tests-"

    /// This process's directory, made on first use.
    public static let root: String = {
        removeAbandoned()
        let dir = NSTemporaryDirectory() + prefix + "\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Scratch.root) }
        return dir
    }()

    /// A new, empty directory for one test, named `name` and a unique tail.
    public static func directory(_ name: String) -> String {
        let dir = root + "/" + name + "-" + UUID().uuidString.prefix(8)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The directories of earlier test processes that no longer run.
    static func removeAbandoned() {
        let tmp = NSTemporaryDirectory()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { try? FileManager.default.removeItem(atPath: tmp + name) }
        }
    }
}
