import TestSupport
import Wording
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

    /// Screens and dialogs are looked up through their one mapping (`ViewID.screen`, `Overlay.dialog`): no other
    /// file switches over them, so a new screen or dialog is never one more case in six places.
    @Test func onlyTheMappingsSwitchOverViewsAndOverlays() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/TUI").standardized
        let mappings: Set<String> = ["Overlay.swift", "ScreenType.swift"]
        let switches = try NSRegularExpression(pattern: #"switch (m\.|model\.|self\.)?(view|overlay|o|v)\b|extension (Overlay|ViewID)\b"#)
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for file in files where file.pathExtension == "swift" && !mappings.contains(file.lastPathComponent) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let l = String(line)
                if switches.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil { offenders.append("\(file.lastPathComponent):\(n + 1)") }
            }
        }
        #expect(files.count > 60, "the sources were found at \(sources.path)")
        #expect(offenders.isEmpty, "switches over views or overlays outside their mapping: \(offenders)")
    }
}

/// A screen is registered once, in `ViewID`; its key, tab, palette place, help and hints follow from there.
@Suite struct ScreenRegistryTests {
    @Test(arguments: ViewID.allCases) func everyScreenHasItsKeyTabPlaceAndHints(v: ViewID) {
        var m = demoModel(width: 160, height: 48, language: .en)
        let digit = Key.char(Character("\(v.rawValue + 1)"))
        #expect(m.session.keyMap.action(for: digit).flatMap(\.view) == v)
        update(&m, .key(digit))
        #expect(m.view == v)
        let title = m.text(v.title)
        let screen = view(m).text
        #expect(screen.split(separator: "\n").first.map { $0.contains("\(v.rawValue + 1) \(title)") } == true, "the tab bar names \(title)")
        #expect(m.paletteEntries(title).contains { $0.target == .view(v) }, "the palette offers \(title)")
        // The status bar shows the screen's own keys first.
        let statusBar = screen.split(separator: "\n").last.map(String.init) ?? ""
        if let first = v.screen.hints.first(where: m.offers), let key = m.session.keyMap.binding(first)?.keys.first {
            #expect(statusBar.hasPrefix(" " + key.label), "\(v): \(statusBar)")
        }
    }

    /// At 80 columns the tabs are shortened, but never to a form two tabs share (English «Calendar» and «Caseload»
    /// were both «Ca»), and the programme's name keeps its room whichever tab is chosen.
    @Test(arguments: [Language.da, .en]) func theNarrowTabBarTellsEveryTabApartAndNamesTheProgramme(language: Language) {
        for v in ViewID.allCases {
            var m = demoModel(width: 80, height: 24, language: language)
            update(&m, .key(.char(Character("\(v.rawValue + 1)"))))
            let bar = view(m).text.split(separator: "\n").first.map(String.init) ?? ""
            let shorts = TabBar.ranges(m).map { $0.label.trimmingCharacters(in: .whitespaces).split(separator: " ").dropFirst().joined() }
            #expect(Set(shorts.map { $0.lowercased() }).count == shorts.count, "\(language) on \(v): \(bar)")
            #expect(shorts.allSatisfy { $0.count >= 2 }, "\(bar)")
            #expect(bar.hasSuffix(" Elevløft "), "\(language) on \(v): \(bar)")
        }
    }

    @Test func clearingFiltersReachesEveryScreen() {
        var m = demoModel()
        m.schools.filter = "skole"; m.clusters.filter = "nord"; m.caseload.filter = "x"; m.calendar.filter = "møde"
        m.matrix.filter = "a"; m.history.filter = "b"; m.history.actor = "mfr"
        update(&m, .key(.char("x")))
        #expect(m.schools.filter.isEmpty && m.clusters.filter.isEmpty && m.caseload.filter.isEmpty && m.calendar.filter.isEmpty)
        #expect(m.matrix.filter.isEmpty && m.history.filter.isEmpty && m.history.actor == nil)
    }
}
