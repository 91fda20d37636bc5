import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// Who is to do a follow-up, where that is a person the log knows (the national logs' importers write handles), is
/// said by name: in Historik's sentence, on the school's page and in the list `d` opens; free text stays as written.
@Suite struct FollowUpDoerTests {
    @Test(arguments: [Language.da, .en])
    func aPersonsHandleIsSaidByName(language: Language) throws {
        // One of hers in the programme the dashboard opens on (the caseload's order differs from run to run, and she
        // has schools in other programmes too, whose pages would not show this follow-up).
        let p = try #require(demoState.defaultProgramme)
        let school = try #require(demoState.caseload.keys.filter { $0.programme == p && demoState.caseload[$0] == "ahj" }.min { $0.school < $1.school })
        let due = fixedToday.adding(days: 14)
        let agreed = Recorded(seq: demoEvents.count + 1, at: demoEvents.last!.at, actor: "mfr", event: .followUpAgreed(
            FollowUp(id: "fu-doer", programme: school.programme, school: school.school, what: "Sende læseplanen", who: "ahj", due: due)))
        let events = demoEvents + [agreed]
        var m = Model(state: NetworkState.replay(events), events: events, today: fixedToday, width: 80, height: 24, user: "ahj",
                      logPath: "/data/tavle.log", language: language)
        settleAside(&m)
        let sentence = m.text.sentence(agreed.event, in: m.state, history: m.events)
        #expect(sentence.contains("Anne Holm Jensen") && !sentence.contains("ahj"), "\(sentence)")
        let page = SchoolPage.lines(m, school.school, width: 76).map { $0.segments.map(\.0).joined() }
        let line = try #require(page.first { $0.contains("Sende læseplanen") })
        #expect(line.contains(m.shortName("ahj")) && !line.contains("ahj"), "\(line)")
        let row = m.followUpRow(try #require(m.state.followUps["fu-doer"]))
        #expect(row.contains(m.shortName("ahj")) && !row.contains("ahj"), "\(row)")
        // Free text («skoleleder») is not a person's handle: it stays as written.
        #expect(m.doer("skoleleder") == "skoleleder")
    }
}
