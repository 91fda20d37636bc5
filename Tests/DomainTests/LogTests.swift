import Foundation
import Testing
@testable import Domain
@testable import FileStore

@Suite struct LogTests {
    let p = Fixture.p

    @Test func crc32cKnownVector() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    }

    @Test func roundTripKeepsEveryEventAndIsOwnerOnly() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let log = try EventLog.open(path: path)
        #expect(log.events.count == count)
        #expect(log.state.schools["101003"]?.name == "Skole 3 – \"æøå\" \\ {tab}")
        var st = stat()
        stat(path, &st)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(throws: LogError.fileExists(path)) { try EventLog.create(path: path, events: []) }
    }

    @Test func everyLineIsJSONWithChecksumLast() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let lines = readLines(path).filter { !$0.isEmpty }
        #expect(lines.count == count + 1)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["crc"] is String)
            #expect(line.hasSuffix("\"}"))
        }
        #expect(lines[0].hasPrefix("{\"format\":\"tavle-log\",\"version\":1,"))
    }

    @Test func missingOrEmptyFilesOpenAsEmptyNetworks() throws {
        let dir = tempDirectory()
        let created = try EventLog.open(path: dir + "/sub/dir/new.log")
        #expect(created.state.isEmpty)
        #expect(created.takeNotices() == [.created(dir + "/sub/dir/new.log")])
        _ = FileManager.default.createFile(atPath: dir + "/empty.log", contents: Data())
        let empty = try EventLog.open(path: dir + "/empty.log")
        #expect(empty.state.isEmpty)
        try empty.append(.registerPerson(Person(name: "mfr", fullName: "M", role: .coordinator)), actor: "mfr")
        #expect(try EventLog.open(path: dir + "/empty.log").events.count == 1)
        #expect(throws: LogError.self) { try EventLog.open(path: dir + "/absent.log", create: false) }
    }

    @Test func appendsSurviveReopening() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let log = try EventLog.open(path: path)
        let recs = try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        #expect(recs.map(\.seq) == [count + 1])
        let again = try EventLog.open(path: path)
        #expect(again.state == log.state)
        #expect(again.state.participation[Enrolment(p, "101001")]?.status == .accepted)
    }

    @Test func refusedCommandsWriteNothing() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let log = try EventLog.open(path: path)
        #expect(throws: DomainError.participationUnchanged(.offered)) {
            try log.append(.setParticipation(Enrolment(p, "101001"), status: .offered), actor: "mfr")
        }
        // A batch is all or nothing: the second command fails, so the first is not written either.
        #expect(throws: DomainError.unknownSchool("999999")) {
            try log.append([.setParticipation(Enrolment(p, "101001"), status: .accepted),
                            .setParticipation(Enrolment(p, "999999"), status: .offered)], actor: "mfr")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func tornTailIsMovedAsideAndSaidOnce() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let lastStart = bytes.dropLast().lastIndex(of: 10)! + 1
        let fragment = bytes[lastStart..<(lastStart + (bytes.count - lastStart) / 2)]
        bytes = bytes[..<lastStart] + fragment
        try bytes.write(to: URL(fileURLWithPath: path))

        // Reading only notes it, and changes nothing.
        let reading = try EventLog.open(path: path, access: .read)
        #expect(reading.events.count == count - 1)
        #expect(reading.takeNotices() == [.tornTailPending(bytes: fragment.count, line: count + 1, zeros: false)])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(throws: LogError.readOnly(.openedForReading)) { try reading.append(.renameCluster(id: "K1", name: "x"), actor: "mfr") }
        // The next write moves it aside first.
        let log = try EventLog.open(path: path)
        try log.append(.setParticipation(Enrolment(p, "101008"), status: .offered), actor: "mfr")
        let notices = log.takeNotices()
        guard case .tornTailRecovered(let n, let line, let side, false)? = notices.first(where: { if case .tornTailRecovered = $0 { return true }; return false }) else {
            Issue.record("no torn-tail notice: \(notices)"); return
        }
        #expect(n == fragment.count)
        #expect(line == count + 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: side)) == Data(fragment))
        let again = try EventLog.open(path: path)
        #expect(again.takeNotices().isEmpty)
        #expect(again.events.count == count)
    }

    @Test func zeroFilledTailIsATornTail() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let h = FileHandle(forWritingAtPath: path)!
        h.seekToEndOfFile(); h.write(Data(repeating: 0, count: 4096)); h.closeFile()
        let log = try EventLog.open(path: path)
        #expect(log.events.count == count)
        #expect(log.takeNotices() == [.tornTailPending(bytes: 4096, line: count + 2, zeros: true)])
        try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        guard case .tornTailRecovered(4096, _, _, true)? = log.takeNotices().first else { Issue.record("zeros not moved aside"); return }
    }

    func expectDamage(_ path: String, line: Int, _ check: (LogDamage) -> Bool = { _ in true }) {
        do {
            _ = try EventLog.open(path: path)
            Issue.record("damaged log opened")
        } catch {
            guard case .damaged(let l, let offset, let d) = error else { Issue.record("\(error)"); return }
            #expect(l == line)
            let lines = readLines(path)
            #expect(offset == lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 })
            #expect(check(d))
        }
    }

    @Test func flippedByteInTheMiddleNamesItsLine() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        var lines = readLines(path)
        lines[5] = lines[5].replacingOccurrences(of: "Skole", with: "Skolf")
        writeLines(lines, to: path)
        expectDamage(path, line: 6) { $0 == .record(.checksumMismatch) }
    }

    @Test func removedDuplicatedAndSwappedLinesAreCaught() throws {
        for edit in ["remove", "duplicate", "swap"] {
            let dir = tempDirectory()
            let (path, _) = try smallLog(in: dir)
            var lines = readLines(path)
            switch edit {
            case "remove": lines.remove(at: 4)
            case "duplicate": lines.insert(lines[4], at: 5)
            default: lines.swapAt(4, 5)
            }
            writeLines(lines, to: path)
            expectDamage(path, line: 5 + (edit == "duplicate" ? 1 : 0))
        }
    }

    @Test func damageIsNeverSkippedEvenBeforeValidRecords() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        var lines = readLines(path)
        lines[3] = String(lines[3].prefix(20))
        writeLines(lines, to: path)
        expectDamage(path, line: 4) { $0 == .record(.checksumMissing) }
    }

    /// A record with a valid chain, written by hand.
    func appendRaw(_ path: String, _ fill: (inout RecordWriter) -> Void) throws {
        let lines = readLines(path).filter { !$0.isEmpty }
        let last = lines.last!
        let crc = UInt32(last.suffix(10).prefix(8), radix: 16)!
        var w = RecordWriter()
        fill(&w)
        _ = w.finish(previous: crc)
        let h = FileHandle(forWritingAtPath: path)!
        h.seekToEndOfFile(); h.write(Data(w.bytes)); h.closeFile()
    }

    @Test func newerSchemaOpensReadOnly() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        try appendRaw(path) { w in
            w.field("seq", count + 1); w.field("v", 2); w.field("at", "2027-01-01T00:00:00.000Z")
            w.field("by", "future"); w.field("type", "school.teleported")
        }
        let log = try EventLog.open(path: path)
        #expect(log.readOnly == .newerSchema(version: 2, line: count + 2))
        #expect(log.events.count == count)
        #expect(throws: LogError.readOnly(.newerSchema(version: 2, line: count + 2))) {
            try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        }
    }

    @Test func unknownTypeAtTheCurrentVersionIsDamage() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        try appendRaw(path) { w in
            w.field("seq", count + 1); w.field("v", 1); w.field("at", "2027-01-01T00:00:00.000Z")
            w.field("by", "x"); w.field("type", "school.teleported")
        }
        expectDamage(path, line: count + 2) { $0 == .record(.unknownType("school.teleported")) }
    }

    @Test func staleWriterDecidesAgainUnderTheLock() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let a = try EventLog.open(path: path)
        let b = try EventLog.open(path: path)
        try a.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        // b has not seen a's append; it must catch up and refuse, not write a second acceptance.
        #expect(throws: DomainError.participationUnchanged(.accepted)) {
            try b.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        }
        #expect(b.state == a.state)
        #expect(try b.refresh() == false)
    }

    @Test func concurrentWritersNeverCorruptEachOther() async throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let p = self.p
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let log = try EventLog.open(path: path)
                    for i in 1...4 {
                        let inst = "10100\(writer * 4 + i)"
                        try log.append(.setParticipation(Enrolment(p, inst), status: .accepted), actor: "mfr")
                        try log.append(.setParticipation(Enrolment(p, inst), status: .withdrawn), actor: "mfr")
                    }
                }
            }
            try await group.waitForAll()
        }
        let log = try EventLog.open(path: path)
        #expect(log.events.count == count + 16)
        #expect(log.state.participationCounts(p) == [.withdrawn: 8])
    }

    @Test func readerSeesAppendsOnRefresh() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let reader = try EventLog.open(path: path)
        let writer = try EventLog.open(path: path)
        #expect(try reader.refresh() == false)
        try writer.append(.setParticipation(Enrolment(p, "101002"), status: .declined), actor: "mfr")
        #expect(try reader.refresh() == true)
        #expect(reader.state == writer.state)
    }

    @Test func replacedFileIsDetected() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let log = try EventLog.open(path: path)
        try FileManager.default.removeItem(atPath: path)
        _ = try smallLog(in: dir)
        #expect(throws: LogError.replaced(path)) { try log.refresh() }
    }
}
