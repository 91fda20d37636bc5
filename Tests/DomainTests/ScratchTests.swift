import Foundation
import Testing
@testable import TestSupport

/// The tests' own files: a run leaves nothing behind, and a crashed run's files go with the next run.
@Suite struct ScratchTests {
    @Test func aTestsDirectoryLivesUnderTheProcesssOwn() {
        let dir = Scratch.directory("scratch")
        #expect(dir.hasPrefix(Scratch.root + "/"))
        #expect(FileManager.default.fileExists(atPath: dir))
        #expect(Scratch.directory("scratch") != dir)
    }

    @Test func theDirectoryOfAProcessThatIsGoneIsRemovedAndALiveOnesIsKept() throws {
        // A process that has ended: its pid is free (until reused, which the check asks again).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let gone = NSTemporaryDirectory() + Scratch.prefix + "\(ended.processIdentifier)"
        try FileManager.default.createDirectory(atPath: gone + "/e2e-x", withIntermediateDirectories: true)
        _ = Scratch.root
        Scratch.removeAbandoned()
        #expect(!FileManager.default.fileExists(atPath: gone))
        #expect(FileManager.default.fileExists(atPath: Scratch.root))
    }
}
