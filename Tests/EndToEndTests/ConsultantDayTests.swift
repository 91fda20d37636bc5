import Foundation
import Testing

/// A consultant's day in the real dashboard at 80×24, without the palette: filter the matrix to a school and move
/// an intervention, close a follow-up from the school's page; and a refusal said before any typing.
@Suite(.serialized) struct ConsultantDayTests {
    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func filterTheMatrixToASchoolChangeAStatusAndCloseAFollowUpFromItsPage() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        // A school of ahj's with an open follow-up: its page will offer it to `d`.
        let open = try json(try Harness.tavle("follow-up", "list", "--log", log, "--as", "ahj", "--json").out)
        let schools = try json(try Harness.tavle("school", "list", "--log", log, "--json").out)
        let own = Set(try json(try Harness.tavle("caseload", "--log", log, "--as", "ahj", "--json").out).compactMap { $0["school"] as? String })
        let target = try #require(open.first { f in own.contains(f["school"] as! String) && schools.contains {
            $0["institution"] as? String == f["school"] as? String && $0["participation"] as? String == "accepted" } })
        let institution = target["school"] as! String
        let name = try #require(schools.first { $0["institution"] as? String == institution }?["name"] as? String)
        let t = try Tmux(width: 80, height: 24, command: "\(Harness.binary) --log \(log) --as ahj")
        try t.waitFor("Deltagelse")
        // The matrix, filtered in place to the school.
        try t.keys("4", "/")
        try t.type(name)
        let filtered = try t.waitFor("/" + name + " ")
        #expect(filtered.contains("Indsatser"), "\(filtered)")
        // `i` on the first cell whose intervention can move on; Enter takes the first step offered.
        try t.keys("Enter")
        var moved = false
        for _ in 0..<6 where !moved {
            try t.keys("i")
            let seen = try waitForEither(t, "Ny status for", "kan ikke skifte")
            if seen.contains("Ny status for") {
                #expect(seen.contains(name), "\(seen)")
                try t.keys("Enter")
                if try waitForEither(t, "Begrundelse", "j = ja").contains("Begrundelse") { try t.keys("Escape"); try t.keys("Right"); continue }
                try t.keys("j")
                let saved = try t.waitFor("Gemt:")
                #expect(saved.contains(name) || saved.contains("indsatsen"), "\(saved)")
                moved = true
            } else {
                try t.keys("Right")
            }
        }
        #expect(moved)
        // Its page: `d` closes the follow-up, asked first, said by name.
        try t.keys("l")
        try t.waitFor("Fakta")
        try t.keys("d")
        if try waitForEither(t, "Markér opfølgningen", "Hvilken opfølgning").contains("Hvilken opfølgning") {
            try t.keys("Enter")
            try t.waitFor("Markér opfølgningen")
        }
        try t.keys("j")
        let saved = try t.waitFor("Gemt:")
        #expect(saved.contains("udført") && !saved.contains("Gemt: Opfølgning F"), "\(saved)")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        let after = try json(try Harness.tavle("follow-up", "list", "--log", log, "--as", "ahj", "--json").out)
        #expect(after.count == open.count - 1)
        #expect(!after.contains { $0["id"] as? String == target["id"] as? String } || open.filter { $0["school"] as? String == institution }.count > 1)
    }

    /// Waits for one of two texts; returns the screen.
    func waitForEither(_ t: Tmux, _ a: String, _ b: String) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let s = try t.screen()
            if s.contains(a) || s.contains(b) { return s }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("neither \(a) nor \(b) on screen:\n\(try t.screen())")
        return try t.screen()
    }

    @Test func aConsultantIsToldBeforeTypingThatOnlyACoordinatorMayBook() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let t = try Tmux(width: 80, height: 24, command: "\(Harness.binary) --log \(log) --as ahj")
        try t.waitFor("Deltagelse")
        try t.keys("5", "N")
        let said = try t.waitFor("koordinator")
        #expect(!said.contains("Nyt møde"), "a form opened: \(said)")
        try t.keys("q")
        try t.waitFor("TAVLE-EXITED 0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }
}
