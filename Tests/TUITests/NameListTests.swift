import TestSupport
import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// A cluster's consultants in a column too narrow for all of them: as many as fit whole, then how many more.
@Suite struct NameListTests {
    @Test func asManyAsFitWholeThenHowManyMore() {
        let names = ["Anne J.", "Bo L.", "Erik H."]
        #expect(NameList.fitting(names, width: 40) == "Anne J., Bo L., Erik H.")
        #expect(NameList.fitting(names, width: 23) == "Anne J., Bo L., Erik H.")
        #expect(NameList.fitting(names, width: 22) == "Anne J., Bo L. +1")
        #expect(NameList.fitting(names, width: 16) == "Anne J. +2")
        #expect(NameList.fitting(names, width: 10) == "Anne J. +2")
        // Not even the first whole beside the count: the name gives way, the count stays.
        #expect(NameList.fitting(names, width: 9) == "Anne +2", "the surname's initial goes before a letter of the name")
        #expect(NameList.fitting(names, width: 6) == "An… +2")
        #expect(NameList.fitting(["Camilla S.", "Bo L."], width: 10) == "Camilla +1")
        #expect(NameList.fitting(["Konsulent 12", "Bo L."], width: 10) == "Konsul… +1", "no initial to leave out")
        #expect(NameList.fitting(["Camilla N."], width: 6) == "Camilla N.", "one name is left to the table to cut")
        #expect(NameList.fitting([], width: 6) == "")
    }

    /// Klynger at 80 columns, in both languages: every row's consultants are whole short names and a count that adds
    /// up to the cluster's consultants; none is cut with a trailing «…» after a comma.
    @Test(arguments: [Language.da, .en])
    func klyngerSaysWhoAndHowMany(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("3"))
        let lines = screenLines(m)
        var counted = 0
        for c in m.derived.clusters.shown {
            guard let row = lines.first(where: { $0.hasPrefix("│ " + c.cluster.name + " ") }) else { continue }
            let names = m.derived.clusters.consultants[c.cluster.id] ?? []
            guard names.count > 1 else { continue }
            let cell = try #require(row.split(separator: "│").first).dropFirst(c.cluster.name.count + 1)
            #expect(!cell.contains(", …") && !cell.contains(",…"), "\(row)")
            if let plus = cell.range(of: #" \+[0-9]+ "#, options: .regularExpression) {
                let more = Int(cell[plus].trimmingCharacters(in: .whitespaces).dropFirst())!
                #expect(more >= 1 && more < names.count, "\(row)")
                counted += 1
            } else {
                #expect(cell.contains(NameList.all(names)), "\(row)")
            }
        }
        #expect(counted > 0, "\(lines.joined(separator: "\n"))")
    }

    /// Klynger at 80 columns: the room after the clusters' names, where later columns give way, goes to the consultants
    /// (Danish: «Erik H. +2» whole, was «Erik… +2» beside three idle columns) and to making cut headings whole
    /// (English: «Schools» and «Consultant», were «Schoo…» and «Consulta…»).
    @Test(arguments: [Language.da, .en])
    func theRoomLeftGoesToTheConsultantsAndTheHeadings(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("3"))
        let lines = screenLines(m)
        let header = try #require(lines.first { $0.hasPrefix("│ " + m.text(.colCluster) + " ") })
        let list = String(try #require(header.split(separator: "│").first))
        #expect(list.contains(" " + m.text(.colMembers) + " ") && list.contains(" " + m.text(.colConsultant) + " "), "\(header)")
        // The consultants' column is 13 wide in Danish (every first name whole), 10 in English.
        var whole = 0
        for c in m.derived.clusters.shown {
            guard let row = lines.first(where: { $0.hasPrefix("│ " + c.cluster.name + " ") }) else { continue }
            let names = m.derived.clusters.consultants[c.cluster.id] ?? []
            guard names.count > 1 else { continue }
            // A first name without its surname's initial rather than cut («Camilla +3», was «Camill… +3»).
            #expect(!row.contains("… +"), "\(row)")
            guard (names[0] + " +" + String(names.count - 1)).displayWidth <= (language == .da ? 13 : 10) else { continue }
            #expect(row.contains(" " + names[0] + " +"), "\(row)")
            whole += 1
        }
        #expect(whole >= (language == .da ? m.derived.clusters.shown.count : 5), "\(whole)")
    }

    /// Klynger's members pane at 80 columns keeps a school's name whole before its municipality.
    @Test(arguments: [Language.da, .en])
    func membersAreNamedWholeAt80Columns(language: Language) throws {
        var m = demoModel(language: language)
        press(&m, .char("3"))
        var seen = 0
        for _ in 0..<m.derived.clusters.shown.count {
            let cluster = try #require(m.selectedCluster)
            let pane = screenLines(m).compactMap { $0.split(separator: "│", omittingEmptySubsequences: false).dropLast().last.map(String.init) }
            for s in cluster.members where m.state.participation[Enrolment(m.programme!, s)]?.status == .accepted {
                let name = try #require(m.state.schools[s]?.name)
                #expect(pane.contains { $0.hasPrefix(" " + name + " ") }, "\(name) in\n\(pane.joined(separator: "\n"))")
                seen += 1
            }
            press(&m, .down)
        }
        #expect(seen > 50)
    }
}
