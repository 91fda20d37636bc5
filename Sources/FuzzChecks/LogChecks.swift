import Domain

/// What the log reader must hold for any bytes at all. Returns the broken promise, or nil.
public enum LogChecks {
    public static func check(_ bytes: [UInt8]) -> String? {
        let read: (reader: LogReader, tail: Int)
        do { read = try LogReader.read(bytes) } catch {
            switch readInPieces(bytes) {
            case .success: return "read in pieces, a refused log was accepted"
            case .failure(let other): if other != error { return "read in pieces, the log is refused for another reason" }
            }
            return refusalProblem(error, lines: bytes.split(separator: 10, omittingEmptySubsequences: false).count)
        }
        let r = read.reader
        let consumed = r.offset
        if let different = inPieces(bytes, like: r) { return different }
        // Only whole lines are taken; what is left is one incomplete line, or unread records after a newer schema.
        if !r.halted, bytes[consumed...].contains(10) { return "a newline in the tail the reader left unread" }
        if consumed + read.tail != bytes.count { return "offset \(consumed) and tail \(read.tail) do not add up to \(bytes.count)" }
        if r.lines > 0, bytes[consumed - 1] != 10 { return "the reader stopped inside a line" }
        if r.events.count != r.state.lastSeq || r.events.enumerated().contains(where: { $0.element.seq != $0.offset + 1 }) {
            return "the events taken are not numbered 1…n"
        }
        // What was accepted, written again as Tavle writes it, reads back as the same events and state.
        if r.lines > 0, !r.halted {
            let headerEnd = bytes.firstIndex(of: 10)! + 1
            let image: [UInt8]
            do { image = Array(bytes[..<headerEnd]) + (try LogFormat.encode(r.events, after: (try LogReader.read(Array(bytes[..<headerEnd]))).reader.lastCRC)) } catch {
                return "an accepted record cannot be written again: \(error)"
            }
            guard let again = try? LogReader.read(image), again.tail == 0 else { return "the rewritten log is refused" }
            if again.reader.events != r.events { return "the rewritten log reads as different events" }
            if again.reader.state != r.state { return "the rewritten log folds to a different state" }
        }
        // Damage is never accepted: one flipped bit anywhere before the last newline is refused.
        if consumed > 1 {
            let h = bytes.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
            let at = Int(h % UInt64(consumed - 1))
            var flipped = bytes
            flipped[at] ^= UInt8(1) << UInt8((h >> 32) % 8)
            if (try? LogReader.read(flipped)) != nil { return "a bit flipped at byte \(at) was accepted" }
        }
        return nil
    }

    /// Read on every core in pieces of one line, the bytes must come out as read line by line.
    static func inPieces(_ bytes: [UInt8], like whole: LogReader) -> String? {
        guard case .success(let r) = readInPieces(bytes) else { return "read in pieces, the log was refused" }
        if r.events != whole.events || r.state != whole.state { return "read in pieces, the log reads as different events" }
        if r.offset != whole.offset || r.lines != whole.lines || r.lastCRC != whole.lastCRC || r.halted != whole.halted
            || r.readOnly != whole.readOnly {
            return "read in pieces, the log stops elsewhere"
        }
        return nil
    }

    /// The bytes read on every core, in pieces of one line each.
    static func readInPieces(_ bytes: [UInt8]) -> Result<LogReader, LogError> {
        var r = LogReader(path: "<bytes>")
        r.chunkBytes = 1
        do { _ = try r.consume(bytes) } catch { return .failure(error) }
        return .success(r)
    }

    /// A refusal must name a line that exists.
    public static func refusalProblem(_ error: LogError, lines: Int) -> String? {
        switch error {
        case .damaged(let line, let offset, _):
            return line >= 2 && line <= lines && offset >= 0 ? nil : "damage reported at line \(line), offset \(offset), of \(lines)"
        case .notALog, .unsupportedFormat: return nil
        default: return "an unexpected refusal: \(error)"
        }
    }
}
