import Foundation
import Testing

/// Import, export and report through the real binary; CSV and JSON read back by Python, HTML parsed by Python.
@Suite struct ExchangeCommandTests {
    func demo() throws -> (dir: String, log: String) {
        let dir = Harness.tempDirectory()
        try Harness.tavle("demo", "--out", dir + "/x.log")
        return (dir, dir + "/x.log")
    }

    func python(_ script: String) throws -> Harness.Result {
        try Harness.run("/usr/bin/env", ["python3", "-c", script])
    }

    @Test func exportsReadBackWithPython() throws {
        let (dir, log) = try demo()
        for table in ["schools", "interventions", "contacts", "meetings"] {
            let csv = try Harness.tavle("export", table, "--log", log, "--out", "\(dir)/\(table).csv")
            #expect(csv.status == 0, "\(csv.err)")
            let json = try Harness.tavle("export", table, "--log", log, "--format", "json", "--out", "\(dir)/\(table).json")
            #expect(json.status == 0)
            let plain = try Harness.tavle("export", table, "--log", log, "--excel=false", "--out", "\(dir)/\(table).plain.csv")
            #expect(plain.status == 0)
        }
        let check = try python("""
        import csv, json, re, sys
        d = '\(dir)'
        rows = list(csv.reader(open(d + '/schools.csv', encoding='utf-8-sig', newline=''), delimiter=';'))
        assert rows[0][:3] == ['Inst.nr.', 'Navn', 'Kommune'], rows[0]
        assert len(rows) == 121, len(rows)
        assert any(r[2] == 'Ærø' for r in rows)
        contacts = list(csv.reader(open(d + '/contacts.csv', encoding='utf-8-sig', newline=''), delimiter=';'))
        assert all(re.fullmatch(r'\\d{2}-\\d{2}-\\d{4}', r[3]) for r in contacts[1:]), contacts[1]
        plain = list(csv.reader(open(d + '/contacts.plain.csv', encoding='utf-8', newline='')))
        assert all(re.fullmatch(r'\\d{4}-\\d{2}-\\d{2}', r[3]) for r in plain[1:])
        assert open(d + '/contacts.plain.csv', 'rb').read()[:3] != b'\\xef\\xbb\\xbf'
        for t in ['schools', 'interventions', 'contacts', 'meetings']:
            data = json.load(open(d + '/' + t + '.json', encoding='utf-8'))
            assert isinstance(data, list) and data, t
        schools = json.load(open(d + '/schools.json'))
        assert set(schools[0]) == {'institution', 'name', 'municipality', 'region', 'kind', 'participation', 'consultant', 'cluster', 'track'}
        meetings = json.load(open(d + '/meetings.json'))
        assert re.fullmatch(r'\\d{4}-\\d{2}-\\d{2}', meetings[0]['date'])
        print('ok')
        """)
        #expect(check.out.contains("ok"), "\(check.err)")
    }

    @Test func reportsAsMarkdownAndHTML() throws {
        let (dir, log) = try demo()
        let md = try Harness.tavle("report", "--log", log)
        #expect(md.status == 0)
        for section in ["# Statusrapport: Elevløft", "## Deltagelse", "## Indsatser efter type og status", "## Gået i stå",
                        "## Kontakter pr. konsulent", "## Møder holdt og deres vurdering", "## Indikatorer: programmets skoler, regioner og sammenligningsskoler"] {
            #expect(md.out.contains(section), "\(section)")
        }
        let html = try Harness.tavle("report", "--log", log, "--format", "html", "--out", dir + "/r.html", "--as-of", Harness.today.adding(days: -150).iso)
        #expect(html.status == 0)
        // The report's own --as-of is taken (the dashboard's, on the root, once swallowed it).
        let asOf = try Harness.tavle("report", "--log", log, "--as-of", Harness.today.adding(days: -150).iso, "--lang", "en")
        let c = Harness.today.adding(days: -150)
        #expect(asOf.out.contains("As of") && asOf.out.contains(" \(c.day) ") && asOf.out.contains(" \(c.year)_"), "\(asOf.out.prefix(200))")
        let check = try python("""
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(self):
                super().__init__(); self.stack = []; self.svg = 0
            def handle_starttag(self, tag, attrs):
                if tag == 'svg': self.svg += 1
                if tag not in ('meta', 'br', 'rect'): self.stack.append(tag)
            def handle_startendtag(self, tag, attrs): pass
            def handle_endtag(self, tag):
                assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
                self.stack.pop()
        p = P(); p.feed(open('\(dir)/r.html', encoding='utf-8').read()); p.close()
        assert p.stack == ['html'] or p.stack == [], p.stack
        assert p.svg >= 3
        print('ok')
        """)
        #expect(check.out.contains("ok"), "\(check.err)")
    }

