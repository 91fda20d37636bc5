import Foundation
import Testing

/// `tavle log head`, `log verify --head` and `--against`: a history pinned by a hash, so a change that keeps the
/// checksum chain (re-chained by hand) is still found, and where two copies part is named.
@Suite struct LogHeadTests {
    static func head(_ log: String) throws -> String {
        let r = try Harness.tavle("log", "head", "--log", log)
        #expect(r.status == 0, "\(r.err)")
        return r.out.trimmingCharacters(in: .newlines)
    }

    @Test func theHeadIsTheSHA256OfTheLogThroughItsLastRecord() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log"
        try Harness.tavle("demo", "--out", log)
        let n = try Harness.eventCount(log)
        let head = try Self.head(log)
        let sum = try Harness.run("/usr/bin/env", ["sha256sum", log]).out.prefix(64)
        #expect(head == "\(n):\(sum)")
        // The other places a head is printed: stats, a copy, the report on paper.
        #expect(try Harness.tavle("log", "stats", "--log", log).out.contains("Hoved: \(head)"))
        let copied = try Harness.tavle("log", "copy", log, dir + "/copy.log", "--lang", "en")
        #expect(copied.status == 0 && copied.out.contains("Head: \(head)"), "\(copied.out)\(copied.err)")
        let report = try Harness.tavle("report", "--log", log)
        #expect(report.out.contains("hændelse \(n); hoved \(head)"), "\(report.out.suffix(300))")
        let html = try Harness.tavle("report", "--log", log, "--format", "html", "--lang", "en")
        #expect(html.out.contains("through event \(n); head \(head)"))
        // A torn tail is not part of the history, and does not change the head.
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile(); handle.write(Data("{\"seq\":".utf8)); handle.closeFile()
        #expect(try Self.head(log) == head)

        // A report as of an earlier day pins the history it was made from, not today's.
        let later = Harness.date(40)
        #expect(try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr", "--today", later).status == 0)
        let now = try Harness.tavle("report", "--log", log, "--today", later)
        #expect(now.out.contains("hændelse \(n + 1); hoved \(n + 1):"), "\(now.out.suffix(300))")
        let early = try Harness.tavle("report", "--log", log, "--as-of", Harness.date(0), "--today", later, "--lang", "en")
        #expect(early.status == 0 && early.out.contains("through event \(n); head \(head)."), "\(early.out.suffix(300))\(early.err)")
    }

    @Test func aRechainedOneByteChangeIsFoundByTheHeadAndNamedByAnotherCopy() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", copy = dir + "/copy.log"
        try Harness.tavle("demo", "--out", log)
        try FileManager.default.copyItem(atPath: log, toPath: copy)
        let head = try Self.head(log)

        // The history still holds: later writes keep it.
        let add = try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr")
        #expect(add.status == 0, "\(add.err)")
        let holds = try Harness.tavle("log", "verify", "--log", log, "--head", head.uppercased().replacingOccurrences(of: ":", with: ":"))
        #expect(holds.status == 0 && holds.out.contains("rummer stadig præcis historikken"), "\(holds.out)\(holds.err)")

        // One byte of record 99 changed, every line after it chained again: the checksums all match.
        let was = try Forgery.rewrite(log, record: 99) { $0.replacingOccurrences(of: "skolen\"", with: "skolan\"") }
        #expect(was.contains("skolen\""), "the forgery changed nothing: \(was)")
        let plain = try Harness.tavle("log", "verify", "--log", log)
        #expect(plain.status == 0, "a re-chained change passes the chain, as the README says: \(plain.err)")
        let pinned = try Harness.tavle("log", "verify", "--log", log, "--head", head, "--lang", "en")
        #expect(pinned.status == 3 && pinned.out.contains("NO LONGER holds the history the head pins"), "\(pinned.out)\(pinned.err)")
        let json = try Harness.tavle("log", "verify", "--log", log, "--head", head, "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false && (object["pinned"] as? [String: Any])?["holds"] as? Bool == false)

        let against = try Harness.tavle("log", "verify", "--log", log, "--against", copy, "--lang", "en")
        #expect(against.status == 3 && against.out.contains("First difference: event 99."), "\(against.out)\(against.err)")
        let lines = against.out.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(lines.count == 2 && lines[0].contains(log + ": #99") && lines[1].contains(copy + ": #99") && lines[0] != lines[1], "\(lines)")
        #expect(lines[0].contains("skolan") && lines[1].contains("skolen") && lines.allSatisfy { $0.contains("Maja Fogh Riis") }, "\(lines)")
    }

    @Test func aCopyThatIsBehindIsToldApartFromOneThatDiffers() throws {
        let dir = Harness.tempDirectory(), log = dir + "/x.log", behind = dir + "/behind.log", other = dir + "/other.log"
        try Harness.tavle("demo", "--out", log)
        try Harness.tavle("demo", "--out", other)
        try FileManager.default.copyItem(atPath: log, toPath: behind)
        #expect(try Harness.tavle("cluster", "rename", "EL-K01", "--name", "Nord", "--log", log, "--as", "mfr").status == 0)
        let n = try Harness.eventCount(behind)
        let r = try Harness.tavle("log", "verify", "--log", log, "--against", behind)
        #expect(r.status == 0 && r.out.contains("rummer alle \(Harness.da(n)) hændelser i \(behind) og 1 mere, fra hændelse \(n + 1)."), "\(r.out)\(r.err)")
        let back = try Harness.tavle("log", "verify", "--log", behind, "--against", log, "--json")
        #expect(back.out.contains("\"outcome\" : \"ahead\""), "\(back.out)")
        // Two demo logs are two logs, not one changed: their headers (ids) differ.
        let two = try Harness.tavle("log", "verify", "--log", log, "--against", other, "--lang", "en")
        #expect(two.status == 3 && two.out.contains("are two different logs"), "\(two.out)")
        // A head the log does not reach, and one that is not a head.
        let short = try Harness.tavle("log", "verify", "--log", behind, "--head", try Self.head(log))
        #expect(short.status == 3 && short.out.contains("slutter ved hændelse \(n)"), "\(short.out)")
        for bad in ["12", "x:\(String(repeating: "a", count: 64))", "12:abc", "-1:\(String(repeating: "a", count: 64))"] {
            let r = try Harness.tavle("log", "verify", "--log", log, "--head", bad)
            #expect(r.status == 2 && r.err.contains("LØBENUMMER:SHA-256"), "\(bad): \(r.err)")
        }
    }
}
