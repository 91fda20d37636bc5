import TestSupport
import Foundation
import Testing
import Demo
@testable import Domain
@testable import Exchange
@testable import Wording

/// Import rules, each with a small file the test writes itself.
@Suite struct ImportTests {
    let da = Catalogue(.da)
    let now = Timestamp.parse("2026-11-20T10:00:00Z")!

    func network() throws -> NetworkState {
        var s = NetworkState()
        let ctx = Context(actor: "mfr", now: now)
        let commands: [Command] = [
            .registerPerson(Person(name: "mfr", fullName: "Maja", role: .coordinator)),
            .defineProgramme(Programme(id: "el", name: "Elevløft", start: Day(year: 2025, month: 8, day: 1)!, end: Day(year: 2028, month: 7, day: 31)!)),
            .registerPerson(Person(name: "ahj", fullName: "Anne Holm Jensen", role: .consultant)),
            .formCluster(id: "K1", programme: "el", name: "Øerne"),
        ]
        for c in commands { for e in try decide(c, s, ctx) { s.apply(Recorded(seq: s.lastSeq + 1, at: ctx.now, actor: "mfr", event: e)) } }
        return s
    }

    func read(_ text: String, file: String = "skoler.csv") throws -> CSVInput { try CSVInput.read(Data(text.utf8), file: file) }

    func plan(_ text: String, _ state: NetworkState) throws -> (ImportPlan, [String]) {
        SchoolImport.plan(try read(text), state: state, programme: "el", actor: "mfr", now: now, text: da)
    }

    @Test func semicolonOrCommaBOMAndQuotedFields() throws {
        let semi = try read("\u{FEFF}Institutionsnummer;Navn;Kommune\r\n049001;\"Ærø; Skole\";Ærø\r\n")
        #expect(semi.delimiter == ";" && semi.header == ["Institutionsnummer", "Navn", "Kommune"])
        #expect(semi.rows.map(\.fields) == [["049001", "Ærø; Skole", "Ærø"]])
        let comma = try read("institution,name,municipality\n049001,\"Two\nlines\",492\n101001,\"Say \"\"hi\"\"\",101\n")
        #expect(comma.delimiter == ",")
        #expect(comma.rows.map(\.line) == [2, 4])   // the second record starts on line 4
        #expect(comma.rows[1].fields[1] == "Say \"hi\"")
    }

    @Test func aCleanFileBecomesOneBatchAndAgainChangesNothing() throws {
        var state = try network()
        let text = "Institutionsnummer;Navn;Kommune;Skoleform;Deltagelse;Konsulent;Klynge\n049001;Ærø Skole;Ærø;folkeskole;accepteret;ahj;Øerne\n101001;Bakkeskolen;101;friskole;tilbudt;;\n"
        let (p1, e1) = try plan(text, state)
        #expect(e1.isEmpty)
        #expect(p1.added == ["049001 Ærø Skole", "101001 Bakkeskolen"])
        for c in p1.commands {
            for e in try decide(c, state, Context(actor: "mfr", now: now)) { state.apply(Recorded(seq: state.lastSeq + 1, at: now, actor: "mfr", event: e)) }
        }
        #expect(state.participation[Enrolment("el", "049001")]?.status == .accepted)
        #expect(state.caseload[Enrolment("el", "049001")] == "ahj")
        #expect(state.clusterOf[Enrolment("el", "049001")] == "K1")
        #expect(state.schools["101001"]?.kind == .friskole)
        let (p2, e2) = try plan(text, state)
        #expect(e2.isEmpty && p2.commands.isEmpty)
        let changed = text.replacingOccurrences(of: "Bakkeskolen;101;friskole", with: "Bakkeskolen Nord;101;friskole")
        let (p3, _) = try plan(changed, state)
        #expect(p3.commands == [.updateSchool(School(institution: "101001", name: "Bakkeskolen Nord", municipality: 101, kind: .friskole))])
        #expect(p3.changed == ["101001 Bakkeskolen Nord"])
    }

