import Foundation
import Testing

/// A team starts from its spreadsheet: a programme from nothing, and a network exported from one log imported into
/// an empty one as the same network.
@Suite struct RoundTripTests {
    @Test func theReadmesRoundTripGivesTheSameSchools() throws {
        let dir = Harness.tempDirectory(), old = dir + "/old.log", new = dir + "/new.log"
        try Harness.tavle("demo", "--out", old)
        let programmeIDs = ["elevloeft", "fastholdelse"]
        for table in ["programmes", "people"] {
            let r = try Harness.tavle("export", table, "--log", old, "--out", dir + "/\(table).csv")
            #expect(r.status == 0, "\(r.err)")
        }
        for p in programmeIDs {
            for table in ["clusters", "schools"] {
                let r = try Harness.tavle("export", table, "--programme", p, "--log", old, "--out", dir + "/\(p)-\(table).csv")
                #expect(r.status == 0, "\(r.err)")
            }
        }
        var steps: [(String, String, [String])] = [("programmes", "programmes", []), ("consultants", "people", [])]
        for p in programmeIDs { steps += [("clusters", "\(p)-clusters", ["--programme", p]), ("schools", "\(p)-schools", ["--programme", p])] }
        for (what, file, extra) in steps {
            let r = try Harness.tavle(["import", what, dir + "/\(file).csv", "--log", new, "--as", "mfr"] + extra)
            #expect(r.status == 0, "import \(file): \(r.err.suffix(400))")
        }
        // The same programmes (period, tracks, kinds) and the same schools.
        let programmes = { (log: String) in try Harness.tavle("export", "programmes", "--format", "json", "--log", log).out }
        let was = try JSONSerialization.jsonObject(with: Data(try programmes(old).utf8)) as! [[String: Any]]
        let now = try JSONSerialization.jsonObject(with: Data(try programmes(new).utf8)) as! [[String: Any]]
        #expect(was.map { $0.filter { $0.key != "schools" } as NSDictionary } == now.map { $0.filter { $0.key != "schools" } as NSDictionary })
        // Every programme's schools, with their participation, consultant, cluster and track.
        for p in programmeIDs {
            for args in [["school", "list", "--json"], ["export", "schools", "--format", "json"]] {
                let before = try Harness.tavle(args + ["--log", old, "--programme", p]).out
                let after = try Harness.tavle(args + ["--log", new, "--programme", p]).out
                #expect(before == after && before.count > 500, "\(p) \(args)")
            }
        }
        #expect(try Harness.tavle("export", "schools", "--format", "json", "--programme", "fastholdelse", "--log", new).out.contains("\"track\" : \"spor1\""))
        // Again: nothing changes.
        let again = try Harness.tavle("import", "programmes", dir + "/programmes.csv", "--log", new, "--as", "mfr")
        #expect(try Harness.tavle("import", "schools", dir + "/fastholdelse-schools.csv", "--programme", "fastholdelse", "--log", new, "--as", "mfr")
            .out.contains("Ingen ændringer"))
        #expect(again.status == 0 && again.out.contains("Ingen ændringer"), "\(again.out)\(again.err)")
    }

    @Test func aProgrammeIsCreatedWithItsTracksAndKinds() throws {
        let log = Harness.tempDirectory() + "/x.log"
        let create = try Harness.tavle("programme", "create", "--log", log, "--as", "mfr", "--id", "elevloeft", "--name", "Elevløft",
                                       "--from", "1.8.2025", "--to", "31.7.2028", "--track", "s1=Spor 1", "--kind", "turbo=Turboforløb",
                                       "--kind", "peer=Peer learning")
        #expect(create.status == 0 && create.out.contains("Programmet Elevløft oprettet"), "\(create.err)")
        let list = try Harness.tavle("programme", "list", "--json", "--log", log).out
        let programmes = try JSONSerialization.jsonObject(with: Data(list.utf8)) as! [[String: Any]]
        #expect(programmes.count == 1 && programmes[0]["from"] as? String == "2025-08-01" && programmes[0]["schools"] as? Int == 0)
        #expect((programmes[0]["kinds"] as? [[String: String]])?.map { $0["name"] ?? "" } == ["Turboforløb", "Peer learning"])
        #expect((programmes[0]["tracks"] as? [[String: String]])?.first?["id"] == "s1")
    }

    @Test func importingIntoAProgrammeTheLogLacksIsRefusedUnlessAskedToCreateIt() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try "Institutionsnummer;Navn;Kommune;Deltagelse\n999001;Ny skole;Ærø;accepteret\n999002;Anden skole;Ærø;udtrådt\n"
            .write(toFile: dir + "/s.csv", atomically: true, encoding: .utf8)
        let refused = try Harness.tavle("import", "schools", dir + "/s.csv", "--programme", "nyt", "--log", log, "--as", "mfr")
        #expect(refused.status == 1 && refused.err.contains("intet program med id'et \"nyt\""), "\(refused.err)")
        #expect(!refused.err.contains("intet program at registrere"), "the old claim that no programme was given")
        let made = try Harness.tavle("import", "schools", dir + "/s.csv", "--programme", "nyt", "--create", "--log", log, "--as", "mfr")
        #expect(made.status == 0 && made.err.contains("Programmet nyt findes ikke og oprettes"), "\(made.err)")
        let list = try Harness.tavle("school", "list", "--log", log)
        #expect(list.status == 0 && list.out.contains("Ny skole") && list.out.contains("udtrådt"), "\(list.out)\(list.err)")
        let bad = try Harness.tavle("programme", "create", "--log", log, "--as", "mfr", "--id", "x", "--name", "X", "--from", "1.8.2026",
                                    "--to", "31.7.2027", "--kind", "turbo")
        #expect(bad.status == 2 && bad.err.contains("--kind skrives ID=Navn"), "\(bad.err)")
        let backwards = try Harness.tavle("programme", "create", "--log", log, "--as", "mfr", "--id", "y", "--name", "Y", "--from", "1.8.2027",
                                          "--to", "31.7.2026")
        #expect(backwards.status == 1, "\(backwards.err)")
    }
}
