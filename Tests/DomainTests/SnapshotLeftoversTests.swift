import Foundation
import Glibc
import Testing
import Demo
@testable import Domain
@testable import FileStore

/// Temporary snapshot files an interrupted write left behind are removed by the next snapshot written beside them;
/// nothing else is.
@Suite struct SnapshotLeftoversTests {
    /// The id of a process that has ended.
    func endedProcess() throws -> pid_t {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    func place(_ path: String, minutesAgo: Int, directory: Bool = false) throws {
        if directory { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        else { try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: path)) }
        let then = Double(time(nil) - minutesAgo * 60)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: then)], ofItemAtPath: path)
    }

    @Test func theNextSnapshotRemovesWhatAnEndedWriterLeftAndNothingElse() throws {
        let dir = tempDirectory()
        let path = dir + "/s.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: SnapshotTests.today))
        let ended = try endedProcess()
        let me = getpid()
        let left = "s.log.snapshot.new-\(ended)-123456"
        let kept = [
            "s.log.snapshot.new-\(me)-1",              // a writer still running (this one)
            "s.log.snapshot.new-\(ended)-77",          // written to a moment ago: perhaps a writer elsewhere
            "s.log.snapshot.new-x\(ended)-1",          // not a process id
            "s.log.snapshot.new-\(ended)-1-2",         // not the shape
            "s.log.snapshot.new-\(ended)-",            // not the shape
            "t.log.snapshot.new-\(ended)-1",           // another log's
            "s.log.new-\(ended)-1",                    // not a snapshot's
            "s.log.snapshot.new-\(ended)-9",           // a directory
        ]
        try place(dir + "/" + left, minutesAgo: 90)
        for name in kept {
            try place(dir + "/" + name, minutesAgo: name.hasSuffix("-77") ? 0 : 90, directory: name.hasSuffix("-9"))
        }
        _ = try EventLog.open(path: path, create: false).writeSnapshot()
        let now = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        #expect(!now.contains(left), "an ended writer's leftover stayed")
        for name in kept { #expect(now.contains(name), "\(name) was removed") }
        #expect(now.contains("s.log.snapshot"))
        #expect(try #require(FileSnapshotStore(forLog: path).load()).get().info.seq > 0)
    }

    @Test func aTemporaryNameIsReadBackAsItsWriter() {
        let name = SnapshotLeftovers.temporaryName(for: "/x/y/a.log.snapshot")
        #expect(name.hasPrefix("/x/y/a.log.snapshot.new-"))
        #expect(SnapshotLeftovers.writer(of: String(name.dropFirst("/x/y/".count)), snapshot: "a.log.snapshot") == getpid())
        #expect(SnapshotLeftovers.writer(of: "a.log.snapshot.new-٣-1", snapshot: "a.log.snapshot") == nil)
        #expect(SnapshotLeftovers.writer(of: "a.log.snapshot.new-0-1", snapshot: "a.log.snapshot") == nil)
    }
}
