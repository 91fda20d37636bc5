import TestSupport
import Foundation
import Testing
@testable import Domain
@testable import Exchange
@testable import Wording

/// Measurements read from files as the statistics portal, Danish Excel and LibreOffice write them, and read back
/// exactly from the state the import's commands make.
@Suite struct MeasurementImportTests {
    let da = Catalogue(.da)
    let now = Timestamp.parse("2026-11-20T10:00:00Z")!
    let p = "el"

    var share: IndicatorDefinition {
        IndicatorDefinition(id: "dansk", programme: p, names: [LocalName("da", "Andel under 4 i dansk")], decimals: 1,
                            baseline: [.schoolYear(2013), .schoolYear(2014), .schoolYear(2015)])
    }

    func network() throws -> NetworkState {
        var s = NetworkState()
        let ctx = Context(actor: "mfr", now: now)
        var commands: [Command] = [
            .registerPerson(Person(name: "mfr", fullName: "Maja", role: .coordinator)),
            .defineProgramme(Programme(id: p, name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!, end: Day(year: 2028, month: 7, day: 31)!)),
            .defineIndicator(share),
        ]
        for (inst, name, m) in [("049001", "Ærø Skole", 492), ("101001", "Bakkeskolen", 101), ("101002", "Engskolen", 101)] {
            commands.append(.registerSchool(School(institution: inst, name: name, municipality: m, kind: .folkeskole)))
        }
        try decideBatch(commands, on: &s, actor: "mfr", now: ctx.now)
        return s
    }

    func plan(_ bytes: [UInt8], _ state: NetworkState, file: String = "værdier.csv", options: MeasurementImport.Options = .init()) throws -> (ImportPlan, [String]) {
        MeasurementImport.plan(try CSVInput.read(Data(bytes), file: file), state: state, indicator: share, options: options, now: now, text: da)
    }

    func applied(_ plan: ImportPlan, to state: NetworkState) throws -> NetworkState {
        var s = state
        try decideBatch(plan.commands, on: &s, actor: "mfr", now: now)
        return s
    }

    func value(_ s: NetworkState, _ school: String, _ year: Int) -> SeriesPoint? {
        s.measurements[SeriesKey(p, "dansk", school)]?.point(.schoolYear(year))
    }

    @Test func theStatisticsPortalsWideExportIsReadExactly() throws {
        // UTF-8 with a byte-order mark, a name column, one column per school year headed as the portal heads them,
        // ".." where the portal has no figure (too few pupils), and a column Tavle does not know.
        let text = "\u{FEFF}Institutionsnummer;Institution;Afdeling;Skoleår 2013/2014;Skoleår 2014/2015;Skoleår 2015/2016\r\n"
            + "049001;Ærø Skole;1;12,5;..;9,0\r\n101001;Bakkeskolen;1;23,4;21,7;19,9\r\n"
        let state = try network()
        let (result, errors) = try plan(Array(text.utf8), state)
        #expect(errors.isEmpty, "\(errors)")
        #expect(result.commands.count == 5)
        let s = try applied(result, to: state)
        #expect(value(s, "049001", 2013)?.value == Fixed.parse("12.5"))
        #expect(value(s, "049001", 2014) == nil)
        #expect(value(s, "049001", 2015)?.value == Fixed(9))
        #expect(value(s, "101001", 2014)?.value == Fixed.parse("21.7"))
        #expect(result.warnings.contains { $0.contains("1 celle") })
        // The same file again writes nothing.
        let (again, againErrors) = try plan(Array(text.utf8), s)
        #expect(againErrors.isEmpty && again.commands.isEmpty)
    }

    @Test func danishExcelsLongLayoutInWindows1252() throws {
        // "CSV (semikolonsepareret)" from a Danish Excel: Windows-1252, the leading zero of 049001 lost, a decimal
        // comma, grouped pupils, and Excel's own spelling of a school year column.
        let text = "Institutionsnummer;Skoleår;Andel (%);Antal elever\r\n49001;2014/2015;7,3;31\r\n101001;2014/15;12,25;1.204\r\n101002;2014-2015;–;\r\n"
        let bytes = Array(text.data(using: .windowsCP1252)!)
        let state = try network()
        let (_, errors) = try plan(bytes, state)
        // 12,25 has more decimals than the indicator's one: refused, with where it stands.
        #expect(errors == ["værdier.csv:3: Andel (%): 12,25 ligger uden for 0,0–100,0 eller har flere end 1 decimal."])
        let fixed = text.replacingOccurrences(of: "12,25", with: "12,2")
        let (ok, none) = try plan(Array(fixed.data(using: .windowsCP1252)!), state)
        #expect(none.isEmpty, "\(none)")
        let s = try applied(ok, to: state)
        #expect(value(s, "049001", 2014) == SeriesPoint(period: .schoolYear(2014), value: Fixed.parse("7.3")!, pupils: 31))
        #expect(value(s, "101001", 2014) == SeriesPoint(period: .schoolYear(2014), value: Fixed.parse("12.2")!, pupils: 1204))
        #expect(value(s, "101002", 2014) == nil)
        #expect(ok.warnings.contains { $0.contains("foranstillede nul") })
    }

