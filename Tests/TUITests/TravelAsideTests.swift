import TestSupport
import Foundation
import Testing
import Demo
import FileStore
@testable import Domain
@testable import TUI
@testable import Wording

/// A far jump in time replays much of the log (0.7 s at a million records): in the dashboard it is worked out on
/// another thread, keys are answered meanwhile, and what it shows when it comes is what a jump made at once shows.
/// The demo's history counts as large here (`asideAbove`).
@Suite struct TravelAsideTests {
    /// An early record: no undo record reaches back to it, so the present cannot be rewound and the log is replayed.
    let early = demoEvents[demoEvents.count / 3].seq

    func model(_ language: Language = .da) -> Model {
        var m = demoModel(width: 120, height: 30, language: language)
        m.travelling.asideAbove = 10
        return m
    }

    /// The past at `seq` as a jump made at once shows it.
    func atOnce(_ seq: Int) -> Model {
        var m = demoModel(width: 120, height: 30)
        m.travel(to: seq)
        return m
    }

    @Test func aFarJumpIsWorkedOutAsideWhileKeysAreAnswered() throws {
        var m = model()
        press(&m, .char("7"))
        let before = view(m).text
        m.travel(to: early)
        let request = try #require(m.travelling.request)
        // Nothing moved yet: the present is on screen, and the status line says where the dashboard is going.
        let unmoved = m.state == demoState
        #expect(!m.isHistorical && unmoved)
        let going = view(m).text
        let day = Catalogue(.da).longDate(Copenhagen.local(demoEvents[demoEvents.count / 3].at).day)
        #expect(going.contains("⏳ Ser tilbage til \(day) … · = nu") && !going.contains("⏪"))
        #expect(going.split(separator: "\n").dropLast() == before.split(separator: "\n").dropLast())
        // A key is answered meanwhile, on what is on screen.
        press(&m, .char("j"))
        #expect(m.history.cursor.selected == 1)
        // The jump comes: the past, as a jump made at once shows it, every screen.
        update(&m, .travelled(request.build()))
        let direct = atOnce(early)
        #expect(m.travelling.request == nil && m.asOfSeq == early && m.today == direct.today)
        let same = m.state.shown == direct.state.shown
        #expect(same)
        var shown = direct
        // The key pressed meanwhile, pressed there too: Historik's pane says the selected record.
        press(&shown, .char("7"), .char("j"))
        for key in "123456789" {
            press(&m, .char(key)); press(&shown, .char(key))
            #expect(view(m).text == view(shown).text, "screen \(key)")
        }
        #expect(view(m).text.contains("⏪ \(day) · skrivebeskyttet · = nu"))
    }

    @Test func aNewerJumpOrComingBackReplacesTheOneUnderWay() throws {
        var m = model(.en)
        m.travel(to: early)
        let first = try #require(m.travelling.request)
        #expect(view(m).text.contains("⏳ Looking back to \(Catalogue(.en).longDate(first.day)) … · = now"))
        // A week back from the day it goes to, not from today.
        m.travel(days: -7)
        let second = try #require(m.travelling.request)
        #expect(second.day == first.day.adding(days: -7) && second.seq < first.seq)
        // The first one's outcome is dropped when it comes; the second's is taken.
        update(&m, .travelled(first.build()))
        #expect(!m.isHistorical && m.travelling.request != nil)
        update(&m, .travelled(second.build()))
        let direct = atOnce(second.seq)
        let same = m.state.shown == direct.state.shown
        #expect(same && m.asOfSeq == second.seq && m.today == second.day)
        // Coming back to now while one is under way: the present stays, and the outcome is dropped.
        m.travel(to: early)
        let third = try #require(m.travelling.request)
        press(&m, .char("="))
        let present = m.state == demoState
        #expect(m.travelling.request == nil && !m.isHistorical && present)
        update(&m, .travelled(third.build()))
        let still = m.state == demoState
        #expect(!m.isHistorical && still && !view(m).text.contains("⏳"))
    }

    /// On the way to the past, a write is refused before its form opens, as in the past (a form opened meanwhile
    /// was refused on saving, once the past had come), saying the day the jump goes to; the status bar offers no
    /// write key; back to now, the form opens.
    @Test func aWriteIsRefusedAtOnceWhileAJumpIsUnderWay() throws {
        for language in [Language.da, .en] {
            var m = model(language)
            press(&m, .char("2"))
            #expect(m.offers(.recordContact))
            m.travel(to: early)
            let request = try #require(m.travelling.request)
            #expect(!m.isHistorical && m.isLookingBack && !m.offers(.recordContact))
            EarlyRefusalTests.expectWriteKeysRefusedForTravel(&m)
            let said = m.words(.travellingRefused)
            #expect(said.contains(m.text.shortDate(request.day)) && !said.contains(m.text.shortDate(m.today)), "\(said)")
            // Still in the present, so not "you are looking at": on the way there.
            #expect(said == m.text(.travellingGoingRefused, m.text.shortDate(request.day), "="), "\(said)")
            press(&m, .char("="))
            #expect(!m.isLookingBack && m.offers(.recordContact))
            press(&m, .char("K"))
            guard case .form? = m.overlay else { Issue.record("no form back in the present"); return }
        }
    }

