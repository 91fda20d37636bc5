import Foundation
import Testing

/// `tavle undo`: never stuck behind a change someone built on, and said in words.
@Suite struct UndoCommandTests {
    @Test func undoPassesByAChangeAnotherBuiltOnAndSaysWhoAndWhat() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        #expect(try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr").status == 0)
        // The coordinator anchors an intervention at a school of ahj's; ahj completes it, building on that.
        #expect(try Harness.tavle("intervention", "set", "--school", "219002", "--kind", "mentor", "--status", "forankret", "--log", log, "--as", "mfr").status == 0)
        let anchored = try Harness.eventCount(log)
        #expect(try Harness.tavle("intervention", "set", "--school", "219002", "--kind", "mentor", "--status", "afsluttet", "--log", log, "--as", "ahj").status == 0)

        let list = try Harness.tavle("undo", "--list", "--log", log, "--as", "mfr")
        #expect(list.status == 0 && list.out.contains("  \(anchored)  ") && list.out.contains("kan ikke fortrydes: «Skolen Englundskolen"), "\(list.out.prefix(600))")
        #expect(list.out.contains("som Anne Holm Jensen skrev"), "\(list.out.prefix(600))")

        // The newest change nothing builds on is the rename: undone, and the one passed by is named with why.
        let undo = try Harness.tavle("undo", "--log", log, "--as", "mfr")
        #expect(undo.status == 0 && undo.out.contains("Fortrød «Klyngen") && undo.out.contains("Nord"), "\(undo.out)\(undo.err)")
        #expect(undo.out.contains("Sprang over «Skolen Englundskolen: indsatsen Mentor- og tutorforløb er forankret"), "\(undo.out)")
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
        #expect(now.status == 0 && now.out.contains("Fortrød «Skolen Englundskolen"), "\(now.out)\(now.err)")
    }
}
