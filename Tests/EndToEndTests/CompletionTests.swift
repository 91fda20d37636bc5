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
        #expect(try offered(["tavle", "export", ""], script: script) == ["programmes", "schools", "interventions", "contacts", "meetings", "evaluations", "people", "clusters"])
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
    }
}
