import Foundation
import Testing

/// The steering group's report says what each chart shows, rounds instead of cutting, and speaks one language.
@Suite struct ReportTests {
    @Test func chartsSayWhatTheyShowWithUnitsAndRoundedValues() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let md = try Harness.tavle("report", "--log", log).out
        for caption in ["_Skoler efter deltagelse (antal skoler)_", "_Indsatser efter type, delt efter status (antal indsatser)_",
                        "_Kontakter pr. konsulent (antal kontakter)_"] {
            #expect(md.contains(caption), "\(caption)")
        }
        // Ratings on their 1–5 scale, one decimal; shares in per cent, one decimal, per indicator and measuring point.
        #expect(md.range(of: #"klyngemøde +█+[▏▎▍▌▋▊▉]? \d,\d af 5 \(n \d+\*?\)\n"#, options: .regularExpression) != nil)
        // The indicators: each group's mean with its n, one decimal (two for the grade average), the schools that met
        // their target as a share; names, never ids.
        #expect(md.range(of: #"Andel under 4 i dansk +█+[▏▎▍▌▋▊▉]? \d+ af \d+ skoler \(\d+,\d %\)\n"#, options: .regularExpression) != nil, "\(md.suffix(900))")
        #expect(md.contains("P planlagt · I i gang · F forankret · A afsluttet · E evalueret · S sat på pause · X stoppet"))
        #expect(md.contains("| Indikator | Gruppe | Seneste | Forbedring | Mål |"))
        #expect(md.range(of: #"\| Andel under 4 i dansk \| Elevløft \| \d+,\d % \(n 103\) \| [+-]?\d+,\d \(n 103\) \| \d+ af 103 ✓ \|"#, options: .regularExpression) != nil)
        #expect(md.range(of: #"\| Karaktergennemsnit, 9\. klasse \| Sammenligningsskoler \| \d+,\d\d \(n 1\.000\) \|"#, options: .regularExpression) != nil)
        #expect(!md.contains("dansk-under-4") && !md.contains(" 71\n"))
        // An indicator measured at one school is a mean over one school, and says so.
        let defined = try Harness.tavle("indicator", "define", "--log", log, "--as", "mfr", "--id", "trivsel", "--name", "da=Trivsel",
                                        "--name", "en=Wellbeing", "--unit", "count", "--min", "1", "--max", "5", "--better", "higher",
                                        "--baseline", Harness.schoolYear(-1))
        #expect(defined.status == 0, "\(defined.err)")
        let one = try Harness.tavle("measurement", "record", "--log", log, "--as", "mfr", "--school", "101001", "--indicator", "Trivsel",
                                    "--period", Harness.schoolYear(0), "--value", "3,8")
        #expect(one.status == 0, "\(one.err)")
        let after = try Harness.tavle("report", "--log", log).out
        #expect(after.contains("| Trivsel | Elevløft | 3,8 (n 1\\*) | – | – |") && !after.contains("| Trivsel | Region Nordjylland |"), "\(after.suffix(1500))")
        #expect(after.contains("Et gennemsnit over færre end 5 skoler er markeret med \\*"))
        // Each stacked bar is as long as its total says, to the cell.
        for line in md.split(separator: "\n") where line.hasPrefix("Turboforløb ") && line.contains("I") {
            #expect(line.filter { "PIFAESX".contains($0) }.count > 10, "\(line)")
        }
    }

    @Test func htmlIsInTheReportsLanguageAndEveryChartHasATextAlternative() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        for lang in ["da", "en"] {
            let r = try Harness.tavle("report", "--log", log, "--format", "html", "--lang", lang, "--out", dir + "/r-\(lang).html")
            #expect(r.status == 0, "\(r.err)")
            let check = try Harness.run("/usr/bin/env", ["python3", "-c", """
            import re, sys
            from html.parser import HTMLParser
            html = open(sys.argv[1], encoding='utf-8').read()
            assert html.startswith('<!DOCTYPE html>\\n<html lang="\(lang)">'), html[:60]
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(); self.svgs = []; self.ids = {}; self.current = None; self.captions = 0
                def handle_starttag(self, tag, attrs):
                    a = dict(attrs)
                    if tag == 'svg': self.svgs.append(a)
                    if tag in ('title', 'desc') and 'id' in a: self.current = a['id']; self.ids[a['id']] = ''
                    if tag == 'figcaption': self.captions += 1
                def handle_endtag(self, tag):
                    if tag in ('title', 'desc'): self.current = None
                def handle_data(self, d):
                    if self.current: self.ids[self.current] += d
            p = P(); p.feed(html)
            assert len(p.svgs) >= 5, len(p.svgs)
            assert p.captions == len(p.svgs)
            for s in p.svgs:
                assert s.get('role') == 'img', s
                for ref in s['aria-labelledby'].split():
                    assert p.ids.get(ref, '').strip(), ref
            print('ok')
            """, dir + "/r-\(lang).html"])
            #expect(check.out.contains("ok"), "\(lang): \(check.err)")
        }
    }

    @Test func pdfIsPrintedByAConverterOrRefusedWithWhatToInstall() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let empty = dir + "/nothing"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let none = try Harness.tavle("report", "--log", log, "--format", "pdf", "--out", dir + "/r.pdf", env: ["PATH": empty])
        #expect(none.status == 1 && none.err.contains("ingen PDF-konverter") && none.err.contains("chromium") && none.err.contains("soffice"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/r.pdf"))
        let noOut = try Harness.tavle("report", "--log", log, "--format", "pdf")
        #expect(noOut.status == 2 && noOut.err.contains("--out"))
        // A converter on $PATH is handed the HTML report and its PDF is written where asked.
        let bin = dir + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try """
        #!/bin/sh
        for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; file://*) page="${a#file://}";; esac; done
        grep -q '<html lang="da">' "$page" || exit 9
        printf '%%PDF-1.4 made from %s\\n' "$(wc -c < "$page")" > "$out"
        """.write(toFile: bin + "/chromium", atomically: true, encoding: .utf8)
        chmod(bin + "/chromium", 0o755)
        let made = try Harness.tavle("report", "--log", log, "--format", "pdf", "--out", dir + "/r.pdf", env: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(made.status == 0, "\(made.err)")
        let pdf = try String(contentsOfFile: dir + "/r.pdf", encoding: .utf8)
        #expect(pdf.hasPrefix("%PDF-1.4 made from "), "\(pdf)")
    }
}

