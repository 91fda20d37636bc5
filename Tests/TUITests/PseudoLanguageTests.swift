import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Every screen and every dialog a key opens, in a pseudo-language whose every text is bracketed, accented and
/// longer by 30 %: nothing falls back to a key's name or to a text outside the catalogue, and the bars stay in place.
@Suite struct PseudoLanguageTests {
    /// Names and syntax a screen shows as they are: the log's names, the log file's path, keys as printed on the
    /// keyboard, and the indicators' ids (which the issue on indicators as data replaces with their names).
    static let names: Set<String> = OneLanguageTests.names
        .union(KeyMap.defaults.bindings.flatMap(\.keys).flatMap { Vocabulary.tokens($0.label) })
        .union(Vocabulary.tokens("/data/tavle.log"))
        .union(BuiltinIndicator.allCases.flatMap { Vocabulary.tokens($0.rawValue) })

    @Test(arguments: ViewID.allCases)
    func everyScreenAndDialogInAPseudoLanguage(view id: ViewID) {
        let pseudo = PseudoLanguage.language
        var plain: [String: String] = [:], keys: [String: String] = [:], broken: [String] = []
        var visits = 0
        walkScreens(id, language: pseudo) { m, what in
            visits += 1
            let text = view(m).text
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for w in Vocabulary.misplaced(in: text, language: pseudo, names: Self.names) where plain[w] == nil {
                plain[w] = "\(what): \(lines.first { Vocabulary.tokens(String($0)).contains(w) }?.trimmingCharacters(in: .whitespaces).prefix(120) ?? "")"
            }
            for t in Set(Vocabulary.tokens(text)) where PseudoLanguage.keyNames.contains(t) && keys[t] == nil { keys[t] = what }
            // The tab bar starts with the app's name and the status bar ends with the live indicator, however long
            // the words between them grew.
            // While travelling in time the status bar says the day shown instead.
            let live = [m.text(.liveOK), m.text(.liveError), m.text(.liveOffline)]
            let last = lines.last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            var statusBar = m.isHistorical ? last.hasPrefix(m.text(.historical, m.text.longDate(m.today)).prefix(8)) : live.contains { last.hasSuffix($0) }
            // The `/` filter's line takes the status bar's place.
            if case .filter? = m.overlay { statusBar = last.hasPrefix(m.text(.filterPrompt).trimmingCharacters(in: .whitespaces)) }
            if !(lines.first?.hasPrefix(" " + m.text(.appName)) ?? false) || !statusBar { broken.append(what) }
        }
        #expect(visits > 50)
        #expect(plain.isEmpty, "text outside the catalogue: \(plain.sorted { $0.key < $1.key }.map { "\"\($0.key)\" in \($0.value)" }.joined(separator: "\n"))")
        #expect(keys.isEmpty, "texts that fell back to their key: \(keys)")
        #expect(broken.isEmpty, "bars out of place: \(broken.prefix(10))")
    }

    @Test func thePseudoLanguageKeepsPlaceholdersAndLengthens() {
        #expect(PseudoLanguage.text("{0} {0|skole|skoler}") == "[{0} {0|skólé|skólér}~~~~]")
        #expect(PseudoLanguage.text("Skoler klynger og møder").count >= Int(Double("Skoler klynger og møder".count) * 1.3))
        let c = Catalogue(PseudoLanguage.language)
        #expect(c(.schoolsCount, 1).hasPrefix("[1 skólé~") && c(.schoolsCount, 2).hasPrefix("[2 skólér~"))
    }
}
