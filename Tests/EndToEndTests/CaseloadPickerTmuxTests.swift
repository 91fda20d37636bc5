import Foundation
import Testing

/// What a coordinator does with another person's caseload, in the real dashboard in tmux: picks Anne Holm Jensen's
/// by searching the picker, opens her first school, and moves it to a cluster found by searching the clusters.
@Suite(.serialized) struct CaseloadPickerTmuxTests {
    func json(_ text: String) throws -> [[String: Any]] { try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? [] }

    @Test func aCoordinatorPicksACaseloadAndMovesItsFirstSchool() throws {
        let log = Harness.tempDirectory() + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let hers = try json(try Harness.tavle("caseload", "--log", log, "--as", "mfr", "--consultant", "ahj", "--json").out)
        let school = try #require(hers.first?["school"] as? String)
        let name = try #require(hers.first?["name"] as? String)
        let before = try json(try Harness.tavle("school", "list", "--log", log, "--json").out).first { $0["institution"] as? String == school }
        let current = before?["clusterName"] as? String
        let clusters = try json(try Harness.tavle("cluster", "list", "--log", log, "--json").out)
        let target = try #require(clusters.compactMap { $0["name"] as? String }.first { $0 != current && !$0.contains("1") })

        let t = try Tmux(width: 80, height: 24, command: "\(Harness.binary) --log \(log) --as mfr")
        try t.waitFor("Deltagelse")
        try t.keys("6")
        try t.waitFor("a viser en andens")
        try t.keys("a")
        try t.waitFor("Vis hvis portefølje")
        try t.keys("/")
        try t.type("holm")
        try t.keys("Enter", "Enter")
        try t.waitFor("Portefølje: Anne Holm Jensen")
        try t.waitFor(name)
        try t.keys("Enter")
        try t.waitFor("esc tilbage")
        try t.keys("m")
        try t.waitFor("Flyt \(name) til")
        // The cluster's name typed in lower case and without its æ/ø/å.
        try t.keys("/")
        try t.type(target.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o"))
        try t.keys("Enter", "Enter")
        try t.waitFor("Flyt \(name) til klyngen \(target)?")
        try t.keys("j")
        try t.waitFor("Gemt:")
        let after = try json(try Harness.tavle("school", "list", "--log", log, "--json").out).first { $0["institution"] as? String == school }
        #expect(after?["clusterName"] as? String == target)
        try t.keys("q")
    }
}
