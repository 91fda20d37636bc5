import Foundation
import Testing

/// Completion of option values in bash, as a user's Tab would ask for it: fixed choices, and the log's own ids.
@Suite struct CompletionTests {
    /// What bash offers for the command line `words` (the last being the word under the cursor).
    func offered(_ words: [String], env: String = "", script: String) throws -> [String] {
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let r = try Harness.run("/bin/bash", ["-c", """
        source '\(script)'
        COMP_WORDS=(\(quoted)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
        \(env) _tavle tavle "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """], env: ["PATH": (Harness.binary as NSString).deletingLastPathComponent + ":/usr/bin:/bin"])
        #expect(r.status == 0, "\(r.err)")
        return r.out.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesOptionValuesAndTheLogsIds() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", script = dir + "/tavle.bash"
        try Harness.tavle("demo", "--out", log)
        try Harness.tavle("--generate-completion-script", "bash").out.write(toFile: script, atomically: true, encoding: .utf8)
        #expect(try offered(["tavle", "export", ""], script: script) == ["programmes", "schools", "interventions", "contacts", "meetings", "evaluations", "measurements", "people", "clusters", "panel"])
        #expect(try offered(["tavle", "export", "meetings", "--format", ""], script: script) == ["csv", "json", "ics"])
        #expect(try offered(["tavle", "report", "--format", ""], script: script) == ["md", "html", "pdf"])
        #expect(try offered(["tavle", "--lang", ""], script: script) == ["da", "en"])
        #expect(try offered(["tavle", "--theme", "h"], script: script) == ["high-contrast"])
        #expect(try offered(["tavle", "meeting", "schedule", "--kind", "k"], script: script) == ["klyngemøde", "konference"])
        #expect(try offered(["tavle", "participation", "set", "--status", "w"], script: script) == ["withdrawn"])
        #expect(try offered(["tavle", "intervention", "set", "--status", "p"], script: script) == ["planned", "paused"])
        #expect(try offered(["tavle", "contact", "add", "--form", "t"], script: script) == ["telefon"])
        #expect(try offered(["tavle", "evaluation", "add", "--point", "m"], script: script) == ["midway"])
        // The log's ids, from --log on the same line or from $TAVLE_LOG.
        let clusters = try offered(["tavle", "meeting", "suggest", "--log", log, "--cluster", "EL-K0"], script: script)
        #expect(clusters == (1...9).map { "EL-K0\($0)" }, "\(clusters)")
        let consultants = try offered(["tavle", "export", "meetings", "--consultant", "a"], env: "TAVLE_LOG='\(log)'", script: script)
        #expect(consultants == ["ahj"], "\(consultants)")
        let kinds = try offered(["tavle", "intervention", "set", "--log", log, "--kind", "tu"], script: script)
        #expect(kinds == ["turbo"], "\(kinds)")
        // Programmes, people, open follow-ups and meetings not cancelled: every id a command takes.
        #expect(try offered(["tavle", "school", "list", "--log", log, "--programme", ""], script: script) == ["elevloeft", "fastholdelse"])
        #expect(try offered(["tavle", "school", "list", "--log", log, "--as", "mf"], script: script) == ["mfr"])
        let state = try Harness.tavle("meeting", "list", "--log", log, "--json").out
        let meetings = try JSONSerialization.jsonObject(with: Data(state.utf8)) as! [[String: Any]]
        let open = meetings.filter { $0["status"] as? String != "cancelled" }.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("M01") }.sorted()
        #expect(!open.isEmpty && open.count < meetings.count)
        #expect(try offered(["tavle", "meeting", "move", "--log", log, "M01"], script: script) == open)
        let followUps = try JSONSerialization.jsonObject(with: Data(try Harness.tavle("follow-up", "list", "--log", log, "--json").out.utf8)) as! [[String: Any]]
        let ids = followUps.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("F00") }.sorted()
        let offeredFollowUps = try offered(["tavle", "follow-up", "done", "--log", log, "F00"], script: script)
        #expect(!ids.isEmpty && offeredFollowUps == ids)
    }

    /// Where a command takes a file, the shell offers files: the CSV to import, --log, --out.
    @Test func bashCompletesFileNames() throws {
        let dir = Harness.tempDirectory(), script = dir + "/tavle.bash"
        try Harness.tavle("--generate-completion-script", "bash").out.write(toFile: script, atomically: true, encoding: .utf8)
        for name in ["skoler.csv", "skoler.txt", "skoler.log"] { try "x".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        let csv = try offered(["tavle", "import", "schools", dir + "/sk"], script: script)
        #expect(csv.contains(dir + "/skoler.csv") && !csv.contains(dir + "/skoler.log"), "\(csv)")
        let log = try offered(["tavle", "school", "list", "--log", dir + "/skoler.l"], script: script)
        #expect(log == [dir + "/skoler.log"], "\(log)")
        let out = try offered(["tavle", "export", "schools", "--out", dir + "/skoler.c"], script: script)
        #expect(out == [dir + "/skoler.csv"], "\(out)")
    }
}
