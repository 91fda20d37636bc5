import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Every view and every dialog a key opens, in each language, as a coordinator and as a consultant, at two sizes:
/// no word on screen belongs only to the other language's catalogue, unless the log holds it as a name.
@Suite struct OneLanguageTests {
    static let names = Vocabulary.names(in: demoState)
        .union(["tavle", "demo", "json", "csv", "ics", "html", "toml", "mono", "light", "high", "contrast", "default"])

    func check(_ m: Model, _ what: String, _ found: inout [String: String]) {
        let text = view(m).text
        for w in Vocabulary.misplaced(in: text, language: m.text.language, names: Self.names) where found[w] == nil {
            let line = text.split(separator: "\n").first { Vocabulary.tokens(String($0)).contains(w) } ?? ""
            found[w] = "\(what): \(line.trimmingCharacters(in: .whitespaces).prefix(120))"
        }
    }

    @Test(arguments: ViewID.allCases, [Language.da, .en])
    func everyScreenAndDialogSpeaksOneLanguage(view id: ViewID, language: Language) {
        var found: [String: String] = [:]
        walkScreens(id, language: language) { m, what in check(m, what, &found) }
        #expect(found.isEmpty, "\(language): \(found.sorted { $0.key < $1.key }.map { "\"\($0.key)\" in \($0.value)" }.joined(separator: "\n"))")
    }

    @Test func theCheckFindsAWordOfTheOtherLanguage() {
        #expect(Vocabulary.misplaced(in: "Gemt: 3 stopped flyttet", language: .da, names: []) == ["stopped"])
        #expect(Vocabulary.misplaced(in: "│ Turboforløb stopped updated │", language: .da, names: []) == ["stopped", "updated"])
        #expect(Vocabulary.misplaced(in: "│ Turboforløb stopp│ Mentor…", language: .da, names: []).isEmpty, "cut words are not judged")
        #expect(Vocabulary.misplaced(in: "Saved: 3 skoler moved", language: .en, names: []) == ["skoler"])
        #expect(Vocabulary.misplaced(in: "Hedeskolen i Vallensbæk", language: .en, names: Self.names).isEmpty)
    }

    /// The new-meeting form's defaults are written as the reader writes them, and saving them works as given.
    @Test(arguments: [Language.da, .en])
    func theNewMeetingFormsDefaultsAreInTheReadersLanguage(language: Language) {
        var m = demoModel(width: 120, height: 40, language: language)
        press(&m, .char("5"), .char("N"))
        guard case .form(let f)? = m.overlay else { Issue.record("no form"); return }
        #expect(f[.start] == (language == .da ? "9.00" : "09:00") && f[.duration] == (language == .da ? "2t30m" : "2h30m"), "\(f.values)")
        #expect(m.text.length(45) == "45m" && m.text.length(180) == (language == .da ? "3t" : "3h"))
        typeText(&m, m.derived.clusters.all[0].cluster.name)
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .scheduleMeeting(let meeting, _) = c.command else {
            Issue.record("\(String(describing: m.overlay)) \(String(describing: m.notice))"); return
        }
        #expect(meeting.start == 540 && meeting.end == 690)
    }
}
