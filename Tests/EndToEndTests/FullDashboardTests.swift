import Foundation
import Testing

/// What a person does in the full dashboard, in tmux at fixed sizes.
@Suite(.serialized) struct FullDashboardTests {
    func demoLog() throws -> String {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        return log
    }

    @Test func everyViewByItsNumber() throws {
        let t = try Tmux(width: 120, height: 36, command: "\(Harness.binary) --log \(try demoLog()) --as ahj")
        try t.waitFor("Deltagelse")
        let titles = ["Skoler 120 af 120", "Klynger (19)", "Indsatser: skoler × typer", "· uge \(Harness.today.isoWeek.week) ─",
                      "Min portefølje: Anne Holm Jensen", "Historik ("]
        for (i, title) in titles.enumerated() {
            try t.keys(String(i + 2))
            try t.waitFor(title)
        }
        try t.keys("1")
        try t.waitFor("Programperiode")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
    }

    /// Resultater in the real terminal, small and large, in both languages: the schools against their baseline, the
    /// groups with their n, another indicator, another sort, a school's page.
    @Test func theResultsScreenAtBothSizesInBothLanguages() throws {
        let log = try demoLog()
        for (width, height, lang) in [(80, 24, "da"), (160, 48, "en")] {
            let da = lang == "da"
            let t = try Tmux(width: width, height: height, command: "\(Harness.binary) --log \(log) --as mfr --lang \(lang)")
            try t.waitFor(da ? "Deltagelse" : "Participation")
            try t.keys("8")
            var screen = try t.waitFor(da ? "Resultater · 103 af 103 deltagende skoler" : "Results · 103 of 103 schools taking part")
            #expect(screen.contains(da ? "Andel under 4 i dansk" : "Share below grade 4 in Danish"), "\(screen)")
            #expect(screen.contains(da ? "Sammenligningsskoler (n 1.000)" : "Comparison schools (n 1,000)"), "\(screen)")
            #expect(screen.contains(da ? "Elevløft (n 103)" : "Elevløft (n 103)") && !screen.contains("dansk-under-4"), "\(screen)")
            #expect(screen.contains("✓") && (width < 160 || screen.contains("✗")), "\(screen)")
            try t.keys("Right")
            screen = try t.waitFor(da ? "Andel under 4 i matematik" : "Share below grade 4 in maths")
            try t.keys("s")
            screen = try t.waitFor(da ? "sorteret efter mål" : "sorted by target")
            if width >= 160 { #expect(screen.contains("Normal variation") && screen.contains(da ? "inden for" : "inside"), "\(screen)") }
            try t.keys("Enter")
            screen = try t.waitFor(da ? "Fakta" : "Facts")
            try t.keys("Escape", "q")
            try t.waitFor("TAVLE-EXITED 0")
        }
    }

    /// Effekt on the real screen: the table comes without a key waiting for it, every cell worded with its interval,
    /// the comparison toggles, and the details open on the event study and end with the method.
    @Test func theEffectsScreenAtBothSizesInBothLanguages() throws {
        let log = try demoLog()
        for (width, height, lang) in [(80, 24, "da"), (160, 48, "en"), (80, 24, "en"), (160, 48, "da")] {
            let da = lang == "da"
            let t = try Tmux(width: width, height: height, command: "\(Harness.binary) --log \(log) --as mfr --lang \(lang)")
            try t.waitFor(da ? "Deltagelse" : "Participation")
            try t.keys("9")
            // The title comes at once; the table's heading once the table is computed (the overview names indicators too).
            try t.waitFor(da ? "Effekt · mod skoler, der aldrig startede" : "Effects · against schools that never started")
            var screen = try t.waitFor(da ? "Forskel (95" : "Difference (95")
            #expect(screen.contains("Turboforløb") && screen.contains(da ? " til " : " to "), "\(screen)")
            #expect(screen.contains(da ? "bedre" : "better") || screen.contains(da ? "kan ikke afgøres" : "cannot tell"), "\(screen)")
            #expect(!screen.contains("dansk-under-4") && !screen.contains("turbo "), "names, not ids: \(screen)")
            if width >= 160 { #expect(screen.contains(da ? "med /" : "with /"), "\(screen)") }
            try t.keys("w")
            screen = try t.waitFor(da ? "skoler, der ikke er startet endnu" : "schools not started yet")
            try t.waitFor(da ? "Forskel (95" : "Difference (95")
            try t.keys("Enter")
            screen = try t.waitFor(da ? "Forskel efter år fra start" : "Difference by years since the start")
            #expect(screen.contains("●") && screen.contains("├"), "\(screen)")
            try t.keys("G")
            try t.waitFor(da ? "Metode: Callaway" : "Method: Callaway")
            try t.keys("Escape", "Escape", "q")
            try t.waitFor("TAVLE-EXITED 0")
        }
    }

    @Test func findAeroReadItsHistoryAndUseThePalette() throws {
        let t = try Tmux(command: "\(Harness.binary) --log \(try demoLog())")
        try t.waitFor("Deltagelse")
        try t.keys("/")
        try t.type("aero")
        var screen = try t.waitFor("Skoler 1 af 120")
        #expect(screen.contains("Ærø"))
        try t.keys("Enter", "Enter")
        screen = try t.waitFor("Fakta")
        #expect(screen.contains("Ærø (492)"))
        try t.keys("G")
        screen = try t.waitFor("(492001) registreret")   // the oldest line of the school's history
        #expect(screen.contains("Maja R."), "who wrote it, by name")
        try t.keys("Escape", ":")
        try t.type("340001")
        try t.waitFor("Bakkedalskolen (340001, Sorø)")
        try t.keys("Enter")
        try t.waitFor("Bakkedalskolen · 340001")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
    }

    @Test func noColorKeepsAttributesButDropsColour() throws {
        let log = try demoLog()
        let colour = try Tmux(command: "\(Harness.binary) --log \(log)")
        try colour.waitFor("Deltagelse")
        let styled = try colour.styledScreen()
        #expect(styled.contains("\u{1B}[3") || styled.contains("38;5"))
        let mono = try Tmux(command: "\(Harness.binary) --log \(log)", env: ["NO_COLOR": "1"])
        try mono.waitFor("Deltagelse")
        let plain = try mono.styledScreen()
        for code in ["\u{1B}[30m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[34m", "\u{1B}[35m", "\u{1B}[36m", "38;5", "48;5", "\u{1B}[4"] {
            #expect(!plain.contains(code + (code.hasSuffix("4") ? "0m" : "")), "colour code \(code.debugDescription) under NO_COLOR")
        }
        #expect(plain.contains("\u{1B}[1m") || plain.contains("\u{1B}[7m"))   // bold or reverse still mark meaning
    }

    @Test func aCoordinatorCreatesAClusterFromTheDashboard() throws {
        let log = try demoLog()
        let t = try Tmux(command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("3", "n")
        // The next free id is offered (the demo's clusters are EL-K01 to EL-K19); the name is typed.
        try t.waitFor("EL-K20")
        try t.keys("Tab")
        try t.type("Testklynge Ø")
        try t.keys("Enter")
        try t.waitFor("Opret klyngen EL-K20")
        try t.keys("j")
        try t.waitFor("Gemt:")
        try t.waitFor("Testklynge Ø")
        let list = try Harness.tavle("cluster", "list", "--log", log, "--json")
        #expect(list.out.contains("\"EL-K20\"") && list.out.contains("Testklynge Ø"))
        try t.keys("q")
    }

    @Test func badThemeAndConfigAreSaidAndDefaultsApply() throws {
        let config = Harness.tempDirectory()
        try FileManager.default.createDirectory(atPath: config + "/tavle/themes", withIntermediateDirectories: true)
        try "[keys]\nquit = \"q\"\nhelp = \"q\"\n".write(toFile: config + "/tavle/config.toml", atomically: true, encoding: .utf8)
        try "[roles]\ntext = { fg = \"nope\" }\n".write(toFile: config + "/tavle/themes/broken.toml", atomically: true, encoding: .utf8)
        let t = try Tmux(width: 160, height: 30, command: "\(Harness.binary) --log \(try demoLog()) --theme broken", env: ["XDG_CONFIG_HOME": config])
        let screen = try t.waitFor("Deltagelse")
        #expect(screen.contains("broken.toml:2"), "\(screen.split(separator: "\n").last ?? "")")
        // Said in Danish, like the rest of the screen.
        let flat = screen.split(separator: "\n").joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(flat.contains("er ikke en farve") && flat.contains("er bundet til både"), "\(flat.suffix(400))")
        #expect(!flat.contains("is not a colour") && !flat.contains("bound to both"))
        try t.keys("?")
        try t.waitFor("Taster")   // the default ? still opens help
        try t.keys("Escape", "q")
        try t.waitFor("TAVLE-EXITED 0")
    }
}

/// Caseload work done by a person at the keyboard.
@Suite(.serialized) struct CaseloadDashboardTests {
    @Test func recordAContactWithAFollowUpFromTheCaseload() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let t = try Tmux(width: 100, height: 30, command: "\(Harness.binary) --log \(log) --as ahj")
        try t.waitFor("Deltagelse")
        try t.keys("6")
        try t.waitFor("Min portefølje")
        try t.keys("K")
        try t.waitFor("Kontakt med")
        // The form opens on its first field, the date; the summary is the fourth.
        try t.keys("Tab", "Tab", "Tab")
        try t.type("Gennemgang af data")
        try t.keys("Tab")
        try t.type("Sende karakterdata")
        try t.keys("Tab")
        try t.type("skoleleder")
        try t.keys("Tab")
        let due = Harness.date(30)
        try t.type(due)
        var screen = try t.waitFor(due)
        try t.keys("Enter")
        screen = try t.waitFor("Gem kontakten")
        #expect(screen.contains("og 1 opfølgning"))
        try t.keys("j")
        try t.waitFor("Gemt:")
        let list = try Harness.tavle("follow-up", "list", "--log", log, "--json")
        #expect(list.out.contains("Sende karakterdata"))
        try t.keys("q")
    }

    @Test func moveAnInterventionsStatusInTheMatrix() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let before = try Harness.tavle("log", "verify", "--log", log).out
        let t = try Tmux(width: 120, height: 36, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("4")
        try t.waitFor("Indsatser: skoler × typer")
        try t.keys("i")
        let screen = try t.waitFor("Ny status for")
        #expect(screen.contains("planlagt") || screen.contains("forankret") || screen.contains("evalueret"))
        try t.keys("Enter")
        try t.waitFor("?")
        try t.keys("j")
        let after = try t.waitFor("Gemt:")
        #expect(after.contains("indsatsen"))
        #expect(try Harness.tavle("log", "verify", "--log", log).out != before)
        try t.keys("q")
    }

    @Test func timeTravelInTheDashboardAndFromTheCommandLine() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        // The demo's programme starts on 1 August the year before the current school year; offers go out in March.
        let today = Harness.today
        let year = (today.month >= 8 ? today.year : today.year - 1) - 1
        let t = try Tmux(command: "\(Harness.binary) --log \(log) --as-of \(year)-03-01")
        var screen = try t.waitFor("skrivebeskyttet")
        #expect(screen.contains("d. 1. marts \(year)"))
        #expect(screen.contains("accepteret    0"))
        try t.keys("=")
        screen = try t.waitFor("● live")
        // Back to now: the past's banner is gone; the dashboard, opened without writing for `--as-of`, still says it
        // is read-only beside the live mark.
        #expect(!screen.contains("⏪") && !screen.contains("= nu"))
        #expect(screen.contains("skrivebeskyttet  ● live"))
        try t.keys("<")
        try t.waitFor("⏪")
        try t.keys("q")
    }
}

/// A coordinator books a cluster meeting from a suggestion and finds it in the calendar.
@Suite(.serialized) struct SchedulingDashboardTests {
    @Test func bookFromASuggestionAndSeeItInTheCalendar() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let t = try Tmux(width: 120, height: 40, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("3", "b")
        let screen = try t.waitFor("Ledige tider for")
        #expect(screen.contains("vært:"))
        // A clean time books at once; one with soft conflicts (when the demo's day leaves only those) asks first.
        let clean = (try JSONSerialization.jsonObject(with: Data(try Harness.tavle("meeting", "suggest", "--log", log, "--cluster", "EL-K01",
                                                                                  "--count", "8", "--json").out.utf8)) as! [String: Any])["clean"] as! Int
        try t.keys("Enter")
        if clean == 0 { try t.waitFor("Bemærk:"); try t.keys("j") }
        try t.waitFor("Gemt:")
        try t.keys("5")
        let calendar = try t.waitFor("Kalender ·")
        // The calendar opens on the booked day, and the day's list shows the cluster meeting.
        #expect(calendar.contains("klyngemøde"))
        #expect(calendar.contains("Nordjylland 1"))
        try t.keys("q")
    }
}
