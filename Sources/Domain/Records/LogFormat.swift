import Foundation

/// The log's lines: a header naming the format, its version and the log's id, then one record a line, each
/// ending in a CRC-32C chained over the line before. Every store holds exactly these bytes.
public enum LogFormat {
    public static let formatName = "tavle-log"
    public static let formatVersion = 1
    /// The largest single record accepted, in bytes.
    public static let recordLimit = 4 << 20

    /// A new log's first line, with a fresh id.
    public static func newHeader(created: Timestamp) -> (bytes: [UInt8], crc: UInt32, id: String) {
        let id = UUID().uuidString.lowercased()
        let h = header(id: id, created: created)
        return (h.bytes, h.crc, id)
    }

    public static func header(id: String, created: Timestamp) -> (bytes: [UInt8], crc: UInt32) {
        var w = RecordWriter()
        headerFields(id: id, created: created, into: &w)
        let crc = w.finish(previous: 0)
        return (w.bytes, crc)
    }

    static func headerFields(id: String, created: Timestamp, into w: inout RecordWriter) {
        w.field("format", formatName)
        w.field("version", formatVersion)
        w.field("log", id)
        w.field("created", created.iso)
    }

    /// The lines for these records, chained after the checksum `previous`, exactly as an append writes them.
    public static func encode(_ records: [Recorded], after previous: UInt32) throws(LogError) -> [UInt8] {
        try encodeChained(records, after: previous).bytes
    }

    /// The same, with the last checksum.
    public static func encodeChained(_ records: [Recorded], after previous: UInt32) throws(LogError) -> (bytes: [UInt8], crc: UInt32) {
        var bytes: [UInt8] = [], crc = previous
        for r in records {
            // Each line straight from its writer's buffer onto the others.
            var w = RecordWriter()
            EventCodec.encode(r, into: &w)
            crc = w.finish(previous: crc)
            guard w.count <= recordLimit else { throw .recordTooLarge(bytes: w.count, limit: recordLimit) }
            w.withBytes { bytes.append(contentsOf: $0) }
        }
        return (bytes, crc)
    }

    /// The checksum a line states (with or without its newline), or nil if it has none.
    public static func statedChecksum<C: Collection<UInt8>>(_ line: C) -> UInt32? {
        var bytes = Array(line)
        if bytes.last == 10 { bytes.removeLast() }
        return bytes.withUnsafeBytes { try? RecordReader.splitChecksum($0).crc }
    }

    /// A log's lines after its header, each with the checksum it states; nil if one states none.
    public static func records(_ body: ArraySlice<UInt8>) -> [(line: [UInt8], crc: UInt32)]? {
        var out: [(line: [UInt8], crc: UInt32)] = []
        for part in body.split(separator: 10) {
            guard let crc = statedChecksum(part) else { return nil }
            out.append((Array(part) + [10], crc))
        }
        return out
    }

    /// A whole new log: its header, then these records.
    public static func image(_ records: [Recorded], created: Timestamp) throws(LogError) -> [UInt8] {
        let h = newHeader(created: created)
        return h.bytes + (try encode(records, after: h.crc))
    }
}

/// What follows a log's last complete line.
public enum Tail: Sendable {
    case partialRecord, zeros, garbage

    static let recordStart = Array("{\"seq\":".utf8)

    /// A crashed append leaves the start of a record, or zeros where the file grew before its data landed.
    /// Anything else was not written by an append.
    public static func kind(_ tail: ArraySlice<UInt8>) -> Tail {
        if tail.allSatisfy({ $0 == 0 }) { return .zeros }
        guard tail.count <= LogFormat.recordLimit, !tail.contains(0) else { return .garbage }
        let n = min(tail.count, recordStart.count)
        return tail.prefix(n).elementsEqual(recordStart.prefix(n)) ? .partialRecord : .garbage
    }
}
