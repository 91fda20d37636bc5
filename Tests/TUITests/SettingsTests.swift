import TestSupport
import Foundation
import Testing
@testable import TUI
@testable import Wording

@Suite struct SettingsTests {
    static let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemesParseAndMatchTheirFiles(name: String) throws {
        let file = try String(contentsOf: Self.themesDir.appendingPathComponent("\(name).toml"), encoding: .utf8)
        #expect(Theme.builtinSources[name] == file, "themes/\(name).toml and the embedded theme differ")
        let theme = try ThemeParser.parse(file, file: "\(name).toml")
        #expect(Set(theme.paints.keys) == Set(Role.allCases))
        #expect(theme.usesColor == (name != "mono"))
    }

    @Test func coloursAndAttributes() throws {
        let t = try ThemeParser.parse("""
        [roles]
        text = { fg = "#ff0000", bg = 17 }
        accent = { fg = "bright-cyan", bold = true, underline = true }
        """, file: "t.toml")
        #expect(t.paint(.text) == Paint(.rgb(255, 0, 0), .indexed(17)))
        #expect(t.paint(.accent) == Paint(.indexed(14), .terminalDefault, [.bold, .underline]))
        #expect(ColorMapper.index(.rgb(255, 0, 0), colors: 256) == 196)
        #expect(ColorMapper.index(.rgb(255, 0, 0), colors: 8) == 1)
        #expect(ColorMapper.index(.indexed(14), colors: 8) == 6)
    }

