import Foundation
import Glibc
import PropertyBased
import Testing
@testable import Domain
@testable import FileStore

/// The log refuses to be fooled: damage behind a snapshot, zeros and garbage over records, side files that are not
/// files, impossible histories, text that would turn into code, numbers that overflow.
@Suite struct IntegrityTests {
    let p = Fixture.p

    /// A small log with a snapshot covering all of it.
    func logWithSnapshot() throws -> (path: String, count: Int) {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        try EventLog.open(path: path, create: false).writeSnapshot()
        return (path, count)
    }

    func lines(_ path: String) throws -> [ArraySlice<UInt8>] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))).split(separator: 10, omittingEmptySubsequences: false)
    }

    @Test func noWriteLandsOnDamageASnapshotCovers() throws {
        // A flipped byte, and two swapped lines, in records the snapshot stands in for.
        for damage in ["flip", "swap"] {
            let (path, _) = try logWithSnapshot()
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let newlines = bytes.indices.filter { bytes[$0] == 10 }
            if damage == "flip" { bytes[newlines[3] + 20] ^= 0x01 } else {
                let a = Array(bytes[(newlines[2] + 1)...newlines[3]]), b = Array(bytes[(newlines[3] + 1)...newlines[4]])
                bytes.replaceSubrange((newlines[2] + 1)...newlines[4], with: b + a)
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            // Reading from the snapshot still works; writing does not, and nothing is written.
            let log = try EventLog.open(path: path, create: false, useSnapshot: true)
            #expect(log.snapshot != nil, "\(damage)")
            #expect(throws: LogError.self) { try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr") }
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes, "\(damage)")
        }
    }

    @Test func zerosOverConfirmedRecordsAreDamageNotATornTail() throws {
        // The last two records (newlines too) overwritten by zeros: the snapshot knows they were there.
        let (path, _) = try logWithSnapshot()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let newlines = bytes.indices.filter { bytes[$0] == 10 }
        let from = newlines[newlines.count - 3] + 1
        for i in from..<bytes.count { bytes[i] = 0 }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: LogError.self) { _ = try EventLog.open(path: path, create: false, useSnapshot: true) }
        // Garbage after the last complete line is damage too, never cut off as a crashed write.
        for garbage in ["xyz", "\u{1B}[2J", "{\"format\"", "  \n"] {
            let dir = tempDirectory()
            let (small, count) = try smallLog(in: dir)
            let h = FileHandle(forWritingAtPath: small)!
            h.seekToEndOfFile(); h.write(Data(garbage.utf8)); h.closeFile()
            #expect(Self.damage(opening: small) != nil, "\(garbage.debugDescription) was accepted (\(count) events)")
        }
    }

    /// The damage opening a log reports, or nil if it opens.
    static func damage(opening path: String) -> LogDamage? {
        do { _ = try EventLog.open(path: path, create: false); return nil } catch {
            if case .damaged(_, _, let d) = error { return d }
            return nil
        }
    }

    @Test func sideFilesThatAreNotFilesAreSetAsideWithoutHanging() throws {
        for kind in ["fifo", "directory", "link to /dev/zero", "huge sparse file", "another user's"] {
            let (path, count) = try logWithSnapshot()
            let snap = path + ".snapshot"
            unlink(snap)
            switch kind {
            case "fifo": #expect(mkfifo(snap, 0o600) == 0)
            case "directory": #expect(mkdir(snap, 0o700) == 0)
            case "link to /dev/zero": #expect(symlink("/dev/zero", snap) == 0)
            case "huge sparse file":
                let fd = open(snap, O_WRONLY | O_CREAT, 0o600)
                #expect(ftruncate(fd, 3 << 30) == 0)
                close(fd)
            default:
                _ = FileManager.default.createFile(atPath: snap, contents: Data("x\n".utf8), attributes: [.posixPermissions: 0o666])
                chmod(snap, 0o666)
            }
            let started = Date()
            let log = try EventLog.open(path: path, create: false, useSnapshot: true)
            #expect(Date().timeIntervalSince(started) < 5, "\(kind)")
            #expect(log.events.count == count && log.snapshot == nil && log.snapshotProblem != nil, "\(kind): \(String(describing: log.snapshotProblem))")
        }
    }

    @Test func aSnapshotThatDisagreesWithTheLogGivesWay() throws {
        let (path, _) = try logWithSnapshot()
        // A snapshot whose state was changed and its checksums written again: it reads as valid.
        var forged = try EventLog.open(path: path, create: false).state
        forged.putMeeting("M9999", Meeting(id: "M9999", programme: p, kind: .cluster, title: "Falsk", day: Day(year: 2027, month: 1, day: 5)!,
                                           start: 540, end: 600, clusters: []))
        let info = try #require(try EventLog.open(path: path, create: false, useSnapshot: true).snapshot)
        try FileSnapshotStore(forLog: path).save(forged, info: info)
        let log = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(log.state.meetings["M9999"] != nil)
        _ = try log.history()
        let audit = try #require(log.snapshotAudit())
        let outcome = try #require(audit.run())
        #expect(!outcome.agrees)
        #expect(log.adopt(outcome) == .disagreed)
        #expect(log.state.meetings["M9999"] == nil && log.snapshotProblem == .disagrees)
        #expect(!FileManager.default.fileExists(atPath: path + ".snapshot"))
    }

    @Test func impossibleHistoriesAreRefused() throws {
        var f = try Fixture.standard()
        for c: Command in [.setParticipation(Enrolment(p, "101001"), status: .offered), .setParticipation(Enrolment(p, "101001"), status: .accepted),
                           .registerPerson(Person(name: "ahj", fullName: "Anne", role: .consultant)),
                           .assignConsultant(Enrolment(p, "101001"), consultant: "ahj"), .placeSchool(cluster: "K1", school: "101001")] {
            _ = try? f.run(c)
        }
        let day = Day(year: 2026, month: 11, day: 10)!
        try f.run(.recordContact(Contact(programme: p, school: "101001", date: day, form: .phone, summary: "x"),
                                 followUps: [FollowUp(programme: p, school: "101001", what: "y", who: "z", due: day.adding(days: 10))]))
        #expect(f.refusal(.completeFollowUp(id: "F0001", date: day.adding(days: -1))) == .doneBeforeAgreed(done: day.adding(days: -1), agreed: day))
        #expect(f.refusal(.completeFollowUp(id: "F0001", date: day)) == nil)
        // A meeting of K1 (049001 is not in it); a consultant of none of its schools may not rate it.
        try f.run(.registerPerson(Person(name: "bkl", fullName: "Bo", role: .consultant)))
        try f.run(.scheduleMeeting(Meeting(id: "", programme: p, kind: .cluster, title: "K", day: day.adding(days: 15), start: 540, end: 600,
                                           clusters: ["K1"]), force: true))
        f.now = Copenhagen.timestamp(day.adding(days: 16), minutes: 600)
        f.actor = "bkl"
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", rating: 3))) == .notAtMeeting(actor: "bkl", meeting: "M0001"))
        f.actor = "ahj"
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", school: "049001", rating: 3))) == .schoolNotAtMeeting(school: "049001", meeting: "M0001"))
        #expect(f.refusal(.giveFeedback(MeetingFeedback(meeting: "M0001", school: "101001", rating: 3))) == nil)
    }

    @Test func theLastCoordinatorStays() throws {
        var f = try Fixture.standard()
        #expect(f.refusal(.updatePerson(Person(name: "mfr", fullName: "Maja", role: .consultant))) == .lastCoordinator("mfr"))
        try f.run(.registerPerson(Person(name: "kim", fullName: "Kim", role: .coordinator)))
        #expect(f.refusal(.updatePerson(Person(name: "mfr", fullName: "Maja", role: .consultant))) == nil)
        // The first writer of a log: undoing their first write would leave nobody in charge.
        var g = Fixture()
        g.actor = "ole"
        try g.run(.defineProgramme(Programme(id: "x", name: "X", start: Day(year: 2026, month: 8, day: 1)!, end: Day(year: 2027, month: 7, day: 31)!)))
        #expect(g.refusal(.undoLast()) == .lastCoordinator("ole"))
    }

    @Test func controlCharactersNeverEnterTheLog() throws {
        let f = try Fixture.standard()
        for bad in ["\u{1B}[31mrød", "bell\u{07}", "nul\u{00}", "c1\u{9B}2J", "bidi\u{202E}txt", "del\u{7F}"] {
            #expect(f.refusal(.registerSchool(School(institution: "101009", name: bad, municipality: 101, kind: .folkeskole))) != nil, "\(bad.debugDescription)")
            #expect(f.refusal(.renameCluster(id: "K1", name: bad)) != nil)
            #expect(f.refusal(.registerPerson(Person(name: "zz", fullName: bad, role: .consultant))) != nil)
        }
        // Free text may hold line breaks and tabs; names may not.
        #expect(f.refusal(.renameCluster(id: "K1", name: "To\nlinjer")) != nil)
        #expect(TextRules.printable("a\u{1B}b\u{9B}c\nd") == "a\u{FFFD}b\u{FFFD}c\nd")
    }

    /// Extreme numbers into every parser of people's numbers: never a crash, and what is accepted is in range.
    @Test func extremeNumbersNeverOverflow() async {
        let extremes = ["9223372036854775807", "-9223372036854775808", "99999999999999999999", "0", "-1", "--5", "+-5", "1e3", "٣",
                        "½", "12,5", "12.55", "100", "100,01", "-0,01", "999999999", "9999999999", "2t30m", "99999999999999t",
                        "1440", "1441", "24:00", "+2t", "t", "30m99999999999999999999m", "9223372036854775807m"]
        for text in extremes {
            if let m = Quantities.minutes(text) { #expect((1...1440).contains(m), "\(text) → \(m)") }
            if let h = Quantities.hundredths(text) { #expect(abs(h) <= 999_999_999 * 100 + 99, "\(text) → \(h)") }
            _ = ClockTime.parse(text)
            _ = Day.parse(text)
        }
        #expect(Quantities.hundredths("--5") == nil && Quantities.hundredths("12,5") == 1250 && Quantities.hundredths("-0,01") == -1)
        #expect(Quantities.minutes("99999999999999t") == nil && Quantities.minutes("2t30m") == 150 && Quantities.minutes("1441") == nil)
        var accepted = 0
        await propertyCheck(count: 300, input: Gen.int(in: -3_000...3_000).map { n -> Int in
            switch abs(n) % 4 {
            case 3: return n > 0 ? Int.max - n : Int.min - n
            case 2: return n * 1_000_003
            default: return n
            }
        }) { n in
            for text in [String(n), "\(n)t", "\(n)m", "\(n),5", "\(n)t\(n)m", "\(n):\(n)", "\(n).\(n).\(n)"] {
                if let m = Quantities.minutes(text) { #expect((1...1440).contains(m)); accepted += 1 }
                if let h = Quantities.hundredths(text) { #expect(abs(h) < 100_000_000_000); accepted += 1 }
                _ = ClockTime.parse(text)
                _ = Day.parse(text)
            }
        }
        #expect(accepted >= 10, "too few values were accepted for the check to mean anything")
    }
}
