import Glibc

/// Folds log bytes into state, line by line, checking each record's chained checksum.
/// Pure: it never touches the disk, so the log file, snapshots, tests and fuzzers share it.
public struct LogReader: Sendable {
    public internal(set) var logID = ""
    public internal(set) var state = NetworkState()
    /// The records read.
    public internal(set) var events: [Recorded] = []
    public internal(set) var readOnly: ReadOnlyReason?
    /// Bytes consumed (whole lines only), lines read (1 = header) and the last line's checksum.
    public internal(set) var offset = 0
    public internal(set) var lines = 0
    public internal(set) var lastCRC: UInt32 = 0
    /// Set when a record from a newer schema stops reading.
    public internal(set) var halted = false
    /// The last sequence number read.
    public internal(set) var lastSeq = 0
    let path: String
    /// Without folding, records are checked and decoded but not applied (the history behind a snapshot).
    let fold: Bool
    /// Without keeping, records are folded and let go: a command that needs only the state saves the memory.
    let keepEvents: Bool
    /// Long runs of lines are decoded on every core in pieces of about this many bytes (see ParallelRead.swift).
    public var chunkBytes = 4 << 20

    public init(path: String, fold: Bool = true, keepEvents: Bool = true) {
        self.path = path
        self.fold = fold
        self.keepEvents = keepEvents
    }

    /// Continues after a snapshot: the state it holds and the position it covers.
    init(path: String, resume state: NetworkState, snapshot: SnapshotInfo, keepEvents: Bool) {
        self.init(path: path, keepEvents: keepEvents)
        self.state = state
        logID = snapshot.logID
        offset = snapshot.offset
        lines = snapshot.lines
        lastCRC = snapshot.logCRC
        lastSeq = snapshot.seq
    }

    mutating func reserve(_ records: Int) {
        if keepEvents { events.reserveCapacity(events.count + records) }
    }

    /// Puts the records a snapshot covered in front of those read since.
    mutating func prepend(_ history: [Recorded]) { events = history + events }

    /// Reads a whole log image. Returns the reader and the length of an incomplete tail, if any.
    public static func read(_ bytes: [UInt8], path: String = "<bytes>") throws(LogError) -> (reader: LogReader, tail: Int) {
        var r = LogReader(path: path)
        let done = try r.consume(bytes)
        return (r, bytes.count - done)
    }

    mutating func setReadOnly(_ reason: ReadOnlyReason) { readOnly = reason }

    /// The log's own folded state, in place of one a snapshot gave that did not agree with it.
    mutating func replaceState(_ s: NetworkState) { state = s }

    /// After a successful append: the records are on disk, so the reader moves past them.
    mutating func advance(bytes: Int, crc: UInt32, state: NetworkState, records: [Recorded]) {
        offset += bytes
        lastCRC = crc
        lines += records.count
        self.state = state
        lastSeq = state.lastSeq
        if keepEvents { events += records }
    }

    /// The same, applying the records to the state in place.
    mutating func advance(bytes: Int, crc: UInt32, applying records: [Recorded]) {
        offset += bytes
        lastCRC = crc
        lines += records.count
        for r in records { state.apply(r) }
        lastSeq = state.lastSeq
        if keepEvents { events += records }
    }

    /// Applies complete lines; returns where the incomplete tail (if any) begins within `bytes`.
    public mutating func consume(_ bytes: [UInt8]) throws(LogError) -> Int {
        var failure: LogError?
        let start = bytes.withUnsafeBytes { (buf: UnsafeRawBufferPointer) -> Int in
            guard let base = buf.baseAddress else { return 0 }
            var start = 0
            while start < buf.count, !halted {
                if lines > 0, buf.count - start >= 2 * chunkBytes {
                    do throws(LogError) { start += try consumeInParallel(UnsafeRawBufferPointer(rebasing: buf[start...])) } catch {
                        failure = error
                    }
                    break
                }
                guard let nl = memchr(base + start, 10, buf.count - start) else { break }
                let end = base.distance(to: UnsafeRawPointer(nl))
                do throws(LogError) { try take(UnsafeRawBufferPointer(rebasing: buf[start..<end])) } catch {
                    failure = error
                    break
                }
                offset += end + 1 - start
                start = end + 1
            }
            return start
        }
        if let failure { throw failure }
        return start
    }

    private mutating func take(_ line: UnsafeRawBufferPointer) throws(LogError) {
        let number = lines + 1
        if number == 1 { return try takeHeader(line) }
        var seen: Int?, version = 0
        let out: (record: Recorded?, crc: UInt32)
        do { out = try Self.record(line, previous: lastCRC, expected: lastSeq + 1, seq: &seen, version: &version) } catch {
            throw .damaged(line: number, offset: offset, problem: error)
        }
        guard let r = out.record else {
            readOnly = .newerSchema(version: version, line: number)
            halted = true
            return
        }
        if fold { state.apply(r) }
        lastSeq = r.seq
        if keepEvents { events.append(r) }
        lastCRC = out.crc
        lines = number
    }

    /// A record line checked and decoded apart from the lines around it: its checksum chained on `previous` (the one
    /// the line before states), its envelope, its sequence number (when the one `expected` is known) and its event.
    /// The record is nil when it is of a newer schema, which stops reading. `seq` and `version` are set once the
    /// envelope is read.
    static func record(_ line: UnsafeRawBufferPointer, previous: UInt32, expected: Int?, seq: inout Int?, version: inout Int)
        throws(LogDamage) -> (record: Recorded?, crc: UInt32) {
        var scratch = LineScratch(repeated: nil)
        return try record(line, previous: previous, expected: expected, seq: &seq, version: &version, scratch: &scratch)
    }

