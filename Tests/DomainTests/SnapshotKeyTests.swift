import Crypto
import Foundation
import Testing
import Demo
@testable import Domain
@testable import FileStore

/// A snapshot's first line authenticates every byte after it under a key derived from the user's: AES-GMAC with a
/// random nonce of its own. Any change to the bytes, the nonce or the tag, or another key, is refused; a snapshot an
/// older Tavle sealed with HMAC-SHA-256 is said to be of its version and rebuilt.
@Suite struct SnapshotKeyTests {
    let key = SymmetricKey(size: .bits256)
    let bytes = Array("{\"format\":\"tavle-snapshot\"}\nÆblegrød og ☃︎ \u{0}\u{1}".utf8) + (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

    func sealedFile(_ log: String) throws -> [UInt8] { [UInt8](try #require(FileManager.default.contents(atPath: log + ".snapshot"))) }

    /// The demo's log with a snapshot of this version: its path, the log as read in full, and the snapshot's own bytes.
    func logWithSnapshot() throws -> (path: String, full: LiveNetwork, inner: [UInt8]) {
        let path = tempDirectory() + "/k.log"
        try EventLog.create(path: path, events: try DemoNetwork.events(today: SnapshotTests.today))
        let full = try EventLog.open(path: path, create: false)
        _ = try full.writeSnapshot()
        let user = try #require(SnapshotKey.user)
        return (path, full, Array(try #require(SnapshotKey.unseal(try sealedFile(path), key: user))))
    }

    @Test func aSealedSnapshotOpensUnderItsKeyOnly() throws {
        let sealed = SnapshotKey.seal(bytes, key: key)
        #expect(sealed.count == SnapshotKey.lineLength + bytes.count)
        #expect(sealed.starts(with: SnapshotKey.prefix) && sealed[SnapshotKey.lineLength - 1] == 10)
        #expect(SnapshotKey.unseal(sealed, key: key).map(Array.init) == bytes)
        #expect(SnapshotKey.unseal(sealed, key: SymmetricKey(size: .bits256)) == nil)
        // The user's key is never the MAC's key itself: a tag taken under it directly does not hold.
        let split = try #require(SnapshotKey.split(sealed))
        let nonce = try AES.GCM.Nonce(data: split.mac[..<12])
        let direct = try AES.GCM.seal([UInt8](), using: key, nonce: nonce, authenticating: bytes).tag
        #expect(!SnapshotKey.isValid(Array(split.mac[..<12]) + Array(direct), for: split.rest, key: key))
    }

    @Test func everyByteOfTheSnapshotAndOfItsLineIsCovered() throws {
        let sealed = SnapshotKey.seal(bytes, key: key)
        var refused = 0, positions = 0
        // Each digit of the nonce and the tag, and bytes spread over the payload, its first and its last.
        let payload = stride(from: SnapshotKey.lineLength, to: sealed.count, by: 97).map { $0 } + [sealed.count - 1]
        for i in Array(SnapshotKey.prefix.count..<(SnapshotKey.lineLength - 1)) + payload {
            var changed = sealed
            changed[i] = changed[i] == UInt8(ascii: "0") ? UInt8(ascii: "1") : (i >= SnapshotKey.lineLength ? changed[i] ^ 1 : UInt8(ascii: "0"))
            positions += 1
            if SnapshotKey.unseal(changed, key: key) == nil { refused += 1 }
        }
        #expect(refused == positions)
        // A line cut short, grown, in capitals or without its newline is no line at all.
        let line = Array(sealed[..<SnapshotKey.lineLength])
        for bad in [Array(line.dropLast(2)) + [10], Array(line.dropLast()) + Array("0\n".utf8),
                    Array(String(decoding: line, as: UTF8.self).uppercased().utf8), Array(line.dropLast())] {
            #expect(SnapshotKey.unseal(bad + bytes, key: key) == nil)
        }
        #expect(SnapshotKey.unseal(line, key: key) == nil)
    }

    /// A nonce never repeats with a key: each seal draws its own, so the same bytes sealed twice differ in their line.
    @Test func theSameBytesSealedTwiceHaveTwoNonces() {
        let lines = Set((0..<64).map { _ in Array(SnapshotKey.seal(bytes, key: key)[..<SnapshotKey.lineLength]) })
        #expect(lines.count == 64)
    }

    /// An older Tavle's snapshot (HMAC-SHA-256, before snapshot 16) is from another version: set aside, the log read
    /// in full, and a snapshot of this version written in its place that the next open uses.
    @Test func anOlderTavlesSnapshotIsOfItsVersionAndReplaced() throws {
        let (path, full, original) = try logWithSnapshot()
        var inner = original
        let user = try #require(SnapshotKey.user)
        // The inner header as 15 wrote it (the same state's coding), its checksum made again.
        let nl = try #require(inner.firstIndex(of: 10))
        let header = String(decoding: inner[..<nl], as: UTF8.self)
        let body = String(header.dropLast(18)).replacingOccurrences(of: "\"version\":\(SnapshotFormat.version),", with: "\"version\":15,")
        let crc = Array(body.utf8).withUnsafeBytes { CRC32C.chained(previous: 0, $0) }
        inner = Array((body + ",\"crc\":\"\(SnapshotFormat.hex(crc))\"}").utf8) + inner[nl...]
        let hmac = HMAC<SHA256>.authenticationCode(for: inner, using: user).map { String(format: "%02x", $0) }.joined()
        try Data(SnapshotKey.legacyPrefix + Array(hmac.utf8) + [10] + inner).write(to: URL(fileURLWithPath: path + ".snapshot"))

        let first = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(first.snapshotProblem == .otherVersion(15))
        #expect(first.state == full.state)
        _ = try first.writeSnapshot()
        let second = try EventLog.open(path: path, create: false, useSnapshot: true)
        #expect(second.snapshotProblem == nil && second.snapshot != nil && second.state == full.state)
    }

    /// The older line over bytes that are not an older version's, or over no readable header, is a stranger's.
    @Test func anOlderLineOverAnythingElseIsAStrangers() throws {
        let (path, full, inner) = try logWithSnapshot()
        let line = SnapshotKey.legacyPrefix + Array(String(repeating: "ab", count: 32).utf8) + [10]
        for rest in [inner, Array("not a header\n".utf8) + inner] {
            try Data(line + rest).write(to: URL(fileURLWithPath: path + ".snapshot"))
            let log = try EventLog.open(path: path, create: false, useSnapshot: true)
            #expect(log.snapshotProblem == .unauthenticated && log.state == full.state)
        }
    }
}
