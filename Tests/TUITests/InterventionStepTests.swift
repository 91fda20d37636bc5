import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// `i`'s list of statuses offers only the steps that may follow; a letter for one that may not says why.
@Suite struct InterventionStepTests {
    let programme = demoState.defaultProgramme!

    @Test(arguments: [Language.da, .en])
    func anIllegalStepIsRefusedInWordsAndTheListStaysOpen(language: Language) throws {
        var m = demoModel(width: 120, height: 40, language: language)
        let key = try #require(demoState.interventions.values.first {
            $0.key.programme == programme && $0.status == .started
                && demoState.participation[Enrolment(programme, $0.key.school)]?.status == .accepted }?.key)
        openPage(&m, key.school)
        press(&m, .char("i"))
        let index = try #require(m.derived.matrix.kinds.firstIndex { $0.id == key.kind })
        for _ in 0..<index { press(&m, .down) }
        press(&m, .enter)
        guard case .pickStatus(let dialog14)? = m.overlay, dialog14.key == key else { Issue.record("no status list: \(String(describing: m.overlay))"); return }
        #expect(!m.statusOptions(key).contains(.evaluated))
        // "evalueret" straight from "i gang" is not a step the programme allows.
        press(&m, .char(Character(Glyphs.letter(.evaluated).lowercased())))
        guard case .pickStatus(let dialog15)? = m.overlay, dialog15.key == key else { Issue.record("the list closed: \(String(describing: m.overlay))"); return }
        guard case .refused(.domain(let error))? = m.notice else { Issue.record("nothing said: \(String(describing: m.notice))"); return }
        #expect(error == m.domainRefusal(.setInterventionStatus(key, status: .evaluated)))
        let said = view(m).text
        #expect(said.contains(m.text.message(error)), "\(said)")
        #expect(m.writes.outbox.isEmpty)
    }
}