    /// The same, with the fields and the writer kept from line to line (and the values shared) in `scratch`.
    /// `general`: every line through the general reader (for the tests that hold `MeasurementLine` to it).
    static func record(_ line: UnsafeRawBufferPointer, previous: UInt32, expected: Int?, seq: inout Int?, version: inout Int,
                       scratch: inout LineScratch, general: Bool = false) throws(LogDamage) -> (record: Recorded?, crc: UInt32) {
        let split: (crc: UInt32, body: UnsafeRawBufferPointer)
        do throws(RecordProblem) {
            // The limit counts the newline, as the writer does.
            guard line.count < LogFormat.recordLimit else { throw RecordProblem.tooLong(bytes: line.count + 1, limit: LogFormat.recordLimit) }
            split = try RecordReader.splitChecksum(line)
            guard CRC32C.chained(previous: previous, split.body) == split.crc else { throw RecordProblem.checksumMismatch }
        } catch {
            throw .record(error)
        }
        // Most lines of a national log are measurements, read in one pass when spelled as written.
        if !general, let r = MeasurementLine.read(split.body, scratch: &scratch) {
            scratch.fields.reset(body: split.body)   // nothing of an earlier line is kept
            seq = r.seq
            version = r.version
            if let expected, r.seq != expected { throw .sequence(expected: expected, found: r.seq) }
            return (r, split.crc)
        }
        do throws(RecordProblem) { try RecordReader.fields(split.body, into: &scratch.fields) } catch { throw .record(error) }
        let env: (seq: Int, version: Int, at: Timestamp, actor: String, type: EventType?)
        do { env = try EventCodec.envelope(scratch.fields) } catch { throw .record(error) }
        seq = env.seq
        version = env.version
        if let expected, env.seq != expected { throw .sequence(expected: expected, found: env.seq) }
        guard env.version >= 1 else { throw .record(.badValue(field: "v")) }
        if env.version > Recorded.currentVersion { return (nil, split.crc) }
        let event: Event
        do { event = try EventCodec.event(type: env.type, scratch.fields) } catch { throw .record(error) }
        let r = Recorded(seq: env.seq, at: env.at, actor: env.actor, version: env.version, event: event)
        scratch.writer.reset()
        EventCodec.encode(r, into: &scratch.writer)
        if let column = scratch.writer.withBytes({ Canonical.firstDifference($0, split.body) }) { throw .record(.notCanonical(column: column)) }
        return (r, split.crc)
    }

    /// The first line: the log's header, or the sign that this is not a log.
    private mutating func takeHeader(_ line: UnsafeRawBufferPointer) throws(LogError) {
        let path = self.path
        func refuse(_ p: RecordProblem) -> LogError { .notALog(path: path, problem: p) }
        let split: (crc: UInt32, body: UnsafeRawBufferPointer)
        do { split = try RecordReader.splitChecksum(line) } catch { throw refuse(error) }
        guard CRC32C.chained(previous: lastCRC, split.body) == split.crc else { throw refuse(.checksumMismatch) }
        let fields: Fields
        do { fields = try RecordReader.fields(split.body) } catch { throw refuse(error) }
        try readHeader(fields)
        // The header too has one spelling: the one `LogFormat.header` writes.
        let created: Timestamp
        do { created = try fields.timestamp("created") } catch { throw refuse(error) }
        var w = RecordWriter()
        LogFormat.headerFields(id: logID, created: created, into: &w)
        if let column = w.withBytes({ Canonical.firstDifference($0, split.body) }) { throw refuse(.notCanonical(column: column)) }
        lastCRC = split.crc
        lines = 1
    }

    private mutating func readHeader(_ f: Fields) throws(LogError) {
        let version: Int
        do throws(RecordProblem) {
            guard try f.string("format") == LogFormat.formatName else { throw .notAHeader }
            version = try f.int("version")
        } catch {
            throw .notALog(path: path, problem: error)
        }
        guard version <= LogFormat.formatVersion else { throw .unsupportedFormat(version) }
        do { logID = try f.string("log") } catch { throw .notALog(path: path, problem: error) }
    }

    /// Whether this reader takes `line` (with or without its newline) as a record continuing a log whose last line
    /// states the checksum `previous`: nil when it does, else why not. A record of a newer schema is not taken. The
    /// shared log's server answers the same question (`tavle.line_problem`); the conformance tests compare the two.
    public static func problem(ofLine line: [UInt8], previous: UInt32) -> LogDamage? {
        var bytes = line
        if bytes.last == 10 { bytes.removeLast() }
        var seq: Int?, version = 0
        let out: Result<Recorded?, LogDamage> = bytes.withUnsafeBytes { b in
            do throws(LogDamage) {
                return .success(try record(b, previous: previous, expected: nil, seq: &seq, version: &version).record)
            } catch { return .failure(error) }
        }
        switch out {
        case .success(let r): return r == nil ? .record(.badValue(field: "v")) : nil
        case .failure(let e): return e
        }
    }
}

/// What reading a line needs and can keep for the next: its fields, the writer that spells it again, and where
/// repeated values are shared (RepeatedValues.swift). One per thread reading lines.
struct LineScratch: ~Copyable {
    var fields: Fields
    var writer = RecordWriter()

    init(repeated: RepeatedValues?) {
        fields = Fields(body: UnsafeRawBufferPointer(start: nil, count: 0))
        fields.repeated = repeated
    }
}
