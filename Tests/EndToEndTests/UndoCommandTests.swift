import Foundation
import Testing

/// `tavle undo`: never stuck behind a change someone built on, and said in words.
@Suite struct UndoCommandTests {
    @Test func undoPassesByAChangeAnotherBuiltOnAndSaysWhoAndWhat() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        #expect(try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr").status == 0)
        // A school of ahj's that takes part, and a kind of intervention it has not started (the demo differs by day).
        func json(_ args: String...) throws -> [[String: Any]] {
            try #require(try JSONSerialization.jsonObject(with: Data(try Harness.tavle(args + ["--log", log]).out.utf8)) as? [[String: Any]])
        }
        let schools = try json("school", "list", "--json")
        let mine = Set(try json("caseload", "--as", "ahj", "--json").compactMap { $0["school"] as? String })
        let school = try #require(schools.first { mine.contains($0["institution"] as! String) && $0["participation"] as? String == "accepted" })
        let (institution, name) = (school["institution"] as! String, school["name"] as! String)
        let present = Set(try json("export", "interventions", "--format", "json").filter { $0["institution"] as? String == institution }.compactMap { $0["kind"] as? String })
        let kind = try #require(["turbo", "mentor", "peer", "kompetencer", "foraeldre", "monitorering"].first { !present.contains($0) })
        // The coordinator plans it; ahj starts it, building on that.
        let planned = try Harness.tavle("intervention", "set", "--school", institution, "--kind", kind, "--status", "planlagt", "--log", log, "--as", "mfr")
        #expect(planned.status == 0, "\(planned.err)")
        let anchored = try Harness.eventCount(log)
        let started = try Harness.tavle("intervention", "set", "--school", institution, "--kind", kind, "--status", "i-gang", "--log", log, "--as", "ahj")
        #expect(started.status == 0, "\(started.err)")

        let list = try Harness.tavle("undo", "--list", "--log", log, "--as", "mfr")
        #expect(list.status == 0 && list.out.contains("  \(anchored)  ") && list.out.contains("kan ikke fortrydes: «Skolen \(name)"), "\(list.out.prefix(600))")
        #expect(list.out.contains("som Anne Holm Jensen skrev"), "\(list.out.prefix(600))")

        // The newest change nothing builds on is the rename: undone, and the one passed by is named with why.
        let undo = try Harness.tavle("undo", "--log", log, "--as", "mfr")
        #expect(undo.status == 0 && undo.out.contains("Fortrød «Klyngen") && undo.out.contains("Nord"), "\(undo.out)\(undo.err)")
        #expect(undo.out.contains("Sprang over «Skolen \(name): indsatsen"), "\(undo.out)")
        let clusters = try Harness.tavle("cluster", "list", "--log", log, "--json").out
        #expect(!clusters.contains("\"Nord\""))

        // Asked for by number, the blocked change is refused with what blocks it, by name; nothing is written.
        let before = try Harness.eventCount(log)
        let chosen = try Harness.tavle("undo", "\(anchored)", "--log", log, "--as", "mfr", "--lang", "en")
        #expect(chosen.status == 1 && chosen.err.contains("cannot be undone") && chosen.err.contains("written by Anne Holm Jensen"), "\(chosen.err)")
        #expect(!chosen.err.contains("#"), "\(chosen.err)")
        #expect(try Harness.eventCount(log) == before)
        // Once ahj undoes hers, the coordinator's can go, by number.
        #expect(try Harness.tavle("undo", "--log", log, "--as", "ahj").status == 0)
        let now = try Harness.tavle("undo", "\(anchored)", "--log", log, "--as", "mfr")
        #expect(now.status == 0 && now.out.contains("Fortrød «Skolen \(name)"), "\(now.out)\(now.err)")
    }
}