    @Test func brokenThemesNameKeyAndLine() {
        #expect(throws: SettingsError(file: "b.toml", line: 3, .unknownRole("txet", known: Role.allCases.map(\.rawValue)))) {
            try ThemeParser.parse("name = \"b\"\n[roles]\ntxet = { fg = \"red\" }\n", file: "b.toml")
        }
        do {
            _ = try ThemeParser.parse("[roles]\ntext = { fg = \"redd\" }\n", file: "b.toml")
            Issue.record("accepted a bad colour")
        } catch {
            #expect(error.line == 2 && error.problem == .notAColour(role: "text", field: "fg", value: "\"redd\""), "\(error.problem)")
            #expect(error.worded(Catalogue(.da)) == "b.toml:2: text.fg: \"redd\" er ikke en farve (et navn, 0-255, \"#rrggbb\" eller \"default\")")
        }
        // Every problem at once, each on its own line, in the order of the file.
        let (none, all) = ThemeParser.read("name = \"b\"\n[roles]\ntxet = { fg = \"red\" }\ntext = { fg = \"redd\", blink = true }\naccent = { bold = 1 }\n", file: "b.toml")
        #expect(none == nil)
        #expect(all.map(\.line) == [3, 4, 4, 5], "\(all)")
        #expect(all.map(\.problem) == [.unknownRole("txet", known: Role.allCases.map(\.rawValue)),
                                       .unknownRoleSetting(role: "text", field: "blink", known: ["fg", "bg"] + ThemeParser.attributeNames.keys.sorted()),
                                       .notAColour(role: "text", field: "fg", value: "\"redd\""), .notABool(role: "accent", field: "bold")], "\(all)")
        do {
            _ = try ThemeParser.parse("[roles]\ntext = { fg = \"red\"\n", file: "b.toml")
            Issue.record("accepted broken TOML")
        } catch {
            #expect(error.line == 2 || error.line == 3)
            #expect(error.description.hasPrefix("b.toml:"))
        }
    }

    @Test func configRebindsKeys() {
        let (s, errors) = ConfigParser.parse("theme = \"light\"\nlang = \"en\"\n[keys]\nquit = [\"ctrl-q\", \"x\"]\nclearFilters = \"X\"\n", file: "c.toml")
        #expect(errors.isEmpty)
        #expect(s.theme == "light" && s.language == "en")
        #expect(s.keyMap.action(for: .ctrl("q")) == .quit)
        #expect(s.keyMap.action(for: .char("q")) == nil)
        #expect(s.keyMap.action(for: .char("X")) == .clearFilters)
    }

    @Test func badConfigNamesFileAndLineAndKeepsDefaults() {
        let (s, errors) = ConfigParser.parse("[keys]\nquit = \"q\"\nhelp = \"q\"\nfly = \"z\"\nopen = \"hyper-9\"\n", file: "/c/config.toml")
        #expect(errors.contains { $0.line == 3 && $0.description.contains("bound to both help and quit") })
        #expect(errors.contains { $0.line == 4 && $0.description.contains("unknown action \"fly\"") })
        #expect(errors.contains { $0.line == 5 && $0.description.contains("unknown key \"hyper-9\"") })
        #expect(errors.allSatisfy { $0.description.hasPrefix("/c/config.toml:") })
        #expect(s.keyMap.action(for: .char("?")) == .help)
    }

    @Test func everyConfigProblemIsReportedAtOnceUnknownSettingsToo() {
        let source = "theme = 3\nlang = \"fr\"\ncolour = \"red\"\ncontact_weeks = 0\nsnapshot_every = -1\n[keys]\nfly = \"z\"\n"
        let (s, errors) = ConfigParser.parse(source, file: "/c/config.toml")
        #expect(errors.count == 6, "\(errors)")
        #expect(errors.contains { $0.line == 1 && $0.description.contains("theme") })
        #expect(errors.contains { $0.line == 2 && $0.description.contains("\"da\" or \"en\"") })
        #expect(errors.contains { $0.line == 3 && $0.description.contains("unknown setting \"colour\"") })
        #expect(errors.contains { $0.line == 4 && $0.description.contains("contact_weeks") })
        #expect(errors.contains { $0.line == 5 && $0.description.contains("snapshot_every") })
        #expect(errors.contains { $0.line == 7 && $0.description.contains("unknown action \"fly\"") })
        #expect(s.theme == nil && s.language == nil && s.contactWeeks == 6 && s.snapshotEvery == 5_000)
        // Worded in the interface language, every one of them.
        let danish = errors.map { $0.worded(Catalogue(.da)) }
        #expect(danish.contains("/c/config.toml:2: lang skal være \"da\" eller \"en\""))
        #expect(danish.contains { $0.hasPrefix("/c/config.toml:3: ukendt indstilling \"colour\"; indstillingerne er theme, lang") })
        #expect(danish.contains { $0.hasPrefix("/c/config.toml:7: ukendt handling \"fly\"; handlingerne er ") })
        #expect(danish.allSatisfy { !$0.contains(" must ") && !$0.contains("unknown") }, "\(danish)")
        // What is right still applies beside what is wrong.
        let (good, none) = ConfigParser.parse("lang = \"en\"\ncontact_weeks = 8\n", file: "/c/config.toml")
        #expect(none.isEmpty && good.language == "en" && good.contactWeeks == 8)
    }
}

@Suite struct FoldingTests {
    @Test func danishLettersFold() {
        func match(_ q: String, _ s: String) -> Bool {
            let k = Folding.keys(s)
            return Folding.matches(q, long: k.long, short: k.short)
        }
        #expect(match("aero", "Ærø"))
        #expect(match("AERØ", "Ærø"))
        #expect(match("kobenhavn", "København"))
        #expect(match("koebenhavn", "København"))
        #expect(match("århus", "Aarhus"))
        #expect(match("sko ærø", "Ærø Skole"))
        #expect(!match("aero", "Aarhus"))
        #expect(match("cafe", "Café") && match("cafe", "Cafe\u{301}"))   // precomposed and decomposed é
        #expect(Folding.keys("Ærø Skole") == ("aeroe skole", "aero skole"))
    }
}

@Suite struct NumberWordsTests {
    @Test func countsAndSizesFollowTheLanguage() {
        #expect(Catalogue(.da).grouped(1_000_000) == "1.000.000" && Catalogue(.en).grouped(70_339) == "70,339")
        #expect(Catalogue(.da).grouped(-1234) == "-1.234" && Catalogue(.da).grouped(999) == "999")
        #expect(Catalogue(.da).megabytes(13_421_773) == "12,8 MB" && Catalogue(.en).megabytes(13_421_773) == "12.8 MB")
        #expect(Catalogue(.en).megabytes(800_000) == "781 kB")
    }
}