    @Test func everyBadRowIsReportedWithFileLineAndColumn() throws {
        let state = try network()
        let text = "institution;name;municipality;colour\n12345;A;Ærø;red\n222222;B;Koebenhavn;x\n222222;C;Aarhuus;y\n333333;;101;z\n444444;D;101;\n"
        let (p, errors) = try plan(text, state)
        #expect(p.warnings == ["skoler.csv: ukendt kolonne \"colour\" ignoreres."])
        #expect(errors == [
            "skoler.csv:2: institution: \"12345\" er ikke et institutionsnummer (6 cifre).",
            "skoler.csv:4: institution: institutionsnummeret 222222 står også på linje 3.",
            "skoler.csv:4: municipality: ukendt kommune \"Aarhuus\". Mente du \"Aarhus\"?",
            "skoler.csv:5: name: feltet er tomt.",
        ])
        let (_, more) = try plan("institution;name;municipality;consultant;cluster;participation\n049001;A;492;zz;Nowhere;maybe\n", state)
        #expect(more.contains { $0.hasPrefix("skoler.csv:2: consultant: ukendt læringskonsulent \"zz\"") })
        #expect(more.contains { $0.hasPrefix("skoler.csv:2: cluster: ukendt klynge \"Nowhere\"") })
        #expect(more.contains { $0.hasPrefix("skoler.csv:2: participation: \"maybe\" er ikke en mulighed") })
        let (_, missing) = try plan("navn;kommune\nA;101\n", state)
        #expect(missing == ["skoler.csv: kolonnen \"institution\" mangler (påkrævet: institutionsnummer, navn, kommune)."])
    }

    @Test func unreadableFilesAreRefusedWhole() {
        #expect(throws: ImportProblem.empty(file: "x.csv")) { try CSVInput.read(Data(), file: "x.csv") }
        #expect(throws: ImportProblem.onlyHeader(file: "x.csv")) { try CSVInput.read(Data("a;b;c\r\n".utf8), file: "x.csv") }
        // Neither UTF-8 nor Windows-1252 (0x81 is unassigned there): the line is named.
        #expect(throws: ImportProblem.notUTF8(file: "x.csv", line: 3)) {
            try CSVInput.read(Data("a;b\n1;2\n3;".utf8) + Data([0xE6, 0x81, 0x0A]), file: "x.csv")
        }
        #expect(throws: ImportProblem.spreadsheet(file: "x.xlsx", kind: .excelWorkbook)) { try CSVInput.read(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), file: "x.xlsx") }
        #expect(throws: ImportProblem.spreadsheet(file: "x.xls", kind: .excelBinary)) { try CSVInput.read(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]), file: "x.xls") }
        // LibreOffice's .ods: a zip whose first entry, "mimetype", is stored uncompressed and names its type.
        let ods = [UInt8]([0x50, 0x4B, 0x03, 0x04]) + [UInt8](repeating: 0, count: 26) + Array("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8)
        #expect(throws: ImportProblem.spreadsheet(file: "x.ods", kind: .openDocument)) { try CSVInput.read(Data(ods), file: "x.ods") }
        let big = Data(count: CSVInput.sizeLimit + 1)
        #expect(throws: ImportProblem.tooLarge(file: "x.csv", bytes: big.count, limit: CSVInput.sizeLimit)) { try CSVInput.read(big, file: "x.csv") }
    }

    @Test func whatExcelWritesIsRead() throws {
        // Older Danish Excel's "CSV (semikolonsepareret)": Windows-1252, said once.
        let latin = try CSVInput.read("institutionsnummer;navn;kommune\r\n101001;Ærøskolen på Ø;825\r\n".data(using: .windowsCP1252)!, file: "s.csv")
        #expect(latin.rows.map(\.fields) == [["101001", "Ærøskolen på Ø", "825"]])
        #expect(latin.notices == [.readAsWindows1252(file: "s.csv")])
        // Formatted cells below and to the right of the data: empty rows and headingless empty columns are left out.
        let sheet = try read("institutionsnummer;navn;kommune;;;\n101001;A;101;;;\n;;;;;\n101002;B;101;;;\n;;;;;\n;;;;;\n")
        #expect(sheet.header == ["institutionsnummer", "navn", "kommune"])
        #expect(sheet.rows.map(\.line) == [2, 4] && sheet.rows.map { $0.fields[1] } == ["A", "B"])
        #expect(sheet.notices == [.blankColumnsIgnored(file: "skoler.csv", count: 3), .blankRowsIgnored(file: "skoler.csv", count: 3)])
        // A value under a headingless column is not thrown away.
        #expect(throws: ImportProblem.tooManyFields(file: "skoler.csv", line: 2, fields: 5, header: 3)) {
            try read("institutionsnummer;navn;kommune;;\n101001;A;101;;x\n")
        }
        // A plain file says nothing.
        #expect(try read("institutionsnummer;navn;kommune\n101001;A;101\n").notices.isEmpty)
    }

    @Test func consultantsAndClusters() throws {
        var state = try network()
        let (people, pe) = PeopleImport.plan(try read("initialer;fuldt navn;rolle;base\nbkl;Bo Kjær Larsen;konsulent;Aarhus\nahj;Anne Holm Jensen;konsulent;\nxx;;;\n"),
                                             state: state, actor: "mfr", now: now, text: da)
        #expect(pe == ["skoler.csv:4: fuldt navn: feltet er tomt."])
        #expect(people.added == ["bkl Bo Kjær Larsen"])
        let (clusters, ce) = ClusterImport.plan(try read("id;navn\nK1;Øerne og Fyn\nK2;Nord\n"), state: state, programme: "el", actor: "mfr", now: now, text: da)
        #expect(ce.isEmpty)
        #expect(clusters.commands == [.renameCluster(id: "K1", name: "Øerne og Fyn"), .formCluster(id: "K2", programme: "el", name: "Nord", track: nil)])
        _ = apply(clusters.commands, to: &state, actor: "mfr", now: now)
        #expect(state.clusters["K2"]?.name == "Nord")
    }
}

