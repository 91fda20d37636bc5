import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A form's question before saving says what will be written, by name, as it was read.
@Suite struct FormQuestionTests {
    /// `r` on Klynger: the cluster by its name (the question said «Omdøb klyngen EL-K01 til …»).
    @Test(arguments: [Language.da, .en]) func renamingAClusterNamesItNotItsId(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("3"))
        let cluster = try #require(m.selectedCluster)
        press(&m, .char("r"))
        for _ in 0..<40 { press(&m, .backspace) }
        typeText(&m, "Nordkysten")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay else { Issue.record("no question: \(String(describing: m.overlay))"); return }
        #expect(c.question == m.text(.confirmRename, cluster.name, "Nordkysten"), "\(c.question)")
        #expect(!c.question.contains(cluster.id), "\(c.question)")
    }

    /// `n` on Klynger offers the next free id of the programme's pattern, so a coordinator need not make one up.
    @Test func aNewClusterIsOfferedTheNextFreeId() throws {
        var m = demoModel()
        press(&m, .char("3"), .char("n"))
        guard case .form(let f)? = m.overlay else { Issue.record("no form"); return }
        let ids = m.state.clusters.values.filter { $0.programme == m.programme }.map(\.id)
        let highest = try #require(ids.compactMap { Int($0.dropFirst(4)) }.max())
        #expect(ids.allSatisfy { $0.hasPrefix("EL-K") } && f[.clusterID] == "EL-K" + String(format: "%02d", highest + 1), "\(f[.clusterID])")
        press(&m, .tab)   // the focus is on the id: the name is the next field
        typeText(&m, "Fyn 1")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .formCluster(let id, _, let name, _) = c.command else {
            Issue.record("\(String(describing: m.overlay))"); return
        }
        #expect(id == f[.clusterID] && name == "Fyn 1")
        // Where no cluster's id ends in a number there is nothing to follow.
        #expect(CreateClusterSpec.nextID(in: NetworkState(), programme: m.programme!) == "")
    }

    /// `F`: the question says the new date as read from «+2u», and whose follow-up it is.
    @Test(arguments: [Language.da, .en]) func movingAFollowUpSaysTheNewDate(language: Language) throws {
        var m = demoModel(language: language)
        let f = try #require(m.state.followUps.values.filter { $0.done == nil && $0.programme == m.programme }.min { $0.id < $1.id })
        m.overlay = .form(m.moveForm(f.id))
        for _ in 0..<12 { press(&m, .backspace) }
        typeText(&m, "+2" + m.text(.weekLetter))
        press(&m, .tab)
        typeText(&m, "Travlt")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .moveFollowUp(_, let due, _) = c.command else {
            Issue.record("\(String(describing: m.overlay))"); return
        }
        #expect(due == m.today.adding(days: 14))
        let school = try #require(m.state.schools[f.school]?.name)
        #expect(c.question == m.text(.confirmMoveFollowUp, f.what, school, m.text.compactDate(due, today: m.today)), "\(c.question)")
    }

    /// `E`: the question says the value as it will be shown, the indicator, the period and the school (it said «Gem:
    /// Værdi for Bakkedalskolen?», none of what was typed).
    @Test(arguments: [Language.da, .en]) func recordingAValueSaysWhatAndWhen(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("2"))
        let school = try #require(m.currentSchool), name = try #require(m.state.schools[school]?.name)
        press(&m, .char("E"))
        typeText(&m, language == .da ? "12,5" : "12.5")
        press(&m, .backTab)
        for _ in 0..<12 { press(&m, .backspace) }
        typeText(&m, "2017/18")
        press(&m, .enter)
        guard case .confirm(let c)? = m.overlay, case .recordMeasurement(let v) = c.command else {
            Issue.record("\(String(describing: m.overlay)) \(String(describing: m.notice))"); return
        }
        let d = try #require(m.state.indicators.values.first { $0.programme == m.programme && $0.id == v.indicator })
        #expect(v.value == Fixed.parse("12.5") && m.text.shown(v.value, d).hasPrefix(language == .da ? "12,5" : "12.5"))
        #expect(c.question == m.text(.confirmMeasurement, m.text.shown(v.value, d), m.text.name(d), "2017/18", name), "\(c.question)")
    }
}
