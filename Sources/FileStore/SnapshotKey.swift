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

    /// The first line of a snapshot file: the nonce and the tag authenticating everything after it.
    public static let prefix = Array("tavle-snapshot-gmac-aes256:".utf8)
    /// That line's length with its newline: the prefix, 24 hexadecimal digits of nonce and 32 of tag.
    public static let lineLength = prefix.count + 2 * (nonceBytes + tagBytes) + 1
    static let nonceBytes = 12, tagBytes = 16
    /// The first line of snapshots written before snapshot 16, and its length: HMAC-SHA-256 in 64 digits.
    static let legacyPrefix = Array("tavle-snapshot-hmac-sha256:".utf8)
    static let legacyLineLength = legacyPrefix.count + 65

    /// The key the MAC is taken under: the user's key is only ever used through this derivation, so it is never used
    /// for two purposes.
    static func macKey(_ key: SymmetricKey) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Array("tavle snapshot AES-GMAC".utf8), outputByteCount: 32)
    }

    // GMAC over a snapshot of a million records takes a fifth of HMAC-SHA-256's processor time here (the hardware
    // carry-less multiply), and it is checked at every open. Its one condition, a nonce never used twice with
    // a key, is met by drawing 96 random bits for every snapshot written.
    public static func seal(_ bytes: [UInt8], key: SymmetricKey) -> [UInt8] {
        let nonce = AES.GCM.Nonce()
        // Sealing nothing under a valid key and a 12-byte nonce cannot fail; were it ever to, the snapshot would carry
        // a line no key holds and be set aside when read.
        let tag = (try? AES.GCM.seal([UInt8](), using: macKey(key), nonce: nonce, authenticating: bytes).tag).map(Array.init)
            ?? [UInt8](repeating: 0, count: tagBytes)
        return prefix + Array((hex(Array(nonce)) + hex(tag)).utf8) + [10] + bytes
    }

    /// The bytes after the MAC line, if the MAC is this key's for them.
    public static func unseal(_ file: [UInt8], key: SymmetricKey) -> ArraySlice<UInt8>? {
        guard let sealed = split(file) else { return nil }
        return isValid(sealed.mac, for: sealed.rest, key: key) ? sealed.rest : nil
    }

    /// The MAC a file's first line states (nonce and tag), and the bytes after that line; nil if it has no such line.
    public static func split(_ file: [UInt8]) -> (mac: [UInt8], rest: ArraySlice<UInt8>)? {
        guard let mac = file.withUnsafeBytes({ split($0)?.mac }) else { return nil }
        return (mac, file[lineLength...])
    }

    /// The same over bytes in place (a mapped file).
    static func split(_ file: UnsafeRawBufferPointer) -> (mac: [UInt8], rest: Bytes)? {
        guard file.count >= lineLength, file[lineLength - 1] == 10, file.starts(with: prefix) else { return nil }
        var mac: [UInt8] = []
        var i = prefix.count
        while i < lineLength - 1 {
            guard let high = digit(file[i]), let low = digit(file[i + 1]) else { return nil }
            mac.append(high << 4 | low); i += 2
        }
        return (mac, Bytes(bytes: UnsafeRawBufferPointer(rebasing: file[lineLength...])))
    }

    /// A lowercase hexadecimal digit's value (the line is written in lowercase, and read only so).
    private static func digit(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    private static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// Bytes in place, handed to the thread that checks their MAC while they unpack; whoever holds them keeps them
    /// as they are until both are done.
    struct Bytes: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
    }

    /// Whether `mac` (nonce, then tag) is this key's for `bytes`; the tag is compared in constant time.
    public static func isValid(_ mac: [UInt8], for bytes: ArraySlice<UInt8>, key: SymmetricKey) -> Bool {
        bytes.withUnsafeBytes { isValid(mac, for: $0, key: key) }
    }

    static func isValid(_ mac: [UInt8], for bytes: UnsafeRawBufferPointer, key: SymmetricKey) -> Bool {
        guard mac.count == nonceBytes + tagBytes, let nonce = try? AES.GCM.Nonce(data: mac[..<nonceBytes]),
              let box = try? AES.GCM.SealedBox(nonce: nonce, ciphertext: [UInt8](), tag: mac[nonceBytes...]) else { return false }
        return (try? AES.GCM.open(box, using: macKey(key), authenticating: bytes)) != nil
    }
}
