import Foundation

/// Runs a check over files, or every file in folders; exits 1 if any fails.
func replay(_ paths: ArraySlice<String>, check: ([UInt8]) -> String?) -> Never {
    var files: [String] = []
    for p in paths {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { print("\(p): no such file"); exit(2) }
        if isDir.boolValue {
            files += ((try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []).sorted().map { p + "/" + $0 }
        } else {
            files.append(p)
        }
    }
    var failed = 0
    for f in files {
        guard let data = FileManager.default.contents(atPath: f) else { print("\(f): unreadable"); failed += 1; continue }
        if let broken = check([UInt8](data)) { print("\(f): \(broken)"); failed += 1 }
    }
    print("\(files.count) inputs, \(failed) failed")
    exit(failed == 0 ? 0 : 1)
}
