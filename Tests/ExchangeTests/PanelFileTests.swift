import Foundation
@testable import Domain
import Effects
import Testing
@testable import Exchange

/// The panel file: written so R, Stata and a spreadsheet read it as data, and read back to the same rows.
@Suite struct PanelFileTests {
    @Test func aNameIsNeverAFormulaAndTheRowsReadBack() throws {
        let kind = InterventionKind(programme: "p", id: "k", name: "K")
        let d = IndicatorDefinition(id: "i", programme: "p", names: [LocalName("da", "I")], unit: .percent, minimum: .zero,
                                    maximum: Fixed(100), decimals: 1, better: .lower)
        let rows = [PanelRow(id: "101001", period: 2020, group: 2021, outcome: 12.5), PanelRow(id: "101001", period: 2021, group: 2021, outcome: 10),
                    PanelRow(id: "202002", period: 2020, group: nil, outcome: 7.25), PanelRow(id: "202002", period: 2021, group: nil, outcome: 8)]
        let panel = EffectPanel(kind: kind, indicator: d, rows: rows, started: 1, programmeComparison: 1, registerComparison: 0, alsoStarted: [])
        let csv = PanelFile.csv(panel) { $0 == "101001" ? "=HYPERLINK(\"x\")" : "Skole, \"Nord\"" }
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n") || csv.contains(",'=HYPERLINK"), "\(csv)")
        #expect(csv.contains(",\"Skole, \"\"Nord\"\"\"\r\n"), "\(csv)")
        let back = try PanelFile.read(Data(csv.utf8), file: "p.csv", columns: .init())
        #expect(back == rows)
    }
}
