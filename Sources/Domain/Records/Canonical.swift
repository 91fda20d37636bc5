import Glibc

/// A log line has exactly one valid spelling: the one `RecordWriter` gives the record it decodes to. Anything else
/// (a key twice, keys in another order, white space, another spelling of a time, a number or a string) is refused,
/// so that no other reader (PostgreSQL's `jsonb`, `jq`, a script) can see a different record in the same bytes.
enum Canonical {
    /// The 1-based column of the first byte where `line` differs from `canonical`, or nil if they are the same.
    static func firstDifference(_ c: UnsafeRawBufferPointer, _ line: UnsafeRawBufferPointer) -> Int? {
        if c.count == line.count, c.count == 0 || memcmp(c.baseAddress!, line.baseAddress!, c.count) == 0 { return nil }
        let n = min(c.count, line.count)
        var i = 0
        while i < n, c[i] == line[i] { i += 1 }
        return i + 1
    }
}
