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

func demoModel(width: Int = 80, height: Int = 24, language: Language = .da, user: String = "mfr") -> Model {
    Model(state: demoState, events: demoEvents, today: fixedToday, width: width, height: height, user: user,
          logPath: "/data/tavle.log", language: language)
}

func typeText(_ m: inout Model, _ text: String) {
    for c in text { update(&m, .key(.char(c))) }
}

/// Compares a grid's text with a golden file; `TAVLE_UPDATE_GOLDEN=1 swift test` rewrites them.
func expectGolden(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = dir.appendingPathComponent(name + ".txt")
    let actual = grid.trimmedText + "\n"
    if ProcessInfo.processInfo.environment["TAVLE_UPDATE_GOLDEN"] == "1" {
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing golden file \(name).txt; run TAVLE_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}

func press(_ m: inout Model, _ keys: Key...) {
    for k in keys { update(&m, .key(k)) }
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
    m.schools.cursor.selected = m.derived.visibleSchools.firstIndex { m.derived.rows[$0].institution == school }!
    press(&m, .enter)
    #expect(m.page?.school == school)
}
