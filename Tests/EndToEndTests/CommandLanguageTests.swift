import TestSupport
import Domain
import FileStore
import Foundation
import Testing
import Wording

/// Every command's help, argument errors and output, in each language: no word only the other catalogue uses.
@Suite struct CommandLanguageTests {
    /// What a person types stays as typed: option and value names, subcommands, variables, files, enum values.
    static let typed: Set<String> = Set(
        ["programmes", "schools", "interventions", "contacts", "meetings", "evaluations", "measurements", "people", "clusters", "programme", "csv", "json", "ics", "html", "tavle", "log", "toml", "config",
         "default", "light", "high", "contrast", "mono", "fullname", "name", "role", "consultant", "coordinator", "base",
         "iso", "bom", "crlf", "utf", "postgres", "postgresql", "tavle_member", "jsonl", "markdown", "true", "false",
         "never", "notyet", "varying", "universal"]
        + ParticipationStatus.allCases.map(\.rawValue) + InterventionStatus.allCases.map(\.rawValue)
        + MeasuringPoint.allCases.map(\.rawValue) + BuiltinIndicator.allCases.flatMap { Vocabulary.tokens($0.rawValue) })

    /// The help text less what is syntax: the usage line, option and value names, variables, paths, subcommand names.
    static func prose(_ help: String, _ c: Catalogue) -> String {
        var lines: [String] = []
        var inCommands = false
        let usage = [c(.parserUsageHeading), c(.parserUsage)].map { $0.trimmingCharacters(in: .whitespaces) }
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if usage.contains(where: { line.hasPrefix($0) }) { continue }
            if line == c(.parserSubcommands) { inCommands = true; continue }
            if !line.hasPrefix(" ") { inCommands = false }
            // A subcommand's name starts its line, two spaces in.
            lines.append(inCommands && line.hasPrefix("  ") && !line.hasPrefix("   ") ? String(line.dropFirst(2).drop { $0 != " " }) : line)
        }
        return lines.joined(separator: "\n")
            .replacingOccurrences(of: #"--[a-z-]+(=[a-z]+)?|<[^>]*>|\$[A-Z_]+|[\w./-]*/[\w./-]*|'[^'\s][^']*'|[\w-]+\.toml"#, with: " ", options: .regularExpression)
    }

    /// Every command path, found by reading the help of the ones above it.
    static func commands() throws -> [[String]] {
        var found: [[String]] = [[]], queue: [[String]] = [[]]
        while let path = queue.first {
            queue.removeFirst()
            let help = try Harness.tavle(path + ["--help", "--lang", "en"]).out
            guard let start = help.range(of: "SUBCOMMANDS:\n") else { continue }
            for line in help[start.upperBound...].split(separator: "\n") {
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { continue }
                if name == "See" || name == "help" { continue }
                found.append(path + [String(name)]); queue.append(path + [String(name)])
            }
        }
        return found
    }

    func misplaced(_ text: String, _ language: Language, _ names: Set<String>) -> [String] {
        Vocabulary.misplaced(in: text, language: language, names: names)
            + Set(Vocabulary.tokens(text)).filter { PseudoLanguage.keyNames.contains($0) }.sorted().map { "key name: " + $0 }
    }

    /// The languages that ship, and a pseudo-language whose every text is bracketed, accented and longer, added as a
    /// person adds one: its files in the config folder's `languages/qps/`.
    static let configHome: String = {
        let dir = Harness.tempDirectory()
        try! PseudoLanguage.install(configHome: dir)
        return dir
    }()
    static var languages: [Language] { Array(Set(Language.allCases + [PseudoLanguage.language])).sorted { $0.rawValue < $1.rawValue } }
    static var env: [String: String] { ["XDG_CONFIG_HOME": configHome] }

    @Test func everyCommandsHelpSpeaksOneLanguage() throws {
        let paths = try Self.commands()
        #expect(paths.count > 40, "\(paths)")
        for path in paths {
            for language in Self.languages {
                let help = try Harness.tavle(path + ["--help", "--lang", language.rawValue], env: Self.env)
                #expect(help.status == 0 && help.err.isEmpty, "\(help.err)")
                let words = misplaced(Self.prose(help.out, Catalogue(language)), language, Self.typed)
                #expect(words.isEmpty, "tavle \(path.joined(separator: " ")) --help --lang \(language): \(words)\n\(help.out)")
            }
        }
    }