/// What the spreadsheet exports hold so that a spreadsheet can work with them.
@Suite struct SpreadsheetExportTests {
    @Test func evaluationValuesTimesAndSchoolNames() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        // Measurements, with a decimal comma for Danish Excel and a point elsewhere; an exact number in JSON.
        let excel = try Harness.tavle("export", "measurements", "--log", log).out
        let rows = excel.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        #expect(rows[0] == ["\u{FEFF}Inst.nr.", "Skole", "Indikator", "Periode", "Værdi", "Elever", "Gruppe", "Kilde"])
        #expect(rows.dropFirst().contains { $0.count == 8 && $0[2] == "Andel under 4 i dansk" && $0[4].range(of: #"^\d+,\d$"#, options: .regularExpression) != nil })
        #expect(rows.dropFirst().contains { $0.count == 8 && $0[6] == "Sammenligningsskoler" })
        #expect(rows.dropFirst().allSatisfy { $0.count == 8 && !$0[4].contains(".") })
        let plain = try Harness.tavle("export", "measurements", "--log", log, "--excel=false", "--lang", "en").out
        #expect(plain.hasPrefix("Inst. no.,School,Indicator,Period,Value,Pupils,Group,Source\r\n") && plain.contains(".") , "\(plain.prefix(200))")
        let json = try JSONSerialization.jsonObject(with: Data(try Harness.tavle("export", "measurements", "--format", "json", "--log", log).out.utf8)) as! [[String: Any]]
        #expect(json.count > 20_000 && json.allSatisfy { $0["value"] is NSNumber && ["programme", "comparison"].contains($0["group"] as? String) })
        // Values recorded at the measuring points before indicators were data export as they did.
        let legacy = try Harness.tavle("export", "evaluations", "--log", log).out
        #expect(legacy.hasPrefix("\u{FEFF}Inst.nr.;Skole;Indikator;Måling;Værdi (%);Dato\r\n"))
        // Times are zero-padded times, so 09:00 sorts before 10:00; a meeting's schools are named beside their numbers.
        let visit = try Harness.tavle("meeting", "schedule", "--log", log, "--as", "mfr", "--kind", "sparringsbesøg", "--school", "101001",
                                      "--date", Harness.date(10), "--start", "9.00", "--duration", "1t", "--force")
        #expect(visit.status == 0, "\(visit.err)")
        let meetings = try Harness.tavle("export", "meetings", "--log", log).out.split(separator: "\r\n").dropFirst()
        let starts = meetings.map { $0.split(separator: ";", omittingEmptySubsequences: false)[4] }
        #expect(!starts.isEmpty && starts.allSatisfy { $0.range(of: #"^\d\d:\d\d$"#, options: .regularExpression) != nil }, "\(starts.prefix(5))")
        #expect(meetings.contains { $0.contains(";Bakkeskolen (101001);") }, "\(meetings.suffix(3))")
    }
}