    @Test func stepsWithinReachStayAtOnce() throws {
        // A day back is the present rewound: at once, even on a large log.
        var m = model()
        m.travel(days: -1)
        #expect(m.travelling.request == nil && m.isHistorical)
        // A step forward from a past far back through more records than the limit goes aside, from the past shown.
        var far = model()
        far.travelling.asideAbove = nil
        far.travel(to: early)
        far.travelling.asideAbove = 10
        let later = demoEvents[demoEvents.count / 3 + 200].seq
        far.travel(to: later)
        let request = try #require(far.travelling.request)
        #expect(request.from != nil && request.events.count == 200 && far.asOfSeq == early)
        update(&far, .travelled(request.build()))
        let same = far.state.shown == atOnce(later).state.shown
        #expect(same && far.asOfSeq == later)
    }

    @Test func aJumpUnderWayWhenTheLogMovesIsAskedAgain() throws {
        let half = Array(demoEvents.prefix(demoEvents.count / 2))
        var m = Model(state: NetworkState.replay(half), events: half, today: fixedToday, width: 120, height: 30, user: "mfr",
                      logPath: "/data/tavle.log", language: .da)
        m.travelling.asideAbove = 10
        let oldest = demoEvents[50].seq
        m.travel(to: oldest)
        let first = try #require(m.travelling.request)
        update(&m, .stateChanged(demoState, demoEvents))
        let again = try #require(m.travelling.request)
        #expect(again.generation != first.generation && again.seq == oldest && !m.isHistorical)
        update(&m, .travelled(first.build()))
        #expect(!m.isHistorical)
        update(&m, .travelled(again.build()))
        let same = m.state.shown == atOnce(oldest).state.shown
        #expect(same && m.asOfSeq == oldest)
    }

    /// A day's last record is found by comparing moments, not by working out each record's day: the same record, on
    /// the days clocks change too.
    @Test func aDaysLastRecordIsTheOneWorkingOutDaysFinds() {
        for (month, day) in [(3, 26), (10, 22)] {
            let start = Copenhagen.timestamp(Day(year: 2026, month: month, day: day)!, minutes: 0).milliseconds
            // Every 20 minutes for a week, a minute either side of each hour.
            let records = (0..<(7 * 72)).flatMap { i -> [Recorded] in
                let t = start + Int64(i) * 20 * 60_000
                return [t - 60_000, t, t + 60_000].map { Recorded(seq: 0, at: Timestamp(milliseconds: $0), actor: "mfr", event: .undone(seq: 0)) }
            }
            let events = records.enumerated().map { Recorded(seq: $0.offset + 1, at: $0.element.at, actor: "mfr", event: .undone(seq: 0)) }
            for d in -1...8 {
                let target = Day(year: 2026, month: month, day: day)!.adding(days: d)
                let expected = events.last { Copenhagen.local($0.at).day <= target }?.seq
                #expect(Model.lastRecord(onOrBefore: target, in: events)?.seq == expected, "\(target)")
            }
        }
    }

    /// The loop: the key is answered with the status line at once, and the past is drawn when the jump comes.
    @Test func theLoopShowsTheJumpWhenItComes() throws {
        let clock = Clock.fixed(Copenhagen.timestamp(fixedToday, minutes: 12 * 60))
        let path = Scratch.directory("travel") + "/tavle.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: fixedToday), created: clock.now())
        let network = try EventLog.open(path: path, create: false)
        var model = Model(state: network.state, events: network.events, now: clock.now(), width: 120, height: 30, user: "mfr", logPath: path)
        model.travelling.asideAbove = 10
        let travels = TravelMailbox()
        // Historik, a record near its oldest, and a jump to it.
        let script: [TestBackend.Step] = TestBackend.keys([.char("7"), .char("G"), .pageUp, .pageUp, .char("T")]) + [.outside { travels.wait() }, .idle]
        let backend = TestBackend(width: 120, height: 30, script: script)
        Dashboard.run(network: network, model: &model, clock: clock, backend: backend, history: HistoryMailbox(), travels: travels)
        let f = backend.frames.map(\.text)
        let going = try #require(f.firstIndex { $0.contains("⏳ Ser tilbage til") })
        #expect(!f[going].contains("⏪"))
        #expect(backend.lastFrame!.text.contains("⏪") && !backend.lastFrame!.text.contains("⏳"))
        #expect(model.isHistorical && (model.asOfSeq ?? 0) > 10)
        let same = model.state.shown == atOnce(model.asOfSeq ?? 0).state.shown
        #expect(same)
    }

    /// The loop's last gate before the log says the same as the first: commands that reach it while a jump is under
    /// way (or in the past) are not written, and the status line says why.
    @Test func theLoopWritesNothingWhileAJumpIsUnderWay() throws {
        let path = Scratch.directory("travel-aside") + "/tavle.log"
        let clock = Clock.fixed(Copenhagen.timestamp(fixedToday, minutes: 12 * 60))
        try EventLog.create(path: path, events: try DemoNetwork.events(today: fixedToday), created: clock.now())
        let log = try EventLog.open(path: path, create: false)
        let programme = try #require(log.state.defaultProgramme)
        var m = model()
        m.travel(to: early)
        try #require(m.travelling.request != nil && !m.isHistorical)
        m.writes.outbox = [.formCluster(id: "ZZ", programme: programme, name: "Aldrig skrevet")]
        let writes = WriteMailbox()
        Dashboard.submit(log, &m, clock, writes)
        #expect(m.writes.outbox.isEmpty && !writes.busy && writes.started == nil)
        #expect(m.notice == .travellingRefused)
        #expect(try EventLog.open(path: path, create: false).state.lastSeq == log.state.lastSeq)
    }
}
