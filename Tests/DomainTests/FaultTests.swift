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
    var truncateFails = false

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

    func truncate(fd: Int32, to size: Int, path: String) throws(LogError) {
        if truncateFails { truncateFails = false; throw .io(path: path, operation: "ftruncate", code: EIO) }
        try SystemFileSystem().truncate(fd: fd, to: size, path: path)
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

    @Test func aFailedSyncThatCannotBeTakenBackCountsAsWrittenAndIsNotWrittenTwice() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let disk = FaultyDisk()
        let log = try EventLog.open(path: path, fileSystem: disk)
        disk.syncFails = true
        disk.truncateFails = true
        let written = try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        #expect(written.count == 1, "reported as written, because it is in the log")
        #expect(log.takeNotices() == [.writeNotConfirmed(path: path, problem: .io(path: path, operation: "fdatasync", code: EIO))])
        #expect(log.events.count == count + 1)
        // The same write again is a new decision on a state that holds the first: nothing doubles behind its back.
        let fresh = try EventLog.open(path: path)
        #expect(fresh.events.count == count + 1 && fresh.state == log.state)
    }

    @Test func aWriteThatFailsHalfWayAndCannotBeCutOffLeavesOnlyATornTail() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let disk = FaultyDisk()
        let log = try EventLog.open(path: path, fileSystem: disk)
        disk.writeFailsAfter = 40
        disk.truncateFails = true
        #expect(throws: LogError.io(path: path, operation: "write", code: ENOSPC)) {
            try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        }
        // The 40 bytes are an incomplete line, never confirmed: noted on reading, set aside by the next write.
        let reader = try EventLog.open(path: path, access: .read)
        #expect(reader.events.count == count && reader.takeNotices() == [.tornTailPending(bytes: 40, line: count + 2, zeros: false)])
        try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        #expect(try EventLog.open(path: path).events.count == count + 1)
        let torn = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".torn-") }
        #expect(torn.count == 1, "\(torn)")
    }

    @Test func gigabytesOfZerosAreSetAsideInBoundedMemoryAndTimeIntoOneSideFile() throws {
        let dir = tempDirectory()
        let (path, count) = try smallLog(in: dir)
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        // 3 GiB of zeros after the last line, as a hole (a file that grew before its data landed).
        #expect(Glibc.truncate(path, off_t(size + (3 << 30))) == 0)
        let started = Date(), peak = Self.peakMemory()
        let log = try EventLog.open(path: path)
        #expect(log.events.count == count)
        #expect(log.takeNotices() == [.tornTailPending(bytes: 3 << 30, line: count + 2, zeros: true)])
        // A side file that cannot be made refuses the write and leaves nothing behind; the next try succeeds.
        #expect(chmod(dir, 0o500) == 0)
        if geteuid() != 0 {
            #expect(throws: LogError.self) { try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr") }
        }
        #expect(chmod(dir, 0o700) == 0)
        try log.append(.setParticipation(Enrolment(p, "101001"), status: .accepted), actor: "mfr")
        guard case .tornTailRecovered(let bytes, _, let side, true)? = log.takeNotices().first else { Issue.record("zeros not set aside"); return }
        #expect(bytes == 3 << 30)
        #expect(Date().timeIntervalSince(started) < 10, "reading and setting aside 3 GiB of zeros took \(Date().timeIntervalSince(started)) s")
        #expect(Self.peakMemory() - peak < 512 << 20, "the zeros were read into memory")
        var st = stat()
        #expect(stat(side, &st) == 0 && Int(st.st_size) == 3 << 30 && st.st_blocks < 64, "the side file is as long, as a hole")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".torn-") }.count == 1)
        #expect(try EventLog.open(path: path).events.count == count + 1)
        try FileManager.default.removeItem(atPath: side)
        // Written zeros (no hole) after the log are found the same way, read backwards in pieces.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile(); handle.write(Data(count: 3 << 20)); handle.closeFile()
        let again = try EventLog.open(path: path)
        #expect(again.takeNotices() == [.tornTailPending(bytes: 3 << 20, line: count + 3, zeros: true)])
        // A record's start before the zeros is damage, not a torn tail.
        let h2 = try #require(FileHandle(forUpdatingAtPath: path))
        h2.seek(toFileOffset: UInt64(try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) - (3 << 20)))
        h2.write(Data("{\"seq\":".utf8)); h2.closeFile()
        #expect(throws: LogError.self) { try EventLog.open(path: path) }
    }

    /// The process's peak resident size so far, in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
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
