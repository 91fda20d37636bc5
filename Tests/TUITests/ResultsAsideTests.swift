import Foundation
import Testing
import TestSupport
import Demo
import FileStore
@testable import Domain
@testable import TUI
import Wording

/// The results screen's figures are worked out when that screen is shown, or aside once a frame that did not need
/// them is drawn: at national scale they are most of a first frame, and of the frame after each write.
@Suite struct ResultsAsideTests {
    /// A model as the dashboard has it at its first frame, before anything is worked out aside.
    func firstFrameModel(language: Language = .da) -> Model {
        Model(state: demoState, events: demoEvents, today: fixedToday, width: 160, height: 48, user: "mfr",
              logPath: "/data/tavle.log", language: language)
    }

    /// Whether the results screen's figures are still to be worked out (a Bool, so a failure does not print the model).
    func waiting(_ m: Model) -> Bool { m.derived.scorecardPending }

    func rows(_ text: String, holding s: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { $0.element.contains(s) }.map(\.offset)
    }

    @Test(arguments: [Language.da, .en])
    func theOverviewKeepsTheIndicatorsPlaceUntilTheirFiguresCome(language: Language) {
        var m = firstFrameModel(language: language)
        #expect(waiting(m))
        let name = m.text.name(m.state.indicator("elevloeft", "dansk-under-4")!)
        let before = view(m).text
        #expect(before.contains(name) && !before.contains("n 103"), "\(before)")
        let line = before.split(separator: "\n").first { $0.contains(name) }.map(String.init) ?? ""
        #expect(line.contains("…"), "\(line)")
        settleAside(&m)
        let after = view(m).text
        #expect(!waiting(m) && after.contains("n 103"))
        // The same rows: nothing below moves when the figures come.
        #expect(rows(before, holding: name) == rows(after, holding: name))
        #expect(rows(before, holding: m.text(.indicatorsTitle)) == rows(after, holding: m.text(.indicatorsTitle)))
    }

    /// The key that shows the results screen works them out itself, through the facets set meanwhile: the same
    /// figures as those worked out aside.
    @Test func theKeyThatShowsTheResultsWorksThemOut() {
        var shown = firstFrameModel(), aside = firstFrameModel()
        let cluster = shown.state.clusters.values.first { $0.programme == "elevloeft" }!
        shown.setFacet(.cluster, cluster.name)
        aside.setFacet(.cluster, cluster.name)
        #expect(waiting(shown))
        update(&shown, .key(.char("8")))
        #expect(!waiting(shown))
        #expect(shown.derived.scorecard.visible.count == shown.state.activeMembers(cluster).count)
        settleAside(&aside)
        #expect(shown.derived.scorecard.visible == aside.derived.scorecard.visible)
        #expect(shown.derived.scorecard.cells == aside.derived.scorecard.cells)
        #expect(shown.derived.scorecard.programme == aside.derived.scorecard.programme)
        #expect(shown.derived.scorecard.comparison == aside.derived.scorecard.comparison)
        update(&aside, .key(.char("8")))
        #expect(view(shown).text == view(aside).text)
    }

    /// Figures worked out for a state that has since changed are dropped; those of the state shown are taken.
    @Test func figuresOfAnOlderStateAreDropped() throws {
        var m = firstFrameModel()
        let old = m.derived.pendingScorecard!.compute()
        var state = m.state
        let school = m.derived.schools.rows.first { $0.participation == .accepted }!.institution
        let records = try decideBatch([.setParticipation(Enrolment("elevloeft", school), status: .withdrawn, reason: "Lukket")],
                                      on: &state, actor: "mfr", now: m.clock.now)
        update(&m, .stateChanged(state, m.events + records))
        update(&m, .scorecardComputed(old))
        #expect(waiting(m), "figures of the state before the write were taken")
        #expect(old.data.takingPart == 103)
        let current = m.derived.pendingScorecard!.compute()
        update(&m, .scorecardComputed(current))
        #expect(!waiting(m) && m.derived.scorecard.takingPart == 102)
        // Worked out twice (a key showed the screen while they were worked out aside): the later is not taken again.
        let (shownState, facets) = (m.scorecard, m.schools.facets)
        let again = m.derived.adoptScorecard(current, shownState, facets: facets)
        #expect(!again)
    }

    /// The loop: the first frame comes without them, and they are worked out aside and shown without a key.
    @Test func theLoopWorksThemOutAsideAfterTheFirstFrame() throws {
        let clock = Clock.fixed(Copenhagen.timestamp(fixedToday, minutes: 12 * 60))
        let path = Scratch.directory("results-aside") + "/tavle.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: fixedToday), created: clock.now())
        let network = try EventLog.open(path: path, create: false)
        var model = Model(state: network.state, events: network.events, now: clock.now(), width: 160, height: 48, user: "mfr",
                          logPath: path)
        let wait: TestBackend.Step = .outside { Thread.sleep(forTimeInterval: 0.3) }
        let backend = TestBackend(width: 160, height: 48, script: [wait, wait, wait])
        Dashboard.run(network: network, model: &model, clock: clock, backend: backend)
        #expect(!backend.frames[0].text.contains("n 103"))
        #expect(backend.lastFrame!.text.contains("n 103"), "\(backend.lastFrame!.text)")
        #expect(!waiting(model))
    }
}
