import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A coordinator decides by names: no screen, dialog, notice or history sentence shows the id of a thing that has
/// a name, in either language, at either size, as a coordinator or a consultant.
@Suite struct NamesOnScreenTests {
    @Test(arguments: ViewID.allCases, [Language.da, .en])
    func noIdWhereANameBelongs(view id: ViewID, language: Language) {
        var found: [String: String] = [:]
        walkScreens(id, language: language) { m, what in
            let text = view(m).text
            for line in text.split(separator: "\n") {
                for t in IdPatterns.found(in: String(line)) where found[t] == nil {
                    found[t] = "\(what): \(line.trimmingCharacters(in: .whitespaces).prefix(140))"
                }
            }
        }
        #expect(found.isEmpty, "\(language) \(found.count): \(found.sorted { $0.key < $1.key }.map { "\"\($0.key)\" in \($0.value)" }.joined(separator: "\n"))")
    }

    /// On a wide screen the history names who wrote each record in full, however long the name.
    @Test(arguments: [Language.da, .en])
    func theHistoryNamesWritersInFullWhenWide(language: Language) {
        var m = demoModel(width: 160, height: 48, language: language)
        press(&m, .char("7"))
        let longest = m.state.people.values.map(\.fullName).max { $0.displayWidth < $1.displayWidth }!
        let person = m.state.people.values.first { $0.fullName == longest }!.name
        m.history.actor = person
        m.history.rebuild(m.events, state: m.state, text: m.text)
        let text = view(m).text
        #expect(text.components(separatedBy: longest).count > 3, "\(longest) whole in the rows:\n\(text)")
    }

    /// A school's page names who wrote each record of its history whole when there is room, however long the name.
    @Test func aSchoolsPageNamesWritersWholeWhenWide() throws {
        var m = demoModel(width: 160, height: 48)
        let record = try #require(m.events.last { $0.event.schools.count == 1 && m.state.people[$0.actor] != nil })
        var person = try #require(m.state.people[record.actor])
        person.fullName = "Maja-Christoffersen Fogh Riis"
        var state = m.state, events = m.events
        let renamed = Recorded(seq: state.lastSeq + 1, at: state.lastAt!, actor: "mfr", event: .personUpdated(person))
        state.apply(renamed); events.append(renamed)
        m.setState(state, events: events)
        m.page = SchoolPageState(record.event.schools[0])
        m.refreshPage()
        let lines = try #require(m.page?.cache?.lines).map { $0.segments.map(\.0).joined() }
        #expect(lines.contains { $0.contains("Maja-Christoffersen R. ") }, "\(lines.suffix(8))")
        let cut = lines.contains { $0.contains("Maja-Chri…") }
        #expect(!cut)
    }

    @Test func theCheckFindsIds() {
        let meeting = demoState.meetings.keys.first!, person = demoState.people.keys.first!
        #expect(IdPatterns.found(in: "Aflys \(meeting)?") == [meeting])
        #expect(IdPatterns.found(in: "Fortryd hændelse #3800") == ["#3800"])
        #expect(IdPatterns.found(in: "konsulenter: \(person),bkl") .contains(person))
        #expect(IdPatterns.found(in: "Bakkevejens Skole, 9.00–11.00").isEmpty)
    }
}

/// The dialogs a coordinator opens on a meeting (move, cancel, record as held, rate, its card) and the undo question
/// name the meeting by what it is, for whom and when, in both languages.
@Suite struct MeetingDialogNameTests {
    @Test(arguments: [Language.da, .en])
    func meetingDialogsNameTheMeeting(language: Language) throws {
        var seen = 0
        for mode in 0..<3 {
            var base = demoModel(width: 160, height: 48, language: language)
            press(&base, .char("5"))
            for _ in 0..<mode { press(&base, .char("v")) }
            // Walk the calendar until a meeting is picked.
            for _ in 0..<40 where base.selectedMeeting == nil { press(&base, .right) }
            guard let meeting = base.selectedMeeting else { continue }
            let name = base.text.meetingName(meeting, in: base.state)
            for key in ["M", "A", "H", "R", "\r"] {
                var m = base
                press(&m, key == "\r" ? .enter : .char(Character(key)))
                guard m.overlay != nil else { continue }
                let text = view(m).text
                #expect(IdPatterns.found(in: text).isEmpty, "\(language) \(key): \(IdPatterns.found(in: text))")
                if key != "R" {
                    #expect(text.contains(String(name.prefix(20))) || text.contains(String(name.firstUppercased.prefix(20))), "\(key) names \(name):\n\(text)")
                }
                seen += 1
            }
        }
        #expect(seen >= 4, "no meeting dialog was reached")
    }
}
