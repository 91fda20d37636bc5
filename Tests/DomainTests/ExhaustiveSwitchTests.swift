import Foundation
import Testing

/// A new kind of event or command must be a compile error wherever it is not yet handled: no switch over
/// events or commands ends in `default:`, so the compiler lists every place.
@Suite struct ExhaustiveSwitchTests {
    /// The case names an enum declares, read from its source.
    static func caseNames(_ path: String, upTo end: String? = nil) -> Set<String> {
        let text = LayerTests.files("Domain").first { $0.path == path }?.text ?? ""
        let part = end.flatMap { text.range(of: $0) }.map { String(text[..<$0.lowerBound]) } ?? text
        let pattern = try! NSRegularExpression(pattern: #"^\s*(?:indirect\s+)?case (\w+)"#, options: .anchorsMatchLines)
        return Set(pattern.matches(in: part, range: NSRange(part.startIndex..., in: part)).compactMap {
            Range($0.range(at: 1), in: part).map { String(part[$0]) }
        })
    }

    /// Each `switch … {` body (to its matching brace) in a text.
    static func switches(_ text: String) -> [(line: Int, body: Substring)] {
        var out: [(Int, Substring)] = []
        var search = text.startIndex
        while let r = text.range(of: "switch ", range: search..<text.endIndex) {
            guard let open = text[r.upperBound...].firstIndex(of: "{"), !text[r.upperBound..<open].contains("\n") else {
                search = r.upperBound; continue
            }
            var depth = 1, i = text.index(after: open)
            while depth > 0, i < text.endIndex {
                if text[i] == "{" { depth += 1 } else if text[i] == "}" { depth -= 1 }
                i = text.index(after: i)
            }
            out.append((text[..<r.lowerBound].filter { $0 == "\n" }.count + 1, text[open..<i]))
            search = i
        }
        return out
    }

    @Test func noSwitchOverEventsOrCommandsEndsInDefault() {
        let events = Self.caseNames("Domain/Model/Event.swift", upTo: "/// An event as the log holds it")
        let commands = Self.caseNames("Domain/Decider/Command.swift")
        #expect(events.contains("meetingScheduled") && commands.contains("scheduleMeeting"), "the enums were read")
        let casePattern = try! NSRegularExpression(pattern: #"^\s*case \.(\w+)"#, options: .anchorsMatchLines)
        let defaultPattern = try! NSRegularExpression(pattern: #"^\s*default\s*:"#, options: .anchorsMatchLines)
        let targets = ["Domain", "Wording", "Exchange", "TUI", "Demo", "FileStore", "PostgresStore", "tavle", "FuzzChecks"]
        for target in targets {
            for (path, text) in LayerTests.files(target) {
                for (line, body) in Self.switches(text) {
                    // Only the switch's own cases (the indentation of its first case): nested switches are checked on their own.
                    let lines = String(body).components(separatedBy: "\n")
                    let indent = lines.dropFirst().first { $0.contains("case ") }.map { $0.prefix { $0 == " " }.count } ?? -1
                    let top = lines.filter { $0.prefix { $0 == " " }.count == indent }.joined(separator: "\n")
                    let names = casePattern.matches(in: top, range: NSRange(top.startIndex..., in: top)).compactMap { Range($0.range(at: 1), in: top).map { String(top[$0]) } }
                    guard !names.isEmpty, defaultPattern.firstMatch(in: top, range: NSRange(top.startIndex..., in: top)) != nil else { continue }
                    let isEvents = names.allSatisfy(events.contains), isCommands = names.allSatisfy(commands.contains)
                    if isEvents || isCommands {
                        Issue.record("\(path):\(line) switches over \(isEvents ? "events" : "commands") with default: \(names)")
                    }
                }
            }
        }
    }
}
