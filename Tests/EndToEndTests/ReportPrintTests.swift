import Foundation
import Testing

/// The report as it meets paper: A4 unless asked for letter, numbered pages, a chart and its caption kept on one
/// page, colours that stay apart in print, labels that can be read, and one number style in a column.
@Suite struct ReportPrintTests {
    @Test func a4WithPageNumbersByDefaultAndLetterWhenAsked() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        for (paper, size, word, lang) in [(nil, "A4", "Side", "da"), ("letter", "letter", "Page", "en"), ("A4", "A4", "Page", "en")] {
            let out = dir + "/r.html"
            let r = try Harness.tavle(["report", "--log", log, "--format", "html", "--lang", lang, "--out", out] + (paper.map { ["--paper", $0] } ?? []))
            #expect(r.status == 0, "\(r.err)")
            let html = try String(contentsOfFile: out, encoding: .utf8)
            #expect(html.contains("@page{size:\(size);"), "\(paper ?? "default")")
            #expect(html.contains("@bottom-center{content:\"\(word) \" counter(page) \" / \" counter(pages)"), "\(paper ?? "default")")
            // A figure (the chart and its caption) is never split across pages, nor a heading left at a page's foot.
            #expect(html.contains("figure{margin:1rem 0;break-inside:avoid") && html.contains("h2{break-after:avoid"))
            #expect(html.contains("svg text{font-size:14px"))
        }
        let bad = try Harness.tavle("report", "--log", log, "--format", "html", "--paper", "a5", "--out", dir + "/x.html")
        #expect(bad.status == 1 && bad.err.contains("--paper") && bad.err.contains("a4, letter"), "\(bad.err)")
    }

    /// No two colours of a stacked chart share a hue family (the old one had three greens), and each part that is
    /// wide enough carries its letter, so the chart reads in black and white too.
    @Test func stackedChartsReadInPrint() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        try Harness.tavle("report", "--log", log, "--format", "html", "--out", dir + "/r.html")
        let check = try Harness.run("/usr/bin/env", ["python3", "-c", """
        import re, sys, colorsys
        html = open(sys.argv[1], encoding='utf-8').read()
        stacked = [s for s in re.findall(r'<svg.*?</svg>', html, re.S) if 'text-anchor="middle"' in s]
        assert stacked, 'no stacked chart'
        s = stacked[0]
        fills = sorted(set(re.findall(r'<rect [^>]*fill="(#[0-9A-Fa-f]{6})"', s)))
        assert len(fills) >= 5, fills
        def hue(c):
            r, g, b = (int(c[i:i+2], 16) / 255 for i in (1, 3, 5))
            h, l, sat = colorsys.rgb_to_hls(r, g, b)
            return None if sat < 0.15 else h * 360
        greens = [c for c in fills if hue(c) is not None and 80 <= hue(c) <= 170]
        assert len(greens) <= 1, greens
        letters = re.findall(r'text-anchor="middle" fill="#[0-9A-F]{6}">([A-ZÆØÅ])</text>', s)
        assert len(set(letters)) >= 5, letters
        print('ok')
        """, dir + "/r.html"])
        #expect(check.out.contains("ok"), "\(check.err)")
    }

    /// Averages and ratings in a column are written with one decimal each: "29,0 %" beside "27,3 %", never "29 %".
    @Test func oneNumberStyleInAColumn() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        for lang in ["da", "en"] {
            let md = try Harness.tavle("report", "--log", log, "--lang", lang).out
            let mark = lang == "da" ? "," : "."
            let shares = md.matches(of: /(\d+(?:[.,]\d+)?) % \(n/).map { String($0.1) }
            #expect(shares.count >= 10 && shares.allSatisfy { $0.contains(mark) && $0.split(separator: Character(mark)).last?.count == 1 }, "\(shares)")
            let ratings = md.matches(of: /(\d+(?:[.,]\d+)?) (?:af|of) 5/).map { String($0.1) }
            #expect(!ratings.isEmpty && ratings.allSatisfy { $0.contains(mark) }, "\(ratings)")
        }
    }
}
