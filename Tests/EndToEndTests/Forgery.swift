import Domain
import Foundation

/// What an adversary with a text editor and the CRC-32C algorithm does: changes a line and chains every line after
/// it again, so the checksum chain holds and only the content is false.
enum Forgery {
    /// The body of a line (up to its checksum field), changed, then chained again after `previous`.
    static func rechained(_ line: [UInt8], previous: UInt32, _ change: (String) -> String) -> [UInt8] {
        chain(line, previous: previous, change).line
    }

    static func chain(_ line: [UInt8], previous: UInt32, _ change: (String) -> String) -> (line: [UInt8], crc: UInt32) {
        let body = String(decoding: line.dropLast(19), as: UTF8.self)
        let changed = Array(change(body).utf8)
        let crc = changed.withUnsafeBytes { CRC32C.chained(previous: previous, $0) }
        return (changed + Array(",\"crc\":\"\(String(format: "%08x", crc))\"}\n".utf8), crc)
    }

    /// Rewrites the log file at `path` with `change` applied to the body of record `seq`, every later line chained
    /// again. Returns the line as it was.
    @discardableResult
    static func rewrite(_ path: String, record seq: Int, _ change: (String) -> String) throws -> String {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        var lines = data.split(separator: 10, omittingEmptySubsequences: false).map { Array($0) + [10] }
        if lines.last == [10] { lines.removeLast() }
        var previous: UInt32 = 0, out: [UInt8] = [], original = ""
        for (i, line) in lines.enumerated() {
            if i == seq { original = String(decoding: line, as: UTF8.self) }
            let next = chain(line, previous: previous, i == seq ? change : { $0 })
            previous = next.crc
            out += next.line
        }
        try Data(out).write(to: URL(fileURLWithPath: path))
        return original
    }
}