    @Test func argumentErrorsAndOutputsSpeakOneLanguage() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let state = try EventLog.open(path: log, access: .read, create: false).state
        let names = Vocabulary.names(in: state).union(Self.typed)
        let cluster = state.clusters.values.first { $0.programme == "elevloeft" }!.id
        let runs: [[String]] = [
            ["school", "list"], ["cluster", "list"], ["cluster", "suggest"], ["caseload", "--as", "ahj"], ["follow-up", "list", "--as", "ahj"],
            ["meeting", "list"], ["people", "list"], ["log", "verify"], ["log", "stats"], ["meeting", "suggest", "--cluster", cluster],
            ["meeting", "plan", "--dry-run"], ["report"], ["export", "meetings"],
            // Refusals and argument errors.
            ["meeting", "schedul"], ["meeting", "schedule", "--kind", "x"], ["contact", "record", "--school", "101001", "--date", "30.2.2027",
                "--form", "telefon", "--summary", "x"], ["export", "nothing"], ["school", "list", "--programme", "nope"], ["cluster", "create"],
            ["participation", "set", "--school", "101001", "--status", "maybe", "--programme", "elevloeft"], ["--lang", "fr"],
            ["undo", "--as", "nobody"], ["meeting", "move", "M9999", "--date", "1.1.2027"],
        ]
        for args in runs {
            var statuses: Set<Int32> = []
            for language in Self.languages {
                let r = try Harness.tavle(args + ["--log", log, "--lang", language.rawValue], env: Self.env)
                statuses.insert(r.status)
                // Less the syntax: usage lines, option names, quoted input, the log's own ids of kinds of event, and the
                // log's head (a hash's hex letters between digits can spell "bed" or "fad").
                let usage = Catalogue(language)(.parserUsage).trimmingCharacters(in: .whitespaces)
                let text = (r.out + "\n" + r.err).split(separator: "\n").filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix(usage) }
                    .joined(separator: "\n")
                    .replacingOccurrences(of: #"--[a-z-]+|<[^>]*>|'[^'\s][^']*'|"[^"]*"|`[^`]*`|[\w.-]*/[\w./-]*|\([a-z-]+\.[a-z-]+\)|\d+:[0-9a-f]{64}"#, with: " ", options: .regularExpression)
                let words = misplaced(text, language, names)
                #expect(words.isEmpty, "tavle \(args.joined(separator: " ")) --lang \(language): \(words)\n\(r.out.prefix(600))\n\(r.err.prefix(600))")
            }
            // The same outcome in every language.
            #expect(statuses.count == 1, "tavle \(args.joined(separator: " ")): exit statuses \(statuses)")
        }
    }

    /// A plan's host school in the reader's language, as the dashboard's plan says it (the command line printed the
    /// log's spelling, «Værtsskole: …», in English; the general check above takes stored places for names).
    @Test func aPlansPlacesAreWordedInTheReadersLanguage() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let en = try Harness.tavle("meeting", "plan", "--dry-run", "--log", log, "--lang", "en").out
        let da = try Harness.tavle("meeting", "plan", "--dry-run", "--log", log, "--lang", "da").out
        #expect(en.contains(" · Host school: ") && !en.contains("Værtsskole"), "\(en.prefix(400))")
        #expect(da.contains(" · Værtsskole: ") && !da.contains("Host school"), "\(da.prefix(400))")
    }
}

/// JSON is an interface: the same keys and values in either language, apart from the worded `text` beside a code.
@Suite struct JSONLanguageTests {
    /// The parsed JSON less every "text" member.
    static func facts(_ json: String) throws -> NSObject {
        func strip(_ v: Any) -> Any {
            if let d = v as? [String: Any] { return d.filter { $0.key != "text" }.mapValues(strip) }
            if let a = v as? [Any] { return a.map(strip) }
            return v
        }
        return strip(try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) as! NSObject
    }

    @Test func everyJSONOutputIsTheSameInBothLanguages() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let state = try EventLog.open(path: log, access: .read, create: false).state
        let cluster = state.clusters.values.first { $0.programme == "elevloeft" }!.id
        let runs: [[String]] = [
            ["school", "list", "--json"], ["cluster", "list", "--json"], ["cluster", "suggest", "--json"], ["caseload", "--as", "ahj", "--json"],
            ["follow-up", "list", "--as", "ahj", "--json"], ["meeting", "list", "--json"], ["people", "list", "--json"],
            ["log", "verify", "--json"], ["log", "stats", "--json"], ["meeting", "suggest", "--cluster", cluster, "--json"],
            ["meeting", "plan", "--dry-run", "--json"],
            ["programme", "list", "--json"],
        ] + ["programmes", "schools", "interventions", "contacts", "meetings", "evaluations", "measurements", "people", "clusters"].map { ["export", $0, "--format", "json"] }
        for args in runs {
            let da = try Harness.tavle(args + ["--log", log, "--lang", "da"]), en = try Harness.tavle(args + ["--log", log, "--lang", "en"])
            #expect(da.status == 0 && en.status == 0, "\(args): \(da.err) \(en.err)")
            #expect(try Self.facts(da.out) == Self.facts(en.out), "tavle \(args.joined(separator: " ")): the JSON differs between da and en")
            // No Danish word in the English JSON's values but names from the log.
            let names = Vocabulary.names(in: state).union(CommandLanguageTests.typed)
            // Free text and the log's head (hex can spell a word between digits) are not words.
            let words = Vocabulary.misplaced(in: en.out.replacingOccurrences(of: #""text" : "[^"]*""#, with: "", options: .regularExpression)
                                                .replacingOccurrences(of: #"[0-9a-f]{64}"#, with: " ", options: .regularExpression),
                                             language: .en, names: names)
            #expect(words.isEmpty, "tavle \(args.joined(separator: " ")): \(words)")
        }
        // One vocabulary: a school's row says its kind, participation and cluster as codes and ids.
        let rows = try JSONSerialization.jsonObject(with: Data(try Harness.tavle("export", "schools", "--format", "json", "--log", log).out.utf8)) as! [[String: Any]]
        #expect(rows.allSatisfy { ["public", "independent", "special", "vocational"].contains($0["kind"] as? String ?? "") })
        #expect(rows.allSatisfy { ["offered", "accepted", "declined", "withdrawn"].contains($0["participation"] as? String ?? "") })
        #expect(rows.contains { state.clusters[$0["cluster"] as? String ?? ""] != nil })
        let meetings = try JSONSerialization.jsonObject(with: Data(try Harness.tavle("export", "meetings", "--format", "json", "--log", log).out.utf8)) as! [[String: Any]]
        #expect(meetings.allSatisfy { ($0["clusters"] as? [String] ?? []).allSatisfy { state.clusters[$0] != nil } })
        #expect(meetings.allSatisfy { MeetingKind(rawValue: $0["kind"] as? String ?? "") != nil })
    }
}
