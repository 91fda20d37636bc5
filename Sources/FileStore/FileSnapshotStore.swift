import Crypto
import Domain
import Foundation
import Glibc

/// `<log>.snapshot`: the folded state next to the log. Written to a new file, synced and renamed into place; read
/// without following a link or waiting on a FIFO, only if it is a regular file of this user's, and only as far
/// as its header line declares; and only if it carries an authentication code under this user's key (`SnapshotKey`),
/// so a snapshot Tavle did not write for this user is never believed.
public final class FileSnapshotStore: SnapshotStore {
    public let location: String
    let key: SymmetricKey?

    public init(path: String, key: SymmetricKey? = SnapshotKey.user) { location = path; self.key = key }

    /// The snapshot of a log file.
    public convenience init(forLog log: String) { self.init(path: log + ".snapshot") }

    public func load() -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem>? {
        let fd: Int32
        do throws(LogError) {
            guard let opened = try FileSafety.openSideFile(location) else { return nil }
            fd = opened
        } catch {
            return .failure(.notAFile)
        }
        defer { close(fd) }
        guard let size = Posix.identity(fd: fd)?.size else { return .failure(.notAFile) }
        guard let key else { return .failure(.unauthenticated) }
        // The authentication line, then the snapshot's own header line, which declares the size: nothing more is read
        // until the file's size agrees with it.
        let macLine = SnapshotKey.lineLength
        guard let head = try? Posix.read(fd: fd, from: 0, count: min(size, macLine + SnapshotFormat.headerLimit), path: location)
        else { return .failure(.damaged(.header)) }
        guard head.count > macLine, head.starts(with: SnapshotKey.prefix), head[macLine - 1] == 10 else {
            // An older Tavle's snapshot (its MAC HMAC-SHA-256) is said to be of its version, not a stranger's; it is not
            // read further either way.
            let legacy = SnapshotKey.legacyLineLength
            if head.count > legacy, head.starts(with: SnapshotKey.legacyPrefix), head[legacy - 1] == 10,
               let v = SnapshotFormat.declaredVersion(head[legacy...]), v < SnapshotFormat.version {
                return .failure(.otherVersion(v))
            }
            return .failure(.unauthenticated)
        }
        let innerHead = Array(head[macLine...])
        guard innerHead.contains(10) else { return .failure(.damaged(.header)) }
        guard let declared = SnapshotFormat.declaredSize(innerHead), declared == size - macLine else { return .failure(.damaged(.length)) }
        // Mapped where the system lets the file be held still while it is (at 1M events a read is a tenth of a second
        // of copying into fresh memory, as large as the file); read otherwise.
        if let mapped = LeasedMapping.withBytes(fd: fd, size: size, { Self.decode($0, macLine: macLine, key: key) }) { return mapped }
        guard let all = try? Posix.read(fd: fd, from: 0, count: size, path: location), all.count == size else { return .failure(.damaged(.length)) }
        return all.withUnsafeBytes { Self.decode($0, macLine: macLine, key: key) }
    }

    /// A whole snapshot file's bytes, its MAC line first: the state, if the MAC is this key's.
    static func decode(_ all: UnsafeRawBufferPointer, macLine: Int, key: SymmetricKey) -> Result<(info: SnapshotInfo, state: NetworkState), SnapshotProblem> {
        // The MAC is checked while the bytes unpack; what they unpack to is used only if it holds.
        if let sealed = SnapshotKey.split(all),
           let decoded = SnapshotFormat.decode(inPlace: sealed.rest.bytes, authenticatedAlongside: {
               SnapshotKey.isValid(sealed.mac, for: sealed.rest.bytes, key: key)
           }) {
            return decoded
        }
        // An accident (a changed byte) is told apart from a snapshot this user's Tavle never wrote; neither is used.
        if case .failure(.damaged(let d)) = SnapshotFormat.decode(Array(all[macLine...])) { return .failure(.damaged(d)) }
        return .failure(.unauthenticated)
    }

    public func save(_ state: NetworkState, info: SnapshotInfo) throws(LogError) {
        // Without a key nothing could check the snapshot later: none is written.
        guard let key else { return }
        let bytes = SnapshotKey.seal(SnapshotFormat.encode(state, info: info), key: key)
        // What interrupted writes left here goes first; then a name of its own, so two writers at once never meet on
        // one temporary file.
        SnapshotLeftovers.sweep(location)
        let temporary = SnapshotLeftovers.temporaryName(for: location)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Posix.fail(temporary, "open") }
        do {
            defer { close(fd) }
            try Posix.writeAll(fd: fd, bytes, path: temporary)
            try Posix.dataSync(fd: fd, path: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, location) == 0 else {
            let e = Posix.fail(location, "rename")
            unlink(temporary)
            throw e
        }
        try Posix.syncDirectory(of: location)
    }

    public func discard() { unlink(location) }
}
