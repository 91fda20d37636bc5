import Foundation
import Testing

/// The caseload subcommands: what they record, what they refuse, and that a refusal writes nothing.
@Suite struct CaseloadCommandTests {
    func demo() throws -> String {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        return log
    }

    func json(_ text: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
    }

    @Test func aConsultantRecordsAContactAndClosesItsFollowUp() throws {
        let log = try demo()
        // ahj's caseload includes 101001 (København) in the demo.
        let add = try Harness.tavle("contact", "add", "--log", log, "--as", "ahj", "--school", "101001", "--date", Harness.date(-12),
                                    "--form", "sparringsbesøg", "--summary", "Status på turboforløb",
                                    "--follow-up", "Sende data;skoleleder;\(Harness.date(2))", "--follow-up", "Dele materiale;\(Harness.date(-1))")
        #expect(add.status == 0, "\(add.err)")
        let ids = add.out.split(separator: "\n").compactMap { line -> String? in
            line.range(of: #"F\d{4}"#, options: .regularExpression).map { String(line[$0]) }
        }
        #expect(ids.count == 2)
        // A date without its year is the nearest such day: a contact three days ago written "d.m".
        let threeDaysAgo = Harness.today.adding(days: -3)
        let short = try Harness.tavle("contact", "add", "--log", log, "--as", "ahj", "--school", "101001", "--date", "\(threeDaysAgo.day).\(threeDaysAgo.month)",
                                      "--form", "telefon", "--summary", "Kort opringning")
        #expect(short.status == 0, "\(short.err)")
        let contacts = try json(try Harness.tavle("export", "contacts", "--format", "json", "--log", log).out)
        #expect(contacts.contains { $0["summary"] as? String == "Kort opringning" && $0["date"] as? String == threeDaysAgo.iso }, "\(contacts.suffix(2))")
        let done = try Harness.tavle("follow-up", "done", ids[0], "--log", log, "--as", "ahj")
        #expect(done.status == 0 && done.out.contains("udført"))
        let list = try json(try Harness.tavle("follow-up", "list", "--log", log, "--json").out)
        #expect(!list.contains { $0["id"] as? String == ids[0] })
        #expect(list.contains { $0["id"] as? String == ids[1] && $0["who"] as? String == "ahj" })
        let again = try Harness.tavle("follow-up", "done", ids[0], "--log", log, "--as", "ahj")
        #expect(again.status == 1 && again.err.contains("allerede udført"))
        let undo = try Harness.tavle("undo", "--log", log, "--as", "ahj")
        #expect(undo.status == 0 && undo.out.contains("Fortrød"))
        #expect(try json(try Harness.tavle("follow-up", "list", "--log", log, "--json").out).contains { $0["id"] as? String == ids[0] })
    }

    @Test func badInputGetsASpecificMessageAndWritesNothing() throws {
        let log = try demo()
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let contactDay = Harness.date(-12), before12 = Harness.date(-31)
        let cases: [([String], String)] = [
            (["contact", "add", "--school", "999999", "--date", contactDay, "--form", "mail", "--summary", "x"], "Skolen 999999 findes ikke"),
            (["contact", "add", "--school", "101001", "--date", "30.2.2027", "--form", "mail", "--summary", "x"], "\"30.2.2027\" er ikke en dato"),
            (["contact", "add", "--school", "101001", "--date", contactDay, "--form", "mail", "--summary", "x", "--follow-up", "y;\(before12)"], "Fristen \(before12) ligger før kontakten \(contactDay)"),
            (["contact", "add", "--school", "101001", "--date", contactDay, "--form", "brevdue", "--summary", "x"], "\"brevdue\" er ikke en mulighed"),
            (["contact", "add", "--school", "101001", "--date", contactDay, "--form", "mail", "--summary", " "], "Feltet \"summary\" må ikke være tomt"),
            (["intervention", "set", "--school", "101001", "--kind", "turbo", "--status", "evalueret"], "kan ikke gå fra"),
            (["evaluation", "add", "--school", "101001", "--indicator", "dansk-under-4", "--value", "112,5", "--date", before12], "112,5 % ligger uden for 0–100 %"),
            (["participation", "set", "--school", "101001", "--programme", "elevloeft", "--status", "accepted"], "Kun en koordinator må det"),
        ]
        for (args, message) in cases {
            let r = try Harness.run(Harness.binary, args + ["--log", log, "--as", "ahj"])
            #expect(r.status == 1, "\(args)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }

    @Test func peopleCaseloadAndRoles() throws {
        let log = try demo()
        let people = try json(try Harness.tavle("people", "list", "--log", log, "--json").out)
        #expect(people.contains { $0["name"] as? String == "mfr" && $0["role"] as? String == "coordinator" })
        #expect(people.filter { $0["role"] as? String == "consultant" }.count == 12)
        let caseload = try json(try Harness.tavle("caseload", "--log", log, "--as", "ahj", "--json").out)
        #expect(!caseload.isEmpty && caseload.allSatisfy { ($0["reasons"] as? [[String: Any]]) != nil })
        let codes = Set(caseload.flatMap { ($0["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } })
        #expect(codes.contains("overdue-follow-up") && codes.isSubset(of: ["overdue-follow-up", "no-contact", "stalled", "meeting-unprepared",
                                                                             "open-follow-ups-after-leaving", "meeting-soon"]), "\(codes)")
        let stranger = try Harness.tavle("undo", "--log", log, "--as", "zed")
        #expect(stranger.status == 1 && stranger.err.contains("må læse, men ikke skrive"))
    }

    @Test func theFirstWriterOfANewLogIsItsCoordinator() throws {
        let log = Harness.tempDirectory() + "/new.log"
        let r = try Harness.tavle("cluster", "create", "--log", log, "--programme", "p", "--id", "K1", "--name", "X", "--as", "anne")
        #expect(r.status == 3 || r.status == 1)   // the log does not exist yet: commands do not create it
        let empty = try Harness.run("/usr/bin/env", ["sh", "-c", "printf '' > \(log)"])
        #expect(empty.status == 0)
        let first = try Harness.tavle("evaluation", "add", "--log", log, "--as", "anne", "--school", "101001", "--indicator", "fastholdelse",
                                      "--value", "80", "--date", Harness.date(-31), "--programme", "p")
        #expect(first.status == 1)
        let people = try json(try Harness.tavle("people", "list", "--log", log, "--json").out)
        #expect(people.isEmpty)   // a refused first write records nobody
    }
}
