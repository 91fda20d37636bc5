import Testing
@testable import Domain
@testable import TUI
@testable import Wording

/// The status bar's right end: who is working, on which log, and whether it is live. Where it does not fit beside a
/// screen's keys, the log's path gives way from its start (its file name stays, or the log is left out), and the
/// live mark keeps its gap.
@Suite struct StatusBarTests {
    static let longPath = "/home/konsulent/Dokumenter/skoleudvikling/landsdækkende-program/2026-2027/tavle.log"

    @Test(arguments: [Language.da, .en])
    func aLongLogPathKeepsItsFileNameAndTheLiveMarkItsGap(language: Language) {
        for (width, height) in [(80, 24), (160, 48)] {
            for screen in 1...9 {
                var m = Model(state: demoState, events: demoEvents, today: fixedToday, width: width, height: height, user: "mfr",
                              logPath: Self.longPath, language: language)
                settleAside(&m)
                press(&m, .char(Character(String(screen))))
                let bar = view(m).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[height - 1]
                let live = m.text(.liveOK)
                #expect(bar.hasSuffix(live + " ") && bar.dropLast(live.count + 1).hasSuffix("  "), "\(language) \(width) \(screen): \(bar)")
                // The log is said by its file name at least, or, where there is no room for that, not at all.
                let logWord = m.text(.statusLog, "").trimmingCharacters(in: .whitespaces)
                #expect(bar.contains("tavle.log") || !bar.contains(logWord), "\(language) \(width) \(screen): \(bar)")
                if width == 160 { #expect(bar.contains("/tavle.log"), "\(language) \(width) \(screen): \(bar)") }
                #expect(bar.contains(m.state.shortName("mfr")) || bar.contains(m.state.fullName("mfr")), "\(language) \(width) \(screen): \(bar)")
            }
        }
    }

    @Test func aPathIsCutFromItsStart() {
        #expect(StatusBar.leadingCut("/a/b/tavle.log", to: 20) == "/a/b/tavle.log")
        #expect(StatusBar.leadingCut("/home/konsulent/tavle.log", to: 11) == "…/tavle.log")
        #expect(StatusBar.leadingCut("/home/konsulent/tavle.log", to: 12).displayWidth == 12)
        #expect(StatusBar.leadingCut("/hjem/æøå/tavle.log", to: 14) == "…æøå/tavle.log")
    }
}

/// The screens say people by the short names told apart (`Model.shortName`), not each person's «Anne J.» alone: the
/// demo's Anne Holm Jensen beside an Anne Jørgensen is «Anne Je.» in the status bar and on her school's contact log.
@Suite struct ToldApartNamesTests {
    @Test(arguments: [Language.da, .en])
    func twoAnneJsAreToldApartOnScreen(language: Language) throws {
        var state = demoState
        state.apply(Recorded(seq: state.lastSeq + 1, at: Timestamp(milliseconds: 0), actor: "mfr",
                             event: .personRegistered(Person(name: "ajo", fullName: "Anne Jørgensen", role: .consultant))))
        let m = Model(state: state, events: demoEvents, today: fixedToday, width: 80, height: 24, user: "ahj",
                      logPath: "/data/tavle.log", language: language)
        #expect(state.shortName("ahj") == "Anne J." && m.shortName("ahj") == "Anne Je." && m.shortName("ajo") == "Anne Jø.")
        let bar = view(m).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[23]
        #expect(bar.contains("Anne Je. ("), "\(bar)")
        // One of her contacts in the programme the page shows (she has some in other programmes too).
        let school = try #require(state.contacts.values.filter { $0.by == "ahj" && $0.programme == m.programme }.map(\.school).min())
        let page = SchoolPage.lines(m, school, width: 100).map { $0.segments.map(\.0).joined() }
        #expect(page.contains { $0.contains(" Anne Je. ") } && !page.contains { $0.contains(" Anne J. ") }, "\(page)")
    }

    /// The schools list's consultant column (at 160 columns, where it has room) says Anne Holm Jensen as «Anne Je.»
    /// beside an Anne Jørgensen, never the «Anne J.» both would share.
    @Test(arguments: [Language.da, .en])
    func theSchoolsListSaysTheConsultantsToldApart(language: Language) {
        var state = demoState
        state.apply(Recorded(seq: state.lastSeq + 1, at: Timestamp(milliseconds: 0), actor: "mfr",
                             event: .personRegistered(Person(name: "ajo", fullName: "Anne Jørgensen", role: .consultant))))
        var m = Model(state: state, events: demoEvents, today: fixedToday, width: 160, height: 48, user: "mfr",
                      logPath: "/data/tavle.log", language: language)
        settleAside(&m)
        press(&m, .char("2"))
        let screen = view(m).text
        #expect(screen.contains("Anne Je. ") && !screen.contains("Anne J. "), "\(screen)")
    }

    /// Historik at 80 columns gives the short names the room they need (to a fifth of the width): the 1M log's
    /// «Konsulent k41» and «Konsulent k42» whole, not both cut to «Konsulent…».
    @Test(arguments: [Language.da, .en])
    func historyAt80ColumnsSaysLongerShortNamesWhole(language: Language) {
        var events = demoEvents, seq = demoEvents.count
        func add(_ actor: String, _ e: Event) { seq += 1; events.append(Recorded(seq: seq, at: Timestamp(milliseconds: 0), actor: actor, event: e)) }
        add("mfr", .personRegistered(Person(name: "k41", fullName: "Konsulent k41", role: .consultant)))
        add("mfr", .personRegistered(Person(name: "k42", fullName: "Konsulent k42", role: .consultant)))
        add("k41", .personRegistered(Person(name: "k43", fullName: "Konsulent k43", role: .consultant)))
        var m = Model(state: NetworkState.replay(events), events: events, today: fixedToday, width: 80, height: 24, user: "mfr",
                      logPath: "/data/tavle.log", language: language)
        settleAside(&m)
        press(&m, .char("7"))
        let screen = view(m).text
        #expect(m.shortName("k41") == "Konsulent k41")
        // The newest row: k43 registered by k41, said by that short name whole before the sentence.
        let row = screen.split(separator: "\n").first { $0.contains("Konsulent k43") }.map(String.init) ?? ""
        #expect(row.contains("Konsulent k41 "), "\(screen)")
    }

    /// A cluster's consultants are said in alphabetical order, numbers by value, not in their handles' order.
    @Test func aClustersConsultantsAreInNameOrder() {
        let m = demoModel()
        var several = 0
        for c in m.derived.clusters.all {
            let names = m.derived.clusters.consultants[c.cluster.id] ?? []
            if names.count > 1 { several += 1 }
            #expect(names == names.sorted { Collation.key($0) < Collation.key($1) }, "\(c.cluster.name): \(names)")
        }
        #expect(several > 0)
    }
}
