import TestSupport
import Foundation
import Testing
@testable import Domain
@testable import Exchange
@testable import Wording

/// What Danish Excel and LibreOffice write back into a file Tavle exported is read as they meant it.
@Suite struct SpreadsheetCellTests {
    let now = Timestamp.parse("2026-11-20T10:00:00Z")!

    @Test func datesAsSpreadsheetsWriteThem() {
        let first = Day(year: 2025, month: 8, day: 1)!
        for s in ["1.8.2025", "2025-08-01", "01-08-2025", "01-08-25", "01.08.25", "1/8/2025", "1/8/25", " 01-08-2025 "] {
            #expect(Cells.day(s) == first, "\(s)")
        }
        for s in ["31-02-2025", "01-08-225", "2025", "01-08", "1.8.2025.1", "aa-bb-cccc", "", "001-08-2025"] {
            #expect(Cells.day(s) == nil, "\(s)")
        }
    }

    func programmes(_ csv: String, _ language: Language = .da) throws -> (ImportPlan, [String]) {
        let input = try CSVInput.read(Data(csv.utf8), file: "programmer.csv")
        return ProgrammeImport.plan(input, state: NetworkState(), actor: "mfr", now: now, text: Catalogue(language))
    }

    /// A programmes file re-saved by Danish LibreOffice imports; a row with several bad cells names each one, under
    /// the file's own heading.
    @Test func programmesReSavedByLibreOfficeImportAndEveryBadCellIsSaid() throws {
        let (ok, none) = try programmes("id;navn;fra;til\nel;Elevløft;01-08-25;31-07-28\n")
        #expect(none.isEmpty, "\(none)")
        guard case .defineProgramme(let p)? = ok.commands.first else { Issue.record("\(ok.commands)"); return }
        #expect(p.start == Day(year: 2025, month: 8, day: 1)! && p.end == Day(year: 2028, month: 7, day: 31)!)
        let (_, errors) = try programmes("id;navn;fra;til;spor\nel;;32-08-25;aldrig;x\n")
        #expect(errors == [
            "programmer.csv:2: navn: " + Catalogue(.da)(.impEmpty),
            "programmer.csv:2: fra: " + Catalogue(.da)(.impBadDate, "32-08-25"),
            "programmer.csv:2: til: " + Catalogue(.da)(.impBadDate, "aldrig"),
            "programmer.csv:2: spor: " + Catalogue(.da)(.impBadPairs, "x"),
        ], "\(errors)")
        let (_, english) = try programmes("id,name,from,to\nel,Elevløft,2025-08-01,someday\n", .en)
        #expect(english == ["programmer.csv:2: to: " + Catalogue(.en)(.impBadDate, "someday")], "\(english)")
    }
}
