import Glibc

/// Folds log bytes into state, line by line, checking each record's chained checksum.
/// Pure: it never touches the disk, so the log file, snapshots, tests and fuzzers share it.
public struct LogReader: Sendable {
    public private(set) var logID = ""
    public private(set) var state = NetworkState()
    /// The records read.
    public private(set) var events: [Recorded] = []
    public private(set) var readOnly: ReadOnlyReason?
    /// Bytes consumed (whole lines only), lines read (1 = header) and the last line's checksum.
    public private(set) var offset = 0
    public private(set) var lines = 0
    public private(set) var lastCRC: UInt32 = 0
    /// Set when a record from a newer schema stops reading.
    public private(set) var halted = false
    /// The last sequence number read.
    public private(set) var lastSeq = 0
    let path: String
    /// Without folding, records are checked and decoded but not applied (the history behind a snapshot).
    let fold: Bool
    /// Without keeping, records are folded and let go: a command that needs only the state saves the memory.
    let keepEvents: Bool

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
        let lineOffset = offset
        let path = self.path
        func damage(_ d: LogDamage) -> LogError { .damaged(line: number, offset: lineOffset, problem: d) }
        func refuse(_ p: RecordProblem) -> LogError { number == 1 ? .notALog(path: path, problem: p) : damage(.record(p)) }
        let split: (crc: UInt32, body: UnsafeRawBufferPointer)
        do { split = try RecordReader.splitChecksum(line) } catch { throw refuse(error) }
        guard CRC32C.chained(previous: lastCRC, split.body) == split.crc else { throw refuse(.checksumMismatch) }
        let fields: Fields
        do { fields = try RecordReader.fields(split.body) } catch { throw refuse(error) }
        if number == 1 {
            try readHeader(fields)
        } else {
            let env: (seq: Int, version: Int, at: Timestamp, actor: String, type: String)
            do { env = try EventCodec.envelope(fields) } catch { throw damage(.record(error)) }
            let expected = lastSeq + 1
            guard env.seq == expected else { throw damage(.sequence(expected: expected, found: env.seq)) }
            if env.version > Recorded.currentVersion {
                readOnly = .newerSchema(version: env.version, line: number)
                halted = true
                return
            }
            let event: Event
            do { event = try EventCodec.event(type: env.type, fields) } catch { throw damage(.record(error)) }
            let r = Recorded(seq: env.seq, at: env.at, actor: env.actor, version: env.version, event: event)
            if fold { state.apply(r) }
            lastSeq = r.seq
            if keepEvents { events.append(r) }
        }
        lastCRC = split.crc
        lines = number
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
}
