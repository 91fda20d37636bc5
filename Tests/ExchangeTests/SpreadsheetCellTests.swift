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

/// Numbers as the statistics portal, Danish and English Excel and LibreOffice write them.
@Suite struct NumberCellTests {
    func value(_ s: String, _ mark: Character = ",") -> Decimal? {
        if case .value(let d)? = Cells.number(s, decimalMark: mark) { return d }
        return nil
    }

    @Test func danishNumbers() {
        #expect(value("12,5") == Decimal(string: "12.5"))
        #expect(value("1.234,5") == Decimal(string: "1234.5"))
        #expect(value("1 234,5") == Decimal(string: "1234.5") && value("1\u{00A0}234,5") == Decimal(string: "1234.5"))
        #expect(value("1.234") == 1234)
        #expect(value("−3,2") == Decimal(string: "-3.2") && value("-3,2") == Decimal(string: "-3.2") && value("–3,2") == Decimal(string: "-3.2"))
        #expect(value("(3,2)") == Decimal(string: "-3.2"))
        #expect(value("12,5 %") == Decimal(string: "12.5") && value("12,5%") == Decimal(string: "12.5"))
        #expect(value("1,25E+01") == Decimal(string: "12.5") && value("2,5E-1") == Decimal(string: "0.25"))
        #expect(value(",5") == Decimal(string: "0.5") && value(" 7 ") == 7)
    }

    @Test func englishNumbers() {
        #expect(value("12.5", ".") == Decimal(string: "12.5"))
        #expect(value("1,234.5", ".") == Decimal(string: "1234.5"))
        #expect(value("1'234.5", ".") == Decimal(string: "1234.5"))
        #expect(value("1.234", ".") == Decimal(string: "1.234"))
    }

    @Test func missingAndRefused() {
        for s in ["", " ", "–", "-", "—", "..", "."] { #expect(Cells.number(s, decimalMark: ",") == .missing, "\(s)") }
        // Excel's errors, words, and thousands grouped wrongly are not numbers: the import names the cell.
        for s in ["#I/T", "#N/A", "#DIV/0!", "#VÆRDI!", "tolv", "12.5", "1.23,4", "12,5,6", "1,2E", "1e99999", "(", "%", "--3"] {
            #expect(Cells.number(s, decimalMark: ",") == nil, "\(s)")
        }
    }

    @Test func theFilesDecimalMarkFromItsColumn() {
        #expect(Cells.decimalMark(in: ["12", "1.234,5"]) == ",")
        #expect(Cells.decimalMark(in: ["12", "1,234.5"]) == ".")
        #expect(Cells.decimalMark(in: ["12,5", "13"]) == ",")
        #expect(Cells.decimalMark(in: ["12.5", "13"]) == ".")
        #expect(Cells.decimalMark(in: ["1.234", "13"]) == ",", "three digits after a dot read as Danish thousands")
        #expect(Cells.decimalMark(in: ["", "–"]) == ",")
    }
}
