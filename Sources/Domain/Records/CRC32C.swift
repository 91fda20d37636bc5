import CChecksum

/// CRC-32C (Castagnoli): by the processor's own instruction where it has one (x86-64 since SSE 4.2), else
/// slicing-by-8 (`tableUpdate`, also the reference the instruction is tested against).
public enum CRC32C {
    /// Whether the processor's instruction is used; asked once.
    static let hardware = tavle_crc32c_hardware() != 0

    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ 0x82F6_3B78 : c >> 1 }
            t[i] = c
        }
        for i in 0..<256 {
            for k in 1..<8 {
                let prev = t[(k - 1) * 256 + i]
                t[k * 256 + i] = (prev >> 8) ^ t[Int(prev & 0xFF)]
            }
        }
        return t
    }()

    /// The byte-at-a-time table, for an implementation elsewhere (the PostgreSQL store's check of the chain).
    public static var byteTable: [UInt32] { Array(tables[0..<256]) }

    /// Continues a checksum over more bytes; start with 0.
    public static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard hardware else { return tableUpdate(crc, bytes) }
        guard let base = bytes.baseAddress else { return crc }
        return ~tavle_crc32c_update(~crc, base, bytes.count)
    }

    /// The same by the tables alone.
    static func tableUpdate(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var c = ~crc
        tables.withUnsafeBufferPointer { t in
            var i = 0
            let n = bytes.count
            while n - i >= 8 {
                let lo = c ^ (UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
                let hi = UInt32(bytes[i + 4]) | UInt32(bytes[i + 5]) << 8 | UInt32(bytes[i + 6]) << 16 | UInt32(bytes[i + 7]) << 24
                c = t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)]
                  ^ t[5 * 256 + Int((lo >> 16) & 0xFF)] ^ t[4 * 256 + Int(lo >> 24)]
                  ^ t[3 * 256 + Int(hi & 0xFF)] ^ t[2 * 256 + Int((hi >> 8) & 0xFF)]
                  ^ t[1 * 256 + Int((hi >> 16) & 0xFF)] ^ t[Int(hi >> 24)]
                i += 8
            }
            while i < n {
                c = t[Int((c ^ UInt32(bytes[i])) & 0xFF)] ^ (c >> 8)
                i += 1
            }
        }
        return ~c
    }

    public static func checksum<C: Collection>(_ bytes: C, seed: UInt32 = 0) -> UInt32 where C.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBytes { update(seed, $0) }
    }

    /// A record's checksum chains the previous record's: CRC-32C over its 4 big-endian bytes, then the record.
    public static func chained(previous: UInt32, _ body: UnsafeRawBufferPointer) -> UInt32 {
        var be = previous.bigEndian
        let head = withUnsafeBytes(of: &be) { update(0, $0) }
        return update(head, body)
    }
}