    @Test func importChecksEveryRowAndWritesAllOrNothing() throws {
        let (dir, log) = try demo()
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        try "Institutionsnummer;Navn;Kommune\n999001;Ny skole;Ærø\n12345;Forkert;Ærø\n".write(toFile: dir + "/bad.csv", atomically: true, encoding: .utf8)
        let bad = try Harness.tavle("import", "schools", dir + "/bad.csv", "--log", log, "--as", "mfr")
        #expect(bad.status == 1)
        #expect(bad.err.contains("bad.csv:3: Institutionsnummer: \"12345\" er ikke et institutionsnummer"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        try "Institutionsnummer;Navn;Kommune;Deltagelse\n999001;Ny skole;Ærø;tilbudt\n".write(toFile: dir + "/ok.csv", atomically: true, encoding: .utf8)
        let dry = try Harness.tavle("import", "schools", dir + "/ok.csv", "--log", log, "--as", "mfr", "--dry-run")
        #expect(dry.status == 0 && dry.out.contains("Prøvekørsel"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        let ok = try Harness.tavle("import", "schools", dir + "/ok.csv", "--log", log, "--as", "mfr")
        #expect(ok.status == 0 && ok.out.contains("+ 999001 Ny skole"), "\(ok.err)")
        let again = try Harness.tavle("import", "schools", dir + "/ok.csv", "--log", log, "--as", "mfr")
        #expect(again.out.contains("Ingen ændringer"))
        let consultant = try Harness.tavle("import", "schools", dir + "/ok.csv", "--log", log, "--as", "ahj")
        #expect(consultant.status == 0 && consultant.out.contains("Ingen ændringer"))   // nothing to do, so nothing refused
        try "Institutionsnummer;Navn;Kommune\n999002;Anden;Ærø\n".write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        let refused = try Harness.tavle("import", "schools", dir + "/c.csv", "--log", log, "--as", "ahj")
        #expect(refused.status == 1 && refused.err.contains("Kun en koordinator"))
        // What older Danish Excel saves: Windows-1252, with the formatted empty cells below and beside the data.
        let excel = "Institutionsnummer;Navn;Kommune;;\r\n999003;Ærø Friskole;Ærø;;\r\n;;;;\r\n;;;;\r\n".data(using: .windowsCP1252)!
        try excel.write(to: URL(fileURLWithPath: dir + "/excel.csv"))
        let enc = try Harness.tavle("import", "schools", dir + "/excel.csv", "--log", log, "--as", "mfr")
        #expect(enc.status == 0 && enc.out.contains("+ 999003 Ærø Friskole"), "\(enc.err)")
        #expect(enc.err.contains("excel.csv: filen er ikke UTF-8 og er læst som Windows-1252"), "\(enc.err)")
        #expect(enc.err.contains("excel.csv: 2 rækker med kun tomme celler er sprunget over."), "\(enc.err)")
        #expect(enc.err.contains("excel.csv: 2 kolonner uden overskrift og værdier er sprunget over."), "\(enc.err)")
        // A workbook is named as one.
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: URL(fileURLWithPath: dir + "/s.xlsx"))
        let book = try Harness.tavle("import", "schools", dir + "/s.xlsx", "--log", log, "--as", "mfr")
        #expect(book.status == 1 && book.err.contains("s.xlsx er en Excel-projektmappe"), "\(book.err)")
    }

    /// A large import says what it added in a summary; --verbose lists every line; counts are grouped as the
    /// language groups them.
    @Test func aLargeImportSummarisesAndVerboseListsEveryLine() throws {
        let (dir, log) = try demo()
        let rows = (0..<12_345).map { String(format: "9%05d;Skole %05d;Ærø", $0 + 10_000, $0) }
        try ("Institutionsnummer;Navn;Kommune\n" + rows.joined(separator: "\n") + "\n").write(toFile: dir + "/many.csv", atomically: true, encoding: .utf8)
        let dry = try Harness.tavle("import", "schools", dir + "/many.csv", "--log", log, "--as", "mfr", "--dry-run")
        let added = dry.out.split(separator: "\n").filter { $0.hasPrefix("  + ") }
        #expect(dry.status == 0 && added.count == 10, "\(dry.out.prefix(600))")
        #expect(dry.out.contains("Tilføjet (12.345):") && dry.out.contains("… og 12.335 flere (--verbose viser dem alle)"), "\(dry.out.prefix(900))")
        let all = try Harness.tavle("import", "schools", dir + "/many.csv", "--log", log, "--as", "mfr", "--verbose", "--lang", "en")
        #expect(all.status == 0 && all.out.split(separator: "\n").filter { $0.hasPrefix("  + ") }.count == 12_345)
        #expect(all.out.contains("Added (12,345):") && !all.out.contains("more (--verbose") && all.out.contains("12,345 events written."), "\(all.out.suffix(300))")
    }

    @Test func shellCompletionsComeFromArgumentParser() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try Harness.tavle("--generate-completion-script", shell)
            #expect(r.status == 0 && r.out.contains("tavle"), "\(shell)")
        }
    }
}
