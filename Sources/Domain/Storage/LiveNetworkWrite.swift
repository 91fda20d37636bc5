/// Writing: decide against the freshest state, append expecting the store's end, and on a conflict read what the
/// other writer wrote and decide again.
extension LiveNetwork {
    /// How often a write is tried again when another writer got there first.
    public static let attempts = 16

    /// Decides the commands against the freshest state and appends their events as one write: all of them land,
    /// or none. A write on a log whose records behind its snapshot fail their checks is refused.
    @discardableResult
    public func append(_ commands: [Command], actor: String, now: Timestamp) throws -> [Recorded] {
        if let readOnly { throw LogError.readOnly(readOnly) }
        defer { store.endTurn() }
        store.takeTurn(afterConflict: false)
        for _ in 0..<Self.attempts {
            try store.checkIdentity(covering: offset)
            try catchUp()
            if let readOnly { throw LogError.readOnly(readOnly) }
            try checkChainBehindSnapshot()
            let at = writeTime(now, after: state.lastAt)
            let (records, next) = try decideBatch(commands, state, actor: actor, now: at)
            guard !records.isEmpty else { return [] }
            // An empty log gets its header in the same write.
            let header = reader.lines == 0 ? LogFormat.newHeader(created: at) : nil
            let (body, crc) = try LogFormat.encodeChained(records, after: header?.crc ?? reader.lastCRC)
            guard try tryAppend((header?.bytes ?? []) + body) else { store.takeTurn(afterConflict: true); continue }
            if let header { _ = try reader.consume(header.bytes) }
            if let next { reader.advance(bytes: body.count, crc: crc, state: next, records: records) } else {
                reader.advance(bytes: body.count, crc: crc, applying: records)
            }
            for n in store.takeNotices() {
                if case .tornTailRecovered = n { notices.removeAll { if case .tornTailPending = $0 { return true }; return false } }
                notices.append(n)
            }
            return records
        }
        throw LogError.busy
    }

    /// Appends at the end this network has read; false when another writer got there first.
    private func tryAppend(_ bytes: [UInt8]) throws(LogError) -> Bool {
        do {
            try store.append(bytes, at: offset)
            return true
        } catch {
            if case .conflict = error { return false }
            throw error
        }
    }

    @discardableResult
    public func append(_ command: Command, actor: String, now: Timestamp) throws -> [Recorded] {
        try append([command], actor: actor, now: now)
    }

    /// Checks, once, the checksum chain of the records a snapshot stands in for, without decoding them: it must
    /// end where the snapshot says, with the checksum it recorded.
    func checkChainBehindSnapshot() throws(LogError) {
        guard let info = snapshot, chainChecked < info.offset, !store.checksChainItself else { return }
        let bytes = try store.read(from: 0, count: info.offset)
        let end = try ChainCheck.verify(bytes, path: store.location)
        guard end.offset == info.offset, end.lines == info.lines, end.crc == info.logCRC else {
            throw LogError.damaged(line: end.lines + 1, offset: end.offset, problem: .overwritten(lines: info.lines))
        }
        chainChecked = info.offset
    }
}
