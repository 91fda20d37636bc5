import Crypto
import Foundation
import Glibc

/// The key that proves a snapshot was written by this user's Tavle: 32 random bytes in
/// `$XDG_DATA_HOME/tavle/snapshot.key` (by default `~/.local/share/tavle/`), made readable by its owner only. A
/// snapshot carries an HMAC-SHA-256 of its bytes under this key; one that does not (forged, copied from another
/// user, or written before keys) is set aside, and the log is read in full.
public enum SnapshotKey {
    /// The user's key, made on first use; nil when it cannot be had safely (no home, or a key file that is a link,
    /// another user's or readable by others), and then no snapshot is trusted or written.
    public static let user: SymmetricKey? = load(path: defaultPath)

    public static var defaultPath: String? {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? env["HOME"].map { $0 + "/.local/share" }
        return base.map { $0 + "/tavle/snapshot.key" }
    }

    /// Reads the key at `path`, or makes it there if there is none.
    public static func load(path: String?) -> SymmetricKey? {
        guard let path else { return nil }
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0, errno == ENOENT {
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                let key = SymmetricKey(size: .bits256)
                let bytes = key.withUnsafeBytes { Array($0) }
                let ok = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, 32) } == 32 && fsync(fd) == 0
                close(fd)
                if !ok { unlink(path); return nil }
                return key
            }
            fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)   // another process made it first
        }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == getuid(), st.st_mode & 0o077 == 0, st.st_size == 32 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 32)
        guard bytes.withUnsafeMutableBytes({ read(fd, $0.baseAddress!, 32) }) == 32 else { return nil }
        return SymmetricKey(data: bytes)
    }

    /// The first line of a snapshot file: the MAC of everything after it.
    public static let prefix = Array("tavle-snapshot-hmac-sha256:".utf8)

    public static func seal(_ bytes: [UInt8], key: SymmetricKey) -> [UInt8] {
        let mac = HMAC<SHA256>.authenticationCode(for: bytes, using: key)
        return prefix + Array(mac.map { String(format: "%02x", $0) }.joined().utf8) + [10] + bytes
    }

    /// The bytes after the MAC line, if the MAC is this key's for them.
    public static func unseal(_ file: [UInt8], key: SymmetricKey) -> ArraySlice<UInt8>? {
        guard let sealed = split(file) else { return nil }
        return isValid(sealed.mac, for: sealed.rest, key: key) ? sealed.rest : nil
    }

    /// The MAC a file's first line states, and the bytes after that line; nil if it has no such line.
    public static func split(_ file: [UInt8]) -> (mac: [UInt8], rest: ArraySlice<UInt8>)? {
        guard let mac = file.withUnsafeBytes({ split($0)?.mac }) else { return nil }
        return (mac, file[(prefix.count + 65)...])
    }

    /// The same over bytes in place (a mapped file).
    static func split(_ file: UnsafeRawBufferPointer) -> (mac: [UInt8], rest: Bytes)? {
        let lineLength = prefix.count + 64
        guard file.count > lineLength, file[lineLength] == 10, file.starts(with: prefix) else { return nil }
        var mac: [UInt8] = []
        var i = prefix.count
        while i < lineLength {
            guard let b = UInt8(String(decoding: file[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            mac.append(b); i += 2
        }
        return (mac, Bytes(bytes: UnsafeRawBufferPointer(rebasing: file[(lineLength + 1)...])))
    }

    /// Bytes in place, handed to the thread that checks their MAC while they unpack; whoever holds them keeps them
    /// as they are until both are done.
    struct Bytes: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
    }

    /// Whether `mac` is this key's for `bytes` (compared in constant time).
    public static func isValid(_ mac: [UInt8], for bytes: ArraySlice<UInt8>, key: SymmetricKey) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: bytes, using: key)
    }

    static func isValid(_ mac: [UInt8], for bytes: UnsafeRawBufferPointer, key: SymmetricKey) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: bytes, using: key)
    }
}
