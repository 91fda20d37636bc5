import Domain
import FileStore
import Foundation
import Testing

/// Every `--json` output validates against its committed schema (`schemas/`), in both languages, with Python's
/// jsonschema (Draft 2020-12).
@Suite struct JSONSchemaTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas").path

    @Test func everyJSONOutputValidatesAgainstItsSchema() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let state = try EventLog.open(path: log, access: .read, create: false).state
        let cluster = state.clusters.values.first { $0.programme == "elevloeft" }!.id
        var runs: [(String, [String])] = [
            ("school-list", ["school", "list", "--json"]), ("cluster-list", ["cluster", "list", "--json"]),
            ("cluster-suggest", ["cluster", "suggest", "--json"]), ("caseload", ["caseload", "--as", "ahj", "--json"]),
            ("follow-up-list", ["follow-up", "list", "--all", "--as", "ahj", "--json"]), ("meeting-list", ["meeting", "list", "--json"]),
            ("people-list", ["people", "list", "--json"]), ("log-verify", ["log", "verify", "--json"]), ("log-head", ["log", "head", "--json"]), ("log-stats", ["log", "stats", "--json"]),
            ("meeting-suggest", ["meeting", "suggest", "--cluster", cluster, "--json"]), ("meeting-plan", ["meeting", "plan", "--dry-run", "--json"]),
            ("programme-list", ["programme", "list", "--json"]), ("indicator-list", ["indicator", "list", "--json"]),
            ("scorecard", ["scorecard", "--json"]), ("effect", ["effect", "--reps", "99", "--json"]),
        ]
        runs += ["programmes", "schools", "interventions", "contacts", "meetings", "evaluations", "measurements", "people", "clusters"].map { ("export-\($0)", ["export", $0, "--format", "json"]) }
        #expect(Set(runs.map(\.0)) == Set(try FileManager.default.contentsOfDirectory(atPath: Self.schemas).map { String($0.dropLast(".schema.json".count)) }),
                "a schema for every output, and an output for every schema")
        var n = 0
        for snapshot in [false, true] {
            if snapshot { try Harness.tavle("log", "snapshot", "--log", log) }
            for (schema, args) in runs where !snapshot || schema == "log-stats" {
                for lang in ["da", "en"] {
                    let r = try Harness.tavle(args + ["--log", log, "--lang", lang])
                    #expect(r.status == 0, "\(args): \(r.err)")
                    let file = dir + "/\(n).json"; n += 1
                    try r.out.write(toFile: file, atomically: true, encoding: .utf8)
                    let check = try Harness.run("/usr/bin/env", ["python3", "-c", """
                    import json, sys, jsonschema
                    schema = json.load(open(sys.argv[1]))
                    jsonschema.Draft202012Validator.check_schema(schema)
                    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
                    for e in errors[:3]: print(list(e.absolute_path), e.message[:200])
                    print('ok' if not errors else 'invalid')
                    """, Self.schemas + "/\(schema).schema.json", file])
                    #expect(check.out.hasSuffix("ok\n"), "tavle \(args.joined(separator: " ")) --lang \(lang) against \(schema): \(check.out)\(check.err)")
                }
            }
        }
        // The schemas hold: a wrong value is caught.
        let bad = dir + "/bad.json"
        try #"[{"name":"x","fullName":"X","role":"boss","base":null}]"#.write(toFile: bad, atomically: true, encoding: .utf8)
        let caught = try Harness.run("/usr/bin/env", ["python3", "-c", """
        import json, sys, jsonschema
        print('invalid' if list(jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).iter_errors(json.load(open(sys.argv[2])))) else 'ok')
        """, Self.schemas + "/people-list.schema.json", bad])
        #expect(caught.out == "invalid\n", "\(caught.out)\(caught.err)")
    }
}
