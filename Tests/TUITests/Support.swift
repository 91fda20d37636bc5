import TestSupport
import Foundation
import Testing
import Demo
@testable import Domain
@testable import TUI
@testable import Wording

let fixedToday = Day(year: 2026, month: 11, day: 22)!

/// The demo network as of the fixed day, replayed once for all tests.
let demoEvents: [Recorded] = {
    var seq = 0
    return try! DemoNetwork.events(today: fixedToday).map { e -> Recorded in
        seq += 1
        return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event)
    }
}()
let demoState = NetworkState.replay(demoEvents)

/// The demo's model as the loop has it a moment after its first frame (the work it does aside done).
func demoModel(width: Int = 80, height: Int = 24, language: Language = .da, user: String = "mfr") -> Model {
    var m = Model(state: demoState, events: demoEvents, today: fixedToday, width: width, height: height, user: user,
                  logPath: "/data/tavle.log", language: language)
    settleAside(&m)
    return m
}

/// The demo as a log from before indicators were data: without its indicators and their values, so `E` records a
/// value in per cent at a measuring point, as it did.
func legacyDemoModel(user: String = "mfr") -> Model {
    let events = demoEvents.filter {
        switch $0.event.type {
        case .indicatorDefined, .indicatorChanged, .measurementRecorded, .measurementCorrected: return false
        default: return true
        }
    }
    let records = Recorded.numbered(events.map { ($0.at, $0.actor, $0.event) })
    return Model(state: NetworkState.replay(records), events: records, today: fixedToday, width: 80, height: 24, user: user,
                 logPath: "/data/tavle.log", language: .da)
}

func typeText(_ m: inout Model, _ text: String) {
    for c in text { update(&m, .key(.char(c))) }
}

/// One letter per style role, for the golden files' second layer: a lost colour or role changes the file.
let roleLetters: [TUI.Role: Character] = [
    .text: ".", .muted: "m", .accent: "a", .header: "h", .selection: "S", .border: "b", .title: "T", .tabActive: "A",
    .tabInactive: "i", .statusBar: "s", .statusKey: "k", .ok: "o", .warning: "w", .error: "e", .offered: "1", .accepted: "2",
    .declined: "3", .withdrawn: "4", .planned: "P", .started: "I", .anchored: "F", .completed: "C", .evaluated: "E",
    .paused: "Z", .stopped: "X", .holiday: "H", .today: "t",
]

/// The grid's roles, one letter a cell, rows trimmed of plain text at their ends.
func roleLayer(_ grid: Grid) -> String {
    (0..<grid.height).map { y in
        let row = String((0..<grid.width).map { x in roleLetters[grid.cells[y * grid.width + x].style.role] ?? "?" })
        return String(row.reversed().drop { $0 == "." }.reversed())
    }.joined(separator: "\n")
}

/// Compares a grid's text, and the role of every cell, with a golden file; `TAVLE_UPDATE_GOLDEN=1 swift test`
/// rewrites them.
func expectGolden(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = dir.appendingPathComponent(name + ".txt")
    let actual = grid.trimmedText + "\n--- roles ---\n" + roleLayer(grid) + "\n"
    if ProcessInfo.processInfo.environment["TAVLE_UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing golden file \(name).txt; run TAVLE_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
        return
    }
    let (text, roles) = (actual.components(separatedBy: "--- roles ---")[0], actual.components(separatedBy: "--- roles ---").last ?? "")
    let parts = expected.components(separatedBy: "--- roles ---")
    #expect(text == parts[0], "\(name): the text differs from its golden file", sourceLocation: sourceLocation)
    #expect(parts.count == 2 && roles == parts[1], "\(name): the roles (colours) differ from its golden file", sourceLocation: sourceLocation)
}

/// Presses keys as the loop would take them, the Effekt table and the results screen's figures computed at once
/// where the loop computes them on another thread.
func press(_ m: inout Model, _ keys: Key...) {
    for k in keys {
        update(&m, .key(k))
        settleAside(&m)
    }
}

/// What the loop works out on other threads after a frame, worked out and sent in at once.
func settleAside(_ m: inout Model) {
    if let r = m.effectRequest { update(&m, .effectsComputed(EffectTable.compute(r, m.state))) }
    if let inputs = m.derived.pendingScorecard { update(&m, .scorecardComputed(inputs.compute())) }
}

extension Model {
    /// The open form's field value at `index`; "" when no form is open.
    func formValue(_ index: Int) -> String {
        guard case .form(let f)? = overlay, f.fields.indices.contains(index) else { return "" }
        return f.fields[index].value
    }
}

/// Opens a school's page from the schools list.
func openPage(_ m: inout Model, _ school: String) {
    press(&m, .char("2"))
    m.schools.cursor.selected = m.derived.schools.visible.firstIndex { m.derived.schools.rows[$0].institution == school }!
    press(&m, .enter)
    #expect(m.page?.school == school)
}

extension NetworkState {
    /// What the screens show of a state: all but the undo records, who built on what and the id counters, which a
    /// state for looking back may hold from the present it was rewound from (`rewound`).
    var shown: NetworkState {
        var s = self
        s.counters = [:]; s.undoStacks = [:]; s.touched = Touches()
        return s
    }
}

/// The model's screen as lines of text, blank lines kept.
func screenLines(_ m: Model) -> [String] { view(m).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