@Suite struct ExportTests {
    static let today = Day(year: 2026, month: 11, day: 22)!
    static let state: NetworkState = {
        var seq = 0
        return NetworkState.replay(try! DemoNetwork.events(today: today).map { e -> Recorded in
            seq += 1
            return Recorded(seq: seq, at: e.at, actor: e.actor, event: e.event)
        })
    }()

    @Test func excelCSVHasBOMSemicolonsCRLFAndDanishDates() throws {
        let data = try Export.csv(.contacts, Self.state, "elevloeft", Catalogue(.da), excel: true)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Id;Inst.nr.;Skole;Dato;Form;Deltagere;Resumé;Konsulent\r\n"))
        #expect(text.range(of: #";\d{2}-\d{2}-\d{4};"#, options: .regularExpression) != nil)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let plain = String(decoding: try Export.csv(.contacts, Self.state, "elevloeft", Catalogue(.en), excel: false), as: UTF8.self)
        #expect(plain.hasPrefix("Id,Inst. no.,School,Date,"))
        #expect(plain.range(of: #",\d{4}-\d{2}-\d{2},"#, options: .regularExpression) != nil)
    }

    @Test func schoolsRoundTripIntoAnEmptyLog() throws {
        let data = try Export.csv(.schools, Self.state, "elevloeft", Catalogue(.da), excel: true)
        let input = try CSVInput.read(data, file: "skoler.csv")
        var empty = NetworkState()
        let (plan, errors) = SchoolImport.plan(input, state: empty, programme: nil, actor: "anne", now: Timestamp.parse("2026-11-20T10:00:00Z")!, text: Catalogue(.da))
        #expect(errors.isEmpty)
        #expect(apply(plan.commands, to: &empty, actor: "anne", now: Timestamp.parse("2026-11-20T10:00:00Z")!) == nil)
        let original = Self.state.schoolRows("elevloeft").map { Self.state.schools[$0.institution]! }
        #expect(Set(empty.schools.values.map { "\($0)" }) == Set(original.map { "\($0)" }))
    }

    @Test func reportHasItsSections() {
        let report = Report(state: Self.state, programme: "elevloeft", asOf: Self.today, text: Catalogue(.da))
        let md = report.markdown()
        for section in ["## Deltagelse", "## Indsatser efter type og status", "## Gået i stå", "## Kontakter pr. konsulent",
                        "## Møder holdt og deres vurdering", "## Indikatorer: programmets skoler, regioner og sammenligningsskoler",
                        "## Effekt af indsatserne"] {
            #expect(md.contains(section), "\(section)")
        }
        // The effect section: a row per kind × indicator with its interval, the reading in words, the method and its
        // assumption, and one event study per kind as text.
        let effects = String(md[md.range(of: "## Effekt af indsatserne")!.lowerBound...])
        #expect(effects.components(separatedBy: "\n| Turboforløb |").count - 1 == 3)
        #expect(effects.contains(" til ") && effects.contains("bedre") && effects.contains("kan ikke afgøres"))
        #expect(effects.contains("Antagelse: uden indsatsen havde skolerne udviklet sig parallelt"))
        #expect(effects.contains("_Turboforløb: forskel efter år fra start, med samtidigt 95\u{00A0}%\\-bånd_") || effects.contains("Turboforløb: forskel efter år fra start"))
        let html = report.html()
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && !html.contains("http"))
    }
}
