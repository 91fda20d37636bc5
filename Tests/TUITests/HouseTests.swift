import Foundation
import Testing
@testable import TUI

/// The dashboard's house rules: what is global stays small, and each screen keeps its own state.
@Suite struct HouseTests {
    @Test func theModelHoldsOnlyWhatIsGlobal() {
        let m = demoModel()
        let stored = Mirror(reflecting: m).children.compactMap(\.label)
        #expect(stored.count <= 25, "Model holds \(stored.count) stored properties: \(stored)")
        // Per-screen state lives in the screen's own type (`calendar.day`), not as loose fields named for the
        // screen (`calendarDay`, `clusterCursor`, `pageScroll`).
        let screens = ViewID.allCases.map { "\($0)" } + ["cluster", "member", "page", "map", "school", "intervention"]
        let loose = stored.filter { name in screens.contains { name.hasPrefix($0) && name.count > $0.count && name != $0 + "s" } }
        #expect(loose.isEmpty, "screen state loose on the model: \(loose)")
    }
}
