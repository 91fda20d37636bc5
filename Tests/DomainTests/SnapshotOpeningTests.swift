import Foundation
import Synchronization
import Testing
import Demo
@testable import Domain

/// Opening a snapshot: its MAC checked while it unpacks, and contacts' lists of participants shared as they unpack.
@Suite struct SnapshotOpeningTests {
    static let state = NetworkState.replay(try! ReplayTests.demoRecords())
    static let info = SnapshotInfo(logID: "test", seq: state.lastSeq, lines: 1, offset: 0, logCRC: 0,
                                   written: Timestamp(milliseconds: 0), bytes: 0)

    /// Decodes `bytes` with a MAC check that answers `authentic`, counting how often it is asked.
    func decode(_ bytes: [UInt8], authentic: Bool) -> (result: Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>?, asked: Int) {
        let asked = Atomic(0)
        let result = SnapshotFormat.decode(bytes[...], authenticatedAlongside: {
            asked.add(1, ordering: .relaxed)
            return authentic
        })
        return (result, asked.load(ordering: .relaxed))
    }

    @Test func whatUnpacksIsUsedOnlyWhenTheMACHolds() throws {
        let bytes = SnapshotFormat.encode(Self.state, info: Self.info)
        let good = decode(bytes, authentic: true)
        #expect(good.asked == 1)
        #expect(try #require(good.result).get().state == Self.state)
        let forged = decode(bytes, authentic: false)
        #expect(forged.asked == 1 && forged.result == nil)
    }

    @Test func theMACIsAskedAlsoWhenTheBytesFailBeforeUnpacking() throws {
        var bytes = SnapshotFormat.encode(Self.state, info: Self.info)
        bytes[3] ^= 0x20   // the header line's checksum no longer holds: nothing is unpacked
        let stranger = decode(bytes, authentic: false)
        #expect(stranger.asked == 1 && stranger.result == nil)
        let damaged = decode(bytes, authentic: true)
        #expect(damaged.asked == 1)
        guard case .failure(.damaged(.header))? = damaged.result else {
            Issue.record("expected a damaged header, got \(String(describing: damaged.result))"); return
        }
    }

    @Test func contactsWithTheSameParticipantsShareOneList() throws {
        let bytes = SnapshotFormat.encode(Self.state, info: Self.info)
        let state = try #require(decode(bytes, authentic: true).result).get().state
        #expect(state == Self.state)
        let lists = Dictionary(grouping: state.contacts.values.map(\.participants).filter { !$0.isEmpty }, by: { $0 })
        let repeated = lists.values.filter { $0.count > 1 }
        try #require(!repeated.isEmpty, "the demo has contacts with the same participants")
        for same in repeated {
            let storage = Set(same.map { $0.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } })
            #expect(storage.count == 1, "\(same[0]) is held \(storage.count) times")
        }
        // Lists that differ stay apart.
        #expect(Set(lists.keys.map { lists[$0]![0].withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } }).count == lists.count)
    }

    @Test func aListThatClaimsMoreThanIsThereIsDamage() {
        var packer = Packer()
        packer.u32(0); packer.int(2); packer.string("skoleleder"); packer.int(40)   // a second name longer than what follows
        packer.bytes += Array("vejleder".utf8)
        packer.bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            #expect(throws: SnapshotProblem.damaged(.content)) { try u.pooledList() }
        }
        var whole = Packer()
        whole.pooledList(["skoleleder", "vejleder"])
        whole.pooledList(["skoleleder", "vejleder"])
        whole.pooledList(["vejleder"])
        whole.pooledList(["skoleleder", "vejleder"])
        whole.bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            #expect((try? u.pooledList()) == ["skoleleder", "vejleder"])
            #expect((try? u.pooledList()) == ["skoleleder", "vejleder"])
            #expect((try? u.pooledList()) == ["vejleder"])
            #expect((try? u.pooledList()) == ["skoleleder", "vejleder"])
            #expect(u.at == raw.count)
        }
    }

    /// The bytes unpack before the MAC has answered, so a stranger's file is unpacked too: any damage, or a count of
    /// billions, is refused or unpacked without a crash and without reserving more than the bytes could hold.
    @Test func strangersBytesUnpackWithoutHarm() {
        let bytes = SnapshotFormat.encode(Self.state, info: Self.info)
        let payload = bytes.firstIndex(of: 10)! + 1
        var rng = SplitMix64(seed: 28)
        var refused = 0
        for round in 0..<150 {
            var forged = bytes
            for _ in 0..<(1 + round % 4) {
                let at = Int.random(in: payload..<(forged.count - 8), using: &rng)
                let values: [Int64] = [1 << 40, Int64(forged.count - at), -1, Int64.random(in: 0...64, using: &rng)]
                let v = round % 3 == 0 ? Int64(Int.random(in: 0...255, using: &rng)) : values.randomElement(using: &rng)!
                if round % 3 == 0 { forged[at] = UInt8(v) } else {
                    withUnsafeBytes(of: v.littleEndian) { for (i, b) in $0.enumerated() { forged[at + i] = b } }
                }
            }
            let opened = decode(forged, authentic: true)
            if case .failure? = opened.result { refused += 1 }
            #expect(decode(forged, authentic: false).result == nil)
        }
        #expect(refused > 100, "most damage is found: \(refused) of 150")
    }

    @Test func aForgedCountReservesNoMoreThanTheBytesCouldHold() {
        let bytes = [UInt8](repeating: 0, count: 1_000)
        bytes.withUnsafeBytes { raw in
            var u = Unpacker(buffer: raw)
            u.at = 200
            #expect(u.room(1_000_000, stride: 100) == 32)
            #expect(u.room(10, stride: 100) == 10)
        }
    }
}
