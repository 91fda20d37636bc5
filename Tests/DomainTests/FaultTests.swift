import Foundation
import Glibc
import Testing
@testable import Domain
@testable import FileStore

/// Cases from the fault catalogue: torn tails at every offset, truncation while open, huge records,
/// and locks that survive another descriptor's close.
@Suite struct FaultTests {
    let p = Fixture.p

    @Test func aTornLastRecordIsRecoveredAtEveryByteOffset() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let lastStart = whole.dropLast().lastIndex(of: 10)! + 1
        for cut in (lastStart + 1)..<(whole.count - 1) {
            let copy = dir + "/cut.log"
            try? FileManager.default.removeItem(atPath: copy)
            try whole.prefix(cut).write(to: URL(fileURLWithPath: copy))
            let log = try EventLog.open(path: copy)
            #expect(log.events.count == count - 1, "cut at \(cut)")
            // Opening only notes it; the next write moves it aside first.
            #expect(log.takeNotices() == [.tornTailPending(bytes: cut - lastStart, line: count + 1, zeros: false)], "cut at \(cut)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == whole.prefix(cut))
            try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
            guard case .tornTailRecovered(let n, _, let side, false)? = log.notices.first else { Issue.record("cut at \(cut): \(log.notices)"); continue }
            #expect(n == cut - lastStart)
            #expect(try Data(contentsOf: URL(fileURLWithPath: side)) == whole[lastStart..<cut])
            #expect(try EventLog.open(path: copy).events.count == count)
            try? FileManager.default.removeItem(atPath: side)
        }
    }

    @Test func aFileTruncatedWhileOpenIsNoticed() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let log = try EventLog.open(path: path)
        #expect(truncate(path, 100) == 0)
        #expect(throws: LogError.replaced(path)) { try log.refresh() }
        #expect(throws: LogError.replaced(path)) { try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr") }
    }

    @Test func aMegabyteSummaryRoundTripsAndTooLargeIsRefusedBeforeWriting() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let log = try EventLog.open(path: path)
        try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        let summary = String(repeating: "Æblegrød og \"citat\"\n", count: 1 << 20 / 20)
        let contact = Contact(programme: p, school: "101001", date: Day(year: 2026, month: 11, day: 1)!, form: .mail, summary: summary)
        try log.append(.recordContact(contact), actor: "mfr")
        #expect(try EventLog.open(path: path).state.contacts.values.first?.summary == summary.trimmingCharacters(in: .whitespacesAndNewlines))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let huge = Contact(programme: p, school: "101001", date: Day(year: 2026, month: 11, day: 1)!, form: .mail,
                           summary: String(repeating: "x", count: LogFormat.recordLimit + 1))
        do {
            try log.append(.recordContact(huge), actor: "mfr")
            Issue.record("a record over the limit was accepted")
        } catch let LogError.recordTooLarge(bytes, limit) {
            #expect(bytes > limit && limit == LogFormat.recordLimit)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func closingAnotherDescriptorKeepsTheWritersLock() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let writer = open(path, O_RDWR)
        defer { close(writer) }
        #expect(flock(writer, LOCK_EX) == 0)
        // Another descriptor on the same file, opened and closed: with fcntl locks this would drop the lock.
        let other = open(path, O_RDONLY)
        close(other)
        let third = open(path, O_RDWR)
        defer { close(third) }
        #expect(flock(third, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        flock(writer, LOCK_UN)
        #expect(flock(third, LOCK_EX | LOCK_NB) == 0)
    }

    @Test func invalidUTF8AndNewlinesInTextAreEncodedSafely() throws {
        let dir = tempDirectory()
        let path = dir + "/u.log"
        let odd = String(decoding: [0x41, 0xFF, 0x0A, 0x0D, 0x09, 0x22, 0x5C, 0x00, 0x42], as: UTF8.self)   // repaired to U+FFFD
        try EventLog.create(path: path, events: [(Timestamp.now(), "mfr", .personRegistered(Person(name: "mfr", fullName: odd, role: .coordinator)))])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2)   // no raw newline inside a record
        // NUL, which no store can hold, reads back as U+FFFD; everything else as it was.
        #expect(try EventLog.open(path: path).state.people["mfr"]?.fullName == odd.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"))
    }
}

/// A disk that fills up or fails to sync when told to.
final class FaultyDisk: LogFileSystem, @unchecked Sendable {
    var writeFailsAfter: Int?
    var syncFails = false

    func write(fd: Int32, _ bytes: [UInt8], path: String) throws(LogError) {
        if let n = writeFailsAfter {
            writeFailsAfter = nil
            _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, min(n, bytes.count)) }   // the partial bytes land
            throw .io(path: path, operation: "write", code: ENOSPC)
        }
        try SystemFileSystem().write(fd: fd, bytes, path: path)
    }

    func sync(fd: Int32, path: String) throws(LogError) {
        if syncFails { syncFails = false; throw .io(path: path, operation: "fdatasync", code: EIO) }
        try SystemFileSystem().sync(fd: fd, path: path)
    }
}

@Suite struct DiskFaultTests {
    let p = Fixture.p

    @Test func aFullDiskCutsThePartialBytesBackAndTheNextAppendWorks() throws {
        let dir = tempDirectory()
        let (path, _) = try smallLog(in: dir)
        let disk = FaultyDisk()
        let log = try EventLog.open(path: path, fileSystem: disk)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let state = log.state
        disk.writeFailsAfter = 40
        #expect(throws: LogError.io(path: path, operation: "write", code: ENOSPC)) {
            try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(log.state == state)
        try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        #expect(try EventLog.open(path: path).state.participation[Enrolment(p, "101001")]?.status == .accepted)
    }

    @Test func aFailedSyncIsNotReportedAsSaved() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let disk = FaultyDisk()
        let log = try EventLog.open(path: path, fileSystem: disk)
        disk.syncFails = true
        #expect(throws: LogError.io(path: path, operation: "fdatasync", code: EIO)) {
            try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        }
        #expect(log.events.count == count)
        #expect(try EventLog.open(path: path).events.count == count)
        try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        #expect(try EventLog.open(path: path).events.count == count + 1)
    }

    @Test func aReaderSeesOnlyWholeRecordsAndCatchesUp() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let reader = try EventLog.open(path: path)
        let writer = try EventLog.open(path: path)
        try writer.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        // Simulate a record half-way through being written by taking its second half off and putting it back.
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let lastStart = whole.dropLast().lastIndex(of: 10)! + 1
        try whole.prefix(lastStart + 30).write(to: URL(fileURLWithPath: path + ".tmp"))
        let h = FileHandle(forUpdatingAtPath: path)!
        h.truncateFile(atOffset: UInt64(lastStart + 30)); h.closeFile()
        #expect(try reader.refresh() == false)          // the half record is not read, nor cut off
        #expect(reader.events.count == count)
        let h2 = FileHandle(forWritingAtPath: path)!
        h2.seekToEndOfFile(); h2.write(whole[(lastStart + 30)...]); h2.closeFile()
        #expect(try reader.refresh() == true)
        #expect(reader.events.count == count + 1)
    }
}
