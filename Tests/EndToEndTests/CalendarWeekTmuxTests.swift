import Foundation
import Testing
import Domain

/// What a coordinator sees in the real dashboard in tmux at 80×24: Kalender's week as a working week, its days'
/// headings whole, and the palette saying each view's key beside it.
@Suite(.serialized) struct CalendarWeekTmuxTests {
    @Test func theWeekIsAWorkingWeekAndThePaletteSaysTheKeys() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let t = try Tmux(width: 80, height: 24, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("5", "v")
        let lines = try t.waitFor("8.00").split(separator: "\n").map(String.init)
        let heading = try #require(lines.first { $0.contains("man ") && $0.contains("fre ") })
        // The demo books no meetings at weekends: Saturday and Sunday take columns only when today is one of them.
        let weekend = Harness.today.weekday >= 6
        #expect(heading.contains("lør ") == weekend && heading.contains("søn ") == weekend, "\(heading)")
        #expect(!heading.contains("…"), "\(heading)")
        try t.keys("Escape", ":")
        let palette = try t.waitFor("Vis Klynger").split(separator: "\n").map(String.init)
        let row = try #require(palette.first { $0.contains("Vis Klynger") })
        #expect(row.contains(" 3 │"), "\(row)")
        try t.keys("Escape", "q")
    }
}