/// The HTML report as a browser shows it; only where headless Chromium is installed (this suite is skipped, and says
/// so, elsewhere).
@Suite(.enabled(if: HeadlessChromium.path != nil, "needs headless Chromium (chromium, chromium-browser, google-chrome or headless_shell)"))
struct ReportInABrowserTests {
    @Test func theReportRendersWithoutOverflowAndIsNotBlank() throws {
        let chrome = try #require(HeadlessChromium.path)
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let r = try Harness.tavle("report", "--log", log, "--format", "html", "--out", dir + "/r.html")
        #expect(r.status == 0)
        // The page says whether anything is wider than the window, in the DOM the browser dumps.
        var html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        html = html.replacingOccurrences(of: "</body>", with: """
        <script>document.body.setAttribute('data-overflow', String(document.documentElement.scrollWidth > window.innerWidth))</script></body>
        """)
        try html.write(toFile: dir + "/probe.html", atomically: true, encoding: .utf8)
        let flags = ["--headless", "--disable-gpu", "--no-sandbox", "--window-size=1024,3000"]
        let dom = try Harness.run(chrome, flags + ["--dump-dom", "file://" + dir + "/probe.html"])
        #expect(dom.out.contains("data-overflow=\"false\""), "\(dom.out.suffix(300))\(dom.err.suffix(300))")
        let shot = try Harness.run(chrome, flags + ["--screenshot=" + dir + "/r.png", "file://" + dir + "/r.html"])
        #expect(shot.status == 0, "\(shot.err)")
        let png = try Data(contentsOf: URL(fileURLWithPath: dir + "/r.png"))
        // A blank page compresses to a few kilobytes; the report's text, tables and charts do not.
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 40_000, "\(png.count) bytes")
        // "Effekt af indsatserne": the table, then one event study per kind, each an image with a title and a
        // description the browser keeps, laid out within the page.
        let rendered = dom.out
        #expect(rendered.contains("Effekt af indsatserne") && rendered.contains("Turboforløb: forskel efter år fra start"), "\(rendered.suffix(300))")
        let studies = rendered.components(separatedBy: "<svg role=\"img\" aria-labelledby=\"study").count - 1
        // One per kind with an estimate: all six in December 2026; fewer on a day when some kinds have no start yet.
        let effect = try Harness.tavle("effect", "--reps", "2", "--json", "--log", log)
        let cells = try #require(try JSONSerialization.jsonObject(with: Data(effect.out.utf8)) as? [[String: Any]])
        let kinds = Set(cells.filter { !($0["estimate"] is NSNull) }.compactMap { ($0["kind"] as? [String: Any])?["id"] as? String })
        #expect(studies == kinds.count && studies >= 1, "\(studies) event studies for \(kinds.count) kinds")
        #expect(rendered.contains("-desc\">Turboforløb: forskel efter år fra start") && (rendered.contains("95\u{00A0}%-interval") || rendered.contains("95&nbsp;%-interval")))
    }
}

enum HeadlessChromium {
    static let path: String? = {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for n in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"] {
            for d in dirs where FileManager.default.isExecutableFile(atPath: d + "/" + n) { return d + "/" + n }
        }
        return nil
    }()
}
