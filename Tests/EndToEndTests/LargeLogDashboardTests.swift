import Demo
import FileStore
import Foundation
import Testing

/// The dashboard on a log of national size, in tmux: what a coordinator does there does not hold the keys.
@Suite(.serialized) struct LargeLogDashboardTests {
    /// Weeks back until the undo records no longer reach and the log must be replayed (more than 100 000 records):
    /// the status line says where the dashboard is going, a key is answered meanwhile, and the past comes.
    @Test func aFarJumpInTimeIsWorkedOutAsideWhileKeysAreAnswered() throws {
        let log = Harness.tempDirectory() + "/big.log"
        try EventLog.create(path: log, events: try SyntheticNetwork.events(schools: 2_000, total: 120_000, today: Harness.today), created: .now())
        let t = try Tmux(width: 120, height: 30, command: "\(Harness.binary) --log \(log) --as koord")
        try t.waitFor("● live", seconds: 60)
        var going: String?
        for _ in 0..<12 {
            let before = try t.screen()
            try t.keys("<")
            // Either the past shown at once (rewound), or the jump announced.
            let deadline = Date().addingTimeInterval(30)
            var now = before
            while Date() < deadline {
                now = try t.screen()
                if now.contains("⏳ Ser tilbage til") || (now.contains("⏪") && now != before) { break }
                Thread.sleep(forTimeInterval: 0.02)
            }
            if now.contains("⏳ Ser tilbage til") { going = now; break }
        }
        let announced = try #require(going, "no jump went aside in twelve weeks back")
        #expect(announced.contains("· = nu") && !announced.contains("skrivebeskyttet"))
        // A key is answered while the jump is worked out: the schools list, with the jump still under way.
        // (Read as drawn, not once it has settled: the jump takes about 0.35 s here, and a frame of the list drawn
        // before the jump's is the proof, whatever comes after it.)
        try t.keys("2")
        var answered = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !answered.contains("sorteret efter") {
            answered = try t.screen()
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(answered.contains("sorteret efter") && answered.contains("⏳ Ser tilbage til"), "the key waited for the jump:\n\(answered)")
        // The jump comes: the past, read-only, on the day it said.
        let day = try #require(announced.split(separator: "\n").last?.split(separator: "…").first?
            .replacingOccurrences(of: "⏳ Ser tilbage til", with: "").trimmingCharacters(in: .whitespaces))
        let arrived = try t.waitFor("⏪ \(day) · skrivebeskyttet", seconds: 60)
        #expect(!arrived.contains("⏳") && arrived.contains("sorteret efter"))
        // Back to now.
        try t.keys("=")
        let present = try t.waitFor("● live", seconds: 30)
        #expect(!present.contains("⏪") && !present.contains("⏳"))
        try t.keys("q")
    }
}
