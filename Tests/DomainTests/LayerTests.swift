import Foundation
import Testing

/// The layers, as the README's "Layout" section draws them: what each target may import. A forbidden import,
/// or a file over 300 lines, fails here before it settles in.
@Suite struct LayerTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Target → the modules its files may import. Targets not listed (the executables) may import anything.
    static let allowed: [String: Set<String>] = [
        // The effect estimator: pure statistics, under everything (Domain's queries put it to work).
        "Effects": ["Foundation"],
        "Domain": ["Foundation", "Glibc", "OrderedCollections", "DequeModule", "HeapModule", "CConfusables", "CChecksum", "Effects"],
        "Wording": ["Domain", "Effects", "Foundation", "Glibc"],
        "FileStore": ["Domain", "Foundation", "Glibc", "Crypto"],
        "PostgresStore": ["Domain", "Foundation", "Glibc", "PostgresNIO", "NIOCore", "NIOPosix", "NIOSSL", "Logging"],
        "Demo": ["Domain", "HeapModule"],
        "Exchange": ["Domain", "Effects", "Wording", "Foundation", "CSV"],
        "TUI": ["Domain", "Effects", "Wording", "Foundation", "Glibc", "CNcursesw", "CSearch", "CMemory", "TOMLKit"],
        "FuzzChecks": ["Domain", "Effects", "Demo", "Wording", "Exchange", "Foundation", "Glibc", "CFuzzer"],
    ]

    static func files(_ target: String) -> [(path: String, text: String)] {
        let dir = sources.appendingPathComponent(target)
        guard let walk = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        return walk.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().compactMap { rel in
            (try? String(contentsOf: dir.appendingPathComponent(rel), encoding: .utf8)).map { (target + "/" + rel, $0) }
        }
    }

    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let l = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["import ", "@testable import ", "@_exported import "] where l.hasPrefix(prefix) {
                return String(l.dropFirst(prefix.count).split(separator: " ").first ?? "")
            }
            return nil
        }
    }

    @Test(arguments: allowed.keys.sorted())
    func aTargetImportsOnlyTheLayersBelowIt(target: String) {
        let all = Self.files(target)
        #expect(!all.isEmpty || target == "PostgresStore", "no sources found for \(target)")
        for (path, text) in all {
            for module in Self.imports(text) where !Self.allowed[target]!.contains(module) {
                Issue.record("\(path) imports \(module), which \(target) may not")
            }
        }
    }

    @Test func domainTouchesNoTerminalDiskOrNetwork() {
        let forbidden = ["FileManager", "FileHandle", "fopen(", "Glibc.open(", "socket(", "URLSession", "ProcessInfo", "getenv("]
        let all = Self.files("Domain")
        #expect(all.count > 30)
        for (path, text) in all {
            for word in forbidden where text.contains(word) { Issue.record("\(path) uses \(word); Domain stays pure") }
        }
    }

    @Test func onlyTheBackendTalksToNcurses() {
        for (path, text) in Self.files("TUI") where Self.imports(text).contains("CNcursesw") {
            #expect(path.hasPrefix("TUI/Backend/"), "\(path) imports the ncurses shim")
        }
    }

    @Test func noSourceFileIsOver300Lines() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
        var checked = 0
        for target in targets {
            for (path, text) in Self.files(target) {
                checked += 1
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
                #expect(lines <= 300, "\(path) has \(lines) lines")
            }
        }
        #expect(checked > 150)
    }
}