    @Test func libreOfficesEnglishLongLayoutWithCommas() throws {
        let text = "institution,school year,value,pupils\n\"049001\",2013/14,12.5,28\n101001,2013/14,,\n101001,2014/15,\"1,234.5\",\n"
        let state = try network()
        let (result, errors) = try plan(Array(text.utf8), state, file: "values.csv")
        // 1,234.5 is read as the number it is (decimal point, grouped thousands), and is out of the range.
        #expect(errors.count == 1 && errors[0].hasPrefix("values.csv:4: value: 1,234.5 ligger uden for"), "\(errors)")
        let (ok, none) = try plan(Array(text.replacingOccurrences(of: "\"1,234.5\"", with: "23.5").utf8), state, file: "values.csv")
        #expect(none.isEmpty)
        let s = try applied(ok, to: state)
        #expect(value(s, "049001", 2013)?.value == Fixed.parse("12.5") && value(s, "049001", 2013)?.pupils == 28)
        #expect(value(s, "101001", 2014)?.value == Fixed.parse("23.5"))
        _ = result
    }

    @Test func everyBadCellIsNamedAndNothingIsPlannedFromAFileWithErrors() throws {
        let text = "Institutionsnummer;Skoleår;Værdi\n049001;2013/14;#I/T\n049001;2013/14;12\n049001;2013/14;13\n101001;2030/31;5\n101001;2013/15;5\n12345x;2013/14;5\n"
        let (_, errors) = try plan(Array(text.utf8), try network())
        #expect(errors == [
            "værdier.csv:6: Skoleår: \"2013/15\" er ikke en periode af slagsen skoleår.",
            "værdier.csv:2: Værdi: \"#I/T\" er ikke et tal.",
            "værdier.csv:4: Værdi: 049001 2013/14 står også på linje 3.",
            "værdier.csv:5: Værdi: Perioden 2030/31 er ikke begyndt endnu.",
            "værdier.csv:7: Institutionsnummer: \"12345x\" er ikke et institutionsnummer (6 cifre).",
        ])
    }

    @Test func unknownSchoolsAreRefusedOrSkippedAndDifferingValuesNeedAReason() throws {
        let state = try network()
        let first = "Institutionsnummer;Skoleår;Værdi\n049001;2013/14;12,5\n999999;2013/14;10\n"
        let (_, errors) = try plan(Array(first.utf8), state)
        #expect(errors.count == 1 && errors[0].contains("999999 er ikke i skoleregistret"))
        let (skipped, none) = try plan(Array(first.utf8), state, options: .init(skipUnknown: true))
        #expect(none.isEmpty && skipped.commands.count == 1 && skipped.warnings.contains { $0.contains("999999") })
        let s = try applied(skipped, to: state)
        let second = "Institutionsnummer;Skoleår;Værdi\n049001;2013/14;11,5\n"
        let (_, differs) = try plan(Array(second.utf8), s)
        #expect(differs == ["værdier.csv:2: Værdi: Ærø Skole 2013/14: filen siger 11,5 %, loggen 12,5 %; giv --reason for at rette."])
        let (corrected, fine) = try plan(Array(second.utf8), s, options: .init(reason: "Rettede tal fra ministeriet"))
        #expect(fine.isEmpty)
        let after = try applied(corrected, to: s)
        #expect(value(after, "049001", 2013)?.value == Fixed.parse("11.5") && value(after, "049001", 2013)?.corrections == 1)
    }

    @Test func aFileWithNeitherLayoutSaysWhatItLacks() throws {
        let (_, errors) = try plan(Array("Institutionsnummer;Navn;Noget\n049001;Ærø;1\n".utf8), try network())
        #expect(errors.count == 1 && errors[0].contains("hverken"))
        let (_, noInst) = try plan(Array("Skole;2013/14\nÆrø;1\n".utf8), try network())
        #expect(noInst == ["værdier.csv: kolonnen med institutionsnummer mangler."])
    }

    /// The school register as the institution register exports it: its own headings and type names; schools that
    /// are registered, never enrolled.
    @Test func theRegistersOwnHeadingsAndTypes() throws {
        let text = "INST_NR;INST_NAVN;KOMMUNENR;INST_TYPE_NAVN\n101999;Testskolen;101;Folkeskoler\n280998;Nordskolen;851;Friskoler og private grundskoler\n"
        let (plan, errors) = SchoolImport.plan(try CSVInput.read(Data(text.utf8), file: "register.csv"), state: try network(), programme: nil,
                                               actor: "mfr", now: now, text: da)
        #expect(errors.isEmpty, "\(errors)")
        #expect(plan.commands == [.registerSchool(School(institution: "101999", name: "Testskolen", municipality: 101, kind: .folkeskole)),
                                  .registerSchool(School(institution: "280998", name: "Nordskolen", municipality: 851, kind: .friskole))])
    }

    @Test func headingsNameTheirPeriodsInTheWaysExportsWriteThem() {
        let near = Day(year: 2026, month: 11, day: 20)!
        #expect(MeasurementImport.periodInHeading("2016/2017", kind: .schoolYear, near: near) == .schoolYear(2016))
        #expect(MeasurementImport.periodInHeading("Skoleår 2016/17", kind: .schoolYear, near: near) == .schoolYear(2016))
        #expect(MeasurementImport.periodInHeading("2016-2017 (pct.)", kind: .schoolYear, near: near) == .schoolYear(2016))
        #expect(MeasurementImport.periodInHeading("År 2016", kind: .year, near: near) == .year(2016))
        #expect(MeasurementImport.periodInHeading("Institution 101001", kind: .schoolYear, near: near) == nil)
        #expect(MeasurementImport.periodInHeading("2016/2018", kind: .schoolYear, near: near) == nil)
    }
}
