import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A consultant's day without the palette: every list filters in place, and the selected school's follow-ups
/// and interventions are acted on where they are shown.
/// The `:` palette: each view once, places before writes.
@Suite struct PaletteTests {
    let programme = demoState.defaultProgramme!

    @Test func thePaletteListsEachViewOnce() {
        let m = demoModel()
        let labels = m.paletteEntries("").map { Folding.keys($0.label).short }
        #expect(Set(labels).count == labels.count, "\(labels)")
    }

    /// Each view and action says its key at the right of its row, as the help has it, so the palette teaches the
    /// keys; a school has none. Typing narrows the rows and their keys together.
    @Test(arguments: [Language.da, .en])
    func thePaletteSaysEachEntrysKey(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char(":"))
        var lines = screenLines(m)
        var seen = 0
        for v in ViewID.allCases {
            let label = m.text(.paletteView) + " " + m.text(v.title)
            guard let row = lines.first(where: { $0.contains("│ " + label + " ") }) else { continue }
            let key = try #require(m.paletteKey(.view(v)))
            #expect(row.split(separator: "│").dropFirst().first?.trimmingCharacters(in: .whitespaces).hasSuffix(" " + key) == true, "\(row)")
            seen += 1
        }
        #expect(seen >= 5)
        let undo = try #require(m.session.keyMap.binding(.undo))
        for c in String(m.text(undo.help).prefix(5)) { press(&m, .char(c)) }
        lines = screenLines(m)
        let row = try #require(lines.first { $0.contains(m.text(undo.help)) })
        #expect(row.contains(" " + undo.keys[0].label + " │"), "\(row)")
        #expect(m.paletteKey(.school("101001")) == nil)
    }

    /// Typing a school's name and Enter goes to the school, even when one of its follow-ups matches too.
    @Test func thePaletteRanksPlacesAboveWrites() throws {
        let followUp = try #require(demoState.followUps.values.filter {
            $0.done == nil && $0.programme == programme && demoState.caseload[Enrolment($0.programme, $0.school)] == "ahj"
        }.min { $0.id < $1.id })
        let name = try #require(demoState.schools[followUp.school]?.name)
        var m = demoModel(user: "ahj")
        let entries = m.paletteEntries(name)
        #expect(entries.contains { $0.target == .followUpDone(followUp.id) }, "the follow-up should match too")
        #expect(entries.first?.target == .school(followUp.school), "\(entries.prefix(3).map(\.label))")
        let firstWrite = try #require(entries.firstIndex { $0.target.writes })
        #expect(entries[..<firstWrite].allSatisfy { !$0.target.writes } && entries[firstWrite...].allSatisfy { $0.target.writes })
        press(&m, .char(":"))
        for c in name { press(&m, .char(c)) }
        press(&m, .enter)
        #expect(m.overlay == nil && m.writes.outbox.isEmpty)
        #expect(view(m).text.contains(name))
    }
}
