import Glibc

/// The checksum chain alone: each line's stated CRC-32C against the previous line's and its own bytes, without
/// decoding a field. What a write checks of the records a snapshot stands in for.
public enum ChainCheck {
    /// Checks every complete line from the header on. Returns where the last complete line ends, how many lines
    /// there are, and the last checksum; throws on the first line that breaks the chain.
    public static func verify(_ bytes: [UInt8], path: String) throws(LogError) -> (offset: Int, lines: Int, crc: UInt32) {
        var failure: LogError?
        let result = bytes.withUnsafeBytes { buf -> (Int, Int, UInt32) in
            guard let base = buf.baseAddress else { return (0, 0, 0) }
            var start = 0, lines = 0, crc: UInt32 = 0
            while start < buf.count {
                guard let nl = memchr(base + start, 10, buf.count - start) else { break }
                let end = base.distance(to: UnsafeRawPointer(nl))
                let line = UnsafeRawBufferPointer(rebasing: buf[start..<end])
                do throws(RecordProblem) {
                    let split = try RecordReader.splitChecksum(line)
                    guard CRC32C.chained(previous: crc, split.body) == split.crc else { throw .checksumMismatch }
                    crc = split.crc
                } catch {
                    failure = lines == 0 ? .notALog(path: path, problem: error) : .damaged(line: lines + 1, offset: start, problem: .record(error))
                    break
                }
                lines += 1
                start = end + 1
            }
            return (start, lines, crc)
        }
        if let failure { throw failure }
        return result
    }
}
