import Glibc

/// Maps events to flat log records and back.
enum EventCodec {
    static func encode(_ r: Recorded, into w: inout RecordWriter) {
        w.field("seq", r.seq)
        w.field("v", r.version)
        w.field("at", r.at)
        w.field("by", r.actor)
        w.field("type", r.event.typeName)
        r.event.type.record.write(r.event, &w)
    }

    /// The envelope first, so a newer schema can be recognised before the body is read.
    /// The type is nil when this program does not know it (a newer schema may); `event` then names it.
    static func envelope(_ f: Fields) throws(RecordProblem) -> (seq: Int, version: Int, at: Timestamp, actor: String, type: EventType?) {
        let seq = try f.int("seq")
        let version = try f.int("v")
        let at = try f.timestamp("at")
        let actor = try f.string("by")
        return (seq, version, at, actor, try f.withBytes("type") { .some(EventType(bytes: $0)) })
    }

    static func event(type known: EventType?, _ f: Fields) throws(RecordProblem) -> Event {
        guard let type = known else { throw .unknownType(try f.string("type")) }
        return try type.record.read(f)
    }
}

extension EventType {
    private static let names: [(bytes: [UInt8], type: EventType)] = allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The type a log names, from the name's bytes; nil for a name this program does not know.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        for (name, type) in Self.names where name.count == bytes.count {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { self = type; return }
        }
        return nil
    }
}
