import Foundation
import Glibc
import Testing
import Demo
@testable import Domain
@testable import FileStore

/// A snapshot is mapped into memory, not read, where its file can be held still meanwhile (a read lease); read as
/// before where it cannot. Either way the same state comes out, and a forgery is refused.
@Suite struct SnapshotMappingTests {
    /// The demo network's log with a fresh snapshot; the snapshot's path.
    func snapshot() throws -> (log: String, snapshot: String, state: NetworkState) {
        let path = tempDirectory() + "/m.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: SnapshotTests.today))
        let log = try EventLog.open(path: path, create: false)
        _ = try log.writeSnapshot()
        return (path, path + ".snapshot", log.state)
    }

    func size(_ path: String) -> Int { Posix.identity(path: path)?.size ?? -1 }

    /// While the bytes are mapped, no one can cut the file short under them (which would end the reader with SIGBUS):
    /// an open for writing is refused at once when it would not wait, and a truncation waits until the mapping is
    /// given back. The signal that announces the waiting writer does not end this process.
    @Test func whileMappedTheFileCannotBeCutShort() throws {
        let (logPath, file, state) = try snapshot()
        guard Self.systemGrantsLeases(beside: file) else {
            // Nothing can be held still here, so nothing is mapped: the snapshot is read, to the same state.
            #expect(try #require(FileSnapshotStore(forLog: logPath).load()).get().state == state)
            return
        }
        let before = size(file)
        let fd = try #require(try FileSafety.openSideFile(file))
        defer { close(fd) }
        let truncated = DispatchSemaphore(value: 0)
        let firstByte = LeasedMapping.withBytes(fd: fd, size: before) { bytes -> UInt8? in
            let writer = open(file, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
            #expect(writer < 0 && errno == EAGAIN)
            if writer >= 0 { close(writer) }
            Thread.detachNewThread { truncate(file, 0); truncated.signal() }
            #expect(truncated.wait(timeout: .now() + 0.3) == .timedOut, "the truncation did not wait")
            // Every page still there (only looked at if so: a page cut off would end the test run).
            return size(file) == before ? bytes[0] &+ bytes[before - 1] : nil
        } ?? nil
        #expect(firstByte != nil, "the file was cut short while mapped, or not mapped")
        #expect(truncated.wait(timeout: .now() + 10) == .success, "the truncation went on once the mapping was given back")
        #expect(size(file) == 0)
    }

    /// Whether this system grants a read lease at all (a file system or a setting may not), asked of a new file
    /// beside `path` that no one has open for writing.
    static func systemGrantsLeases(beside path: String) -> Bool {
        let probe = path + ".probe"
        guard FileManager.default.createFile(atPath: probe, contents: Data([1])) else { return false }
        defer { unlink(probe) }
        let fd = open(probe, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard fcntl(fd, LeasedMapping.setSignal, SIGURG) == 0, fcntl(fd, LeasedMapping.setLease, LeasedMapping.readLease) == 0 else {
            return false
        }
        _ = fcntl(fd, LeasedMapping.setLease, LeasedMapping.noLease)
        return true
    }

    /// A file someone has open for writing cannot be held still: it is read instead, to the same state.
    @Test func aFileOpenForWritingIsReadNotMappedToTheSameState() throws {
        let (logPath, file, state) = try snapshot()
        let mapped = try #require(FileSnapshotStore(forLog: logPath).load()).get()
        #expect(mapped.state == state)
        let writer = open(file, O_WRONLY | O_CLOEXEC)
        try #require(writer >= 0)
        defer { close(writer) }
        let fd = try #require(try FileSafety.openSideFile(file))
        defer { close(fd) }
        #expect(LeasedMapping.withBytes(fd: fd, size: size(file)) { _ in true } == nil)
        let read = try #require(FileSnapshotStore(forLog: logPath).load()).get()
        #expect(read.state == state && read.info == mapped.info)
    }

    /// A snapshot whose authentication code is not this key's is refused as a stranger's, mapped or read.
    @Test func aStrangersSnapshotIsRefusedMappedOrRead() throws {
        let (logPath, file, _) = try snapshot()
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: file)))
        let digit = SnapshotKey.prefix.count + 5
        bytes[digit] = bytes[digit] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        guard case .failure(.unauthenticated)? = FileSnapshotStore(forLog: logPath).load() else {
            Issue.record("a code not this key's was believed, mapped"); return
        }
        let writer = open(file, O_WRONLY | O_CLOEXEC)
        try #require(writer >= 0)
        defer { close(writer) }
        guard case .failure(.unauthenticated)? = FileSnapshotStore(forLog: logPath).load() else {
            Issue.record("a code not this key's was believed, read"); return
        }
    }

    /// A mapped snapshot with a byte changed inside its payload is damage, not a stranger's, as when read.
    @Test func damageIsToldApartWhenMapped() throws {
        let (logPath, file, _) = try snapshot()
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: file)))
        bytes[bytes.count - 10] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        guard case .failure(.damaged(.checksum))? = FileSnapshotStore(forLog: logPath).load() else {
            Issue.record("a changed byte was not told as damage"); return
        }
    }
}
